/**
 * The training loop ({@link org.mtl4j.train.Trainer}) and what it reports: per-epoch
 * {@link org.mtl4j.train.History}, per-task {@link org.mtl4j.train.TaskMetrics}, listener callbacks and
 * divergence errors. Configuration is the immutable {@link org.mtl4j.train.TrainingConfig}.
 */
package org.mtl4j.train;
