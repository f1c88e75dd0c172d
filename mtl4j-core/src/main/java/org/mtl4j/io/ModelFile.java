package org.mtl4j.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.mtl4j.Version;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.model.MultiTaskModel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes model files: one versioned JSON document (docs/model-format.md), no Java serialization.
 *
 * <p>Saving writes a temporary file in the target's folder, forces it to disk and renames it over the
 * target, so a crash leaves the previous file whole; a model holding a non-finite weight is refused.
 * Loading checks the whole document (format and version, every field, array lengths, finiteness, size and
 * nesting limits) before it builds anything, and reports the first problem as one sentence. Numbers are
 * written in Java's shortest round-trip form, so a loaded model predicts bit for bit as the saved one.
 */
public final class ModelFile {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "mtl4j-model";
    /** The format version this library writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** Files larger than this are refused before parsing. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxNumberLength(64)
                    .maxStringLength(1 << 20)
                    .maxNameLength(1 << 12)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .build()).build();

    private ModelFile() {
    }

    /**
     * Writes {@code saved} to {@code file} atomically.
     *
     * @throws ModelFileException when a weight is not finite or the file cannot be written
     */
    public static void save(SavedModel saved, Path file) {
        String nonFinite = saved.model().parameters().firstNonFinite();
        if (nonFinite != null) {
            throw new ModelFileException(file + ": refusing to save a model with a non-finite weight: " + nonFinite);
        }
        ObjectNode root = toJson(saved);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance());
            readableByOthers(temporary);
            byte[] bytes = MAPPER.writer().with(printer).writeValueAsBytes(root);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException | JacksonException e) {
            throw new ModelFileException(file + ": cannot write the model file: " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the original error is the one worth reporting
                }
            }
        }
    }

    /** Temporary files start as owner-only (0600); a saved model gets the usual rw-r--r--. */
    public static void readableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The JSON tree of a model file. */
    static ObjectNode toJson(SavedModel saved) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT).put("formatVersion", FORMAT_VERSION).put("libraryVersion", Version.version());
        root.set("architecture", ModelCodec.writeArchitecture(saved.model().architecture()));
        if (saved.preprocessor() != null) {
            root.set("preprocessing", PreprocessingCodec.write(saved.preprocessor()));
        }
        if (saved.training() != null) {
            root.set("training", TrainingCodec.write(saved.training()));
        }
        root.set("parameters", ModelCodec.writeParameters(saved.model().parameters()));
        return root;
    }

    /**
     * Reads and checks a model file.
     *
     * @throws ModelFileException with one sentence naming the file and the first problem
     */
    public static SavedModel load(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ModelFileException(name + ": the file is " + size + " bytes, larger than the "
                        + MAX_FILE_BYTES + "-byte limit for model files");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(name + ": no such model file");
        } catch (IOException e) {
            throw new ModelFileException(name + ": cannot read the model file: " + e.getMessage(), e);
        }
        return parse(bytes, name);
    }

    /** Reads and checks a model file's bytes; {@code name} is used in messages. */
    public static SavedModel parse(byte[] bytes, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new ModelFileException(name + ": the model file exceeds a safety limit ("
                    + e.getOriginalMessage() + ")");
        } catch (JacksonException e) {
            long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
            throw new ModelFileException(name + ": truncated or invalid model file (ends at byte "
                    + (at >= 0 ? at : bytes.length) + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ModelFileException(name + ": not a model file (the document is not a JSON object)");
        }
        JsonReader reader = new JsonReader(name);
        checkFormat(reader, root, name);
        MultiTaskModel model = ModelCodec.readModel(reader, root, ModelCodec.readArchitecture(reader, root));
        Preprocessor preprocessor = reader.has(root, "preprocessing") ? PreprocessingCodec.read(reader, root) : null;
        TrainingMetadata training = reader.has(root, "training") ? TrainingCodec.read(reader, root) : null;
        try {
            return new SavedModel(model, preprocessor, training);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(name + ": " + e.getMessage());
        }
    }

    private static void checkFormat(JsonReader reader, JsonNode root, String name) {
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !FORMAT.equals(format.stringValue())) {
            throw new ModelFileException(name + ": not an mtl4j model file (its \"format\" field is not \""
                    + FORMAT + "\")");
        }
        int version = reader.integer(root, "", "formatVersion", 1);
        if (version > FORMAT_VERSION) {
            throw new ModelFileException(name + ": written in model format version " + version
                    + " by a newer mtl4j; this version (" + Version.version() + ") reads up to version "
                    + FORMAT_VERSION);
        }
    }
}
