package org.mtl4j.data;

import java.util.Objects;

/**
 * The outcome of {@link Preprocessor#transform}: the encoded rows and the report of what was dropped,
 * imputed, unseen or unlabelled. Kept apart so that parts selected from the data do not carry a report
 * about the whole table.
 */
public record TransformResult(EncodedData data, EncodingReport report) {
    public TransformResult {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(report, "report");
    }
}
