/**
 * The seed tutorial's own program, {@code multi_task_learning.py}, as a Java example: one layer, three heads,
 * full batch, the simplified update {@code dZ = Ŷ − Y}. See {@link org.mtl4j.seed.SeedExample}.
 */
package org.mtl4j.seed;
