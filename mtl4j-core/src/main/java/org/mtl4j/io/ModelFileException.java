package org.mtl4j.io;

/**
 * A model file could not be written or read: one sentence naming the file and what is wrong, for example
 * {@code model.json: truncated or invalid model file (ends at byte 5120)}.
 */
public final class ModelFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
