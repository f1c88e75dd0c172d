/**
 * Model files: a trained {@link org.mtl4j.model.MultiTaskModel}, its {@link org.mtl4j.data.Preprocessor} and
 * its {@link org.mtl4j.io.TrainingMetadata} saved as one versioned JSON document and loaded back exactly
 * ({@link org.mtl4j.io.ModelFile}; the format is documented field by field in docs/model-format.md).
 *
 * <p>One codec per section of the file ({@code ModelCodec}: architecture and parameters,
 * {@code PreprocessingCodec}, {@code TrainingCodec}); {@code JsonReader} names the path of every bad field;
 * {@code FormatNames} maps the sealed types and enums to the format's names; {@code JsonDocument} and
 * {@code FileAccess} hold the parser's limits and the atomic write.
 */
package org.mtl4j.io;
