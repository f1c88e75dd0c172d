package org.mtl4j.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON text ↔ tree for model files, with the parser's safety limits and its failures turned into one
 * sentence each.
 *
 * <p>Doubles are written by {@link Double#toString} (the shortest decimal that reads back to the same
 * double) and read by {@link Double#parseDouble} (correctly rounded), so every finite double, −0.0 and
 * subnormals included, survives a round trip bit for bit. The literals {@code NaN} and {@code Infinity} are
 * accepted by the parser only so that the field holding one can be named in the error.
 */
final class JsonDocument {
    /** Deepest nesting accepted; model files nest 5 levels deep. */
    static final int MAX_NESTING_DEPTH = 32;
    /** Longest number accepted, in characters; a double needs at most 24. */
    static final int MAX_NUMBER_LENGTH = 64;
    /** Longest string accepted (names, categories, labels), in characters. */
    static final int MAX_STRING_LENGTH = 1 << 20;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_STRING_LENGTH)
                            .maxDocumentLength(ModelFile.MAX_FILE_BYTES)
                            .build())
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonDocument() {
    }

    /** Objects indented by two spaces, each array on one line, {@code "name": value}, a final newline. */
    static byte[] write(ObjectNode root) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withArrayElementSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance());
        return (MAPPER.writer().with(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The JSON object in {@code bytes}.
     *
     * @param name the file's name for messages
     * @throws ModelFileException for empty, truncated, malformed, oversized or too deeply nested input, or a
     *                            document that is not an object
     */
    static JsonNode read(byte[] bytes, String name) {
        if (isBlank(bytes)) {
            throw new ModelFileException(name + ": the file is empty, not a model file");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            String limit = withoutApiNames(e.getOriginalMessage());
            throw new ModelFileException(name + ": refused: the file exceeds a safety limit for model files ("
                    + (limit.isEmpty() ? "" : Character.toLowerCase(limit.charAt(0)) + limit.substring(1)) + ")");
        } catch (JacksonException e) {
            throw new ModelFileException(name + ": " + syntaxProblem(bytes, e));
        }
        if (root == null || !root.isObject()) {
            String type = root == null ? "nothing" : "a JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT);
            throw new ModelFileException(name + ": not a model file (the document is " + type + ", not an object)");
        }
        return root;
    }

    /**
     * "truncated or invalid model file (ends at byte N)" when the file ends inside the token the parser
     * failed on (a cut-off file); otherwise where the JSON goes wrong and why.
     */
    private static String syntaxProblem(byte[] bytes, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        long offset = location == null ? -1 : location.getByteOffset();
        if (offset >= 0 && endsInsideToken(bytes, offset)) {
            return "truncated or invalid model file (ends at byte " + bytes.length + ")";
        }
        String where = offset < 0 ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                + " (byte " + offset + ")";
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String reason = message.startsWith("Trailing token") ? "more content after the end of the document"
                : withoutApiNames(firstClause(message));
        return "invalid model file: not valid JSON" + where + ": " + reason;
    }

    /** True when nothing after {@code offset} ends a token: the file stops inside the failing token. */
    private static boolean endsInsideToken(byte[] bytes, long offset) {
        for (long i = offset; i < bytes.length; i++) {
            switch (bytes[(int) i]) {
                case ' ', '\t', '\r', '\n', ',', ':', ']', '}' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte value : bytes) {
            if (value != ' ' && value != '\t' && value != '\r' && value != '\n') {
                return false;
            }
        }
        return true;
    }

    private static String firstClause(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        int colon = line.indexOf(": ");
        return colon < 0 ? line : line.substring(0, colon);
    }

    /** Jackson's "(32, from `StreamReadConstraints.getMaxNestingDepth()`)" → "(32)". */
    private static String withoutApiNames(String message) {
        return message == null ? "" : message.replaceAll(", from `[^`]*`", "").replaceAll("`[^`]*`", "").strip();
    }
}
