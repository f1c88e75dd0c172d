package org.mtl4j.io;

import java.nio.file.Path;
import org.mtl4j.Version;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.model.MultiTaskModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes model files: one versioned JSON document (docs/model-format.md), no Java serialization.
 *
 * <p>Saving refuses a model holding a non-finite weight, checks that the document it wrote loads back, then
 * replaces the target atomically (a temporary file in the same folder, forced to disk, renamed over the
 * target), so a crash leaves the previous file whole and a smaller model saved over a larger one leaves
 * exactly the new one. Loading checks the whole document — format and version, every field, array lengths,
 * finiteness, size and nesting limits, agreement of the sections — before it returns anything, and reports
 * the first problem as one sentence naming the file. Numbers are written in Java's shortest round-trip form,
 * so a loaded model predicts bit for bit as the saved one.
 *
 * <p>Fields this version does not know are ignored, so a later version may add optional fields without a
 * new format version; a change an older reader would misread raises {@link #FORMAT_VERSION}.
 */
public final class ModelFile {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "mtl4j-model";
    /** The format version this library writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** Files larger than this are refused before parsing. */
    public static final int MAX_FILE_BYTES = 512 * 1024 * 1024;

    private ModelFile() {
    }

    /**
     * Writes {@code saved} to {@code file}, replacing it atomically.
     *
     * @throws ModelFileException when a weight is not finite, the model would not load back, or the file
     *                            cannot be written; the previous file is then unchanged
     */
    public static void save(SavedModel saved, Path file) {
        String nonFinite = saved.model().parameters().firstNonFinite();
        if (nonFinite != null) {
            throw new ModelFileException(file + ": refusing to save a model with a non-finite weight, " + nonFinite);
        }
        byte[] bytes = toBytes(saved);
        try {
            parse(bytes, "the written document");
        } catch (ModelFileException e) {
            throw new ModelFileException(file + ": refusing to save a model that would not load back ("
                    + e.getMessage() + ")", e);
        }
        FileAccess.writeAtomically(file, bytes);
    }

    /** The model file's text, UTF-8 encoded. */
    public static byte[] toBytes(SavedModel saved) {
        return JsonDocument.write(toJson(saved));
    }

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
        return parse(FileAccess.read(file, MAX_FILE_BYTES), file.toString());
    }

    /**
     * Reads and checks a model file's bytes (not modified).
     *
     * @param name the file's name, used in messages
     * @throws ModelFileException with one sentence naming {@code name} and the first problem
     */
    public static SavedModel parse(byte[] bytes, String name) {
        JsonNode root = JsonDocument.read(bytes, name);
        JsonReader reader = new JsonReader(name);
        checkFormat(reader, root, name);
        try {
            MultiTaskModel model = ModelCodec.readModel(reader, root, ModelCodec.readArchitecture(reader, root));
            Preprocessor preprocessor = reader.has(root, "preprocessing") ? PreprocessingCodec.read(reader, root) : null;
            TrainingMetadata training = reader.has(root, "training") ? TrainingCodec.read(reader, root) : null;
            return new SavedModel(model, preprocessor, training);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(name + ": the sections of the model file disagree: " + e.getMessage());
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
                    + " by a newer mtl4j; this version (" + Version.version() + ") reads format versions up to "
                    + FORMAT_VERSION);
        }
    }
}
