package org.mtl4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtl4j.Version;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Damaged, hostile and foreign files are refused with one sentence naming the file and the problem. */
class ModelFileRejectionTest {
    private static final SavedModel MODEL = IoFixtures.smallModel();
    private static final byte[] VALID = ModelFile.toBytes(MODEL);

    @TempDir
    Path folder;

    private static String rejection(byte[] bytes) {
        ModelFileException exception = catchThrowableOfType(ModelFileException.class,
                () -> ModelFile.parse(bytes, "model.json"));
        assertThat(exception).as("the file must be refused").isNotNull();
        assertThat(exception.getMessage()).doesNotContain("\n").startsWith("model.json: ");
        return exception.getMessage();
    }

    private static String rejection(String text) {
        return rejection(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The valid file's tree after {@code change}, written back to text. */
    private static byte[] edited(Consumer<ObjectNode> change) {
        ObjectNode root = ModelFile.toJson(MODEL);
        change.accept(root);
        return JsonDocument.write(root);
    }

    private static ObjectNode at(ObjectNode root, String... path) {
        tools.jackson.databind.JsonNode node = root;
        for (String step : path) {
            node = step.matches("\\d+") ? node.get(Integer.parseInt(step)) : node.get(step);
        }
        return (ObjectNode) node;
    }

    /** The valid file with the first head weight written as {@code literal}. */
    private static String withFirstHeadWeight(String literal) {
        byte[] marked = edited(root -> ((ArrayNode) at(root, "parameters", "heads", "weights").get("values"))
                .set(0, 0.123456789));
        String text = new String(marked, StandardCharsets.UTF_8);
        assertThat(text).containsOnlyOnce("0.123456789");
        return text.replace("0.123456789", literal);
    }

    @Test
    void aFileCutInHalfIsTruncated() {
        int half = VALID.length / 2;

        assertThat(rejection(Arrays.copyOf(VALID, half)))
                .isEqualTo("model.json: truncated or invalid model file (ends at byte " + half + ")");
    }

    @Test
    void everyCutOfAValidFileIsReportedAsTruncatedWhereItEnds() {
        // The file ends "}\n": every shorter prefix misses at least the closing brace.
        for (int length = 1; length < VALID.length - 1; length++) {
            assertThat(rejection(Arrays.copyOf(VALID, length)))
                    .isEqualTo("model.json: truncated or invalid model file (ends at byte " + length + ")");
        }
    }

    @Test
    void aCsvFileIsNotJson() {
        assertThat(rejection("Species,Island\nAdelie,Torgersen\n"))
                .isEqualTo("model.json: invalid model file: not valid JSON at line 1, column 1 (byte 0): "
                        + "Unrecognized token 'Species'");
    }

    @Test
    void corruptionInTheMiddleIsPlacedByLineAndColumn() {
        String text = new String(VALID, StandardCharsets.UTF_8).replaceFirst("\"inputSize\": 5", "\"inputSize\": 5x");

        assertThat(rejection(text)).startsWith("model.json: invalid model file: not valid JSON at line 6, column");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\r\n"})
    void anEmptyFileIsNotAModelFile(String text) {
        assertThat(rejection(text)).isEqualTo("model.json: the file is empty, not a model file");
    }

    @Test
    void otherJsonDocumentsAreNotModelFiles() {
        assertThat(rejection("[1, 2, 3]"))
                .isEqualTo("model.json: not a model file (the document is a JSON array, not an object)");
        assertThat(rejection("42\n")).isEqualTo("model.json: not a model file (the document is a JSON number, not an object)");
        assertThat(rejection("{\"name\": \"keras\"}"))
                .isEqualTo("model.json: not an mtl4j model file (its \"format\" field is not \"mtl4j-model\")");
        assertThat(rejection(edited(root -> root.put("format", "onnx"))))
                .isEqualTo("model.json: not an mtl4j model file (its \"format\" field is not \"mtl4j-model\")");
    }

    @Test
    void aNewerFormatVersionIsRefusedNamingBothVersions() {
        assertThat(rejection(edited(root -> root.put("formatVersion", 2)))).isEqualTo("model.json: written in model "
                + "format version 2 by a newer mtl4j; this version (" + Version.version()
                + ") reads format versions up to 1");
        assertThat(rejection(edited(root -> root.put("formatVersion", 0))))
                .isEqualTo("model.json: field \"formatVersion\" is 0, must be ≥ 1");
        assertThat(rejection(edited(root -> root.put("formatVersion", "1"))))
                .isEqualTo("model.json: field \"formatVersion\" must be a whole number");
    }

    @Test
    void aMissingFieldIsNamedByItsPath() {
        assertThat(rejection(edited(root -> at(root, "architecture", "tasks", "0").remove("outputs"))))
                .isEqualTo("model.json: field \"architecture.tasks[0].outputs\" is missing");
        assertThat(rejection(edited(root -> at(root, "parameters", "trunk", "0", "bias").putNull("values"))))
                .isEqualTo("model.json: field \"parameters.trunk[0].bias.values\" is missing");
        assertThat(rejection(edited(root -> root.remove("parameters"))))
                .isEqualTo("model.json: field \"parameters\" is missing");
        assertThat(rejection(edited(root -> at(root, "preprocessing", "targets", "1").remove("positiveLabel"))))
                .isEqualTo("model.json: field \"preprocessing.targets[1].positiveLabel\" is missing");
        assertThat(rejection(edited(root -> at(root, "training", "optimizer").remove("beta2"))))
                .isEqualTo("model.json: field \"training.optimizer.beta2\" is missing");
    }

    @Test
    void anArrayOfTheWrongLengthIsNamedWithBothLengths() {
        assertThat(rejection(edited(root -> ((ArrayNode) at(root, "parameters", "heads", "bias").get("values")).remove(4))))
                .isEqualTo("model.json: field \"parameters.heads.bias.values\" has 4 numbers, expected 5");
        assertThat(rejection(edited(root -> ((ArrayNode) at(root, "architecture", "tasks", "0").get("outputMean")).add(0))))
                .isEqualTo("model.json: field \"architecture.tasks[0].outputMean\" has 4 numbers, expected 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999", "-1.5E400"})
    void aNonFiniteNumberIsNamedByItsPath(String literal) {
        assertThat(rejection(withFirstHeadWeight(literal)))
                .isEqualTo("model.json: field \"parameters.heads.weights.values[0]\" is not a finite number "
                        + "(NaN, Infinity and values beyond ±1.8e308 are refused)");
    }

    @Test
    void aNonFiniteNumberWrittenAsTextIsNotANumber() {
        assertThat(rejection(withFirstHeadWeight("\"NaN\"")))
                .isEqualTo("model.json: field \"parameters.heads.weights.values[0]\" must be a number");
    }

    @Test
    void deepNestingIsRefusedBeforeItIsBuilt() {
        assertThat(rejection("[".repeat(10_000))).isEqualTo("model.json: refused: the file exceeds a safety limit "
                + "for model files (document nesting depth (33) exceeds the maximum allowed (32))");
        String nestedInside = new String(VALID, StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"extra\": " + "[".repeat(40) + "]".repeat(40) + ",");
        assertThat(rejection(nestedInside)).contains("nesting depth");
    }

    @Test
    void hugeStringsAndNumbersAreRefused() {
        assertThat(rejection(edited(root -> root.put("comment", "x".repeat(2_000_000)))))
                .startsWith("model.json: refused: the file exceeds a safety limit for model files (string value length");
        assertThat(rejection(withFirstHeadWeight("1" + "0".repeat(100))))
                .startsWith("model.json: refused: the file exceeds a safety limit for model files (number value length");
        assertThat(rejection(withFirstHeadWeight("0." + "1".repeat(100))))
                .contains("number value length (101) exceeds the maximum allowed (64)");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ModelFile.MAX_FILE_BYTES + 1L); // sparse: takes no disk space
        }

        ModelFileException exception = catchThrowableOfType(ModelFileException.class, () -> ModelFile.load(huge));

        assertThat(exception).hasMessage(huge + ": the file is larger than the 536870912-byte limit for model files");
    }

    @Test
    void shapesThatDisagreeWithTheArchitectureAreNamed() {
        assertThat(rejection(edited(root -> at(root, "parameters", "trunk", "0", "weights").put("rows", 4))))
                .isEqualTo("model.json: field \"parameters.trunk[0].weights\" is [4×4], the architecture needs [5×4]");
        assertThat(rejection(edited(root -> ((ArrayNode) at(root, "parameters").get("trunk")).removeAll())))
                .isEqualTo("model.json: field \"parameters.trunk\" has 0 layers, the architecture 1");
        assertThat(rejection(edited(root -> at(root, "architecture", "trunk", "0").put("inputSize", 6))))
                .isEqualTo("model.json: field \"architecture\" is inconsistent: Architecture: hidden layer 0 takes 6 "
                        + "inputs but receives 5");
        assertThat(rejection(edited(root -> {
            at(root, "architecture", "trunk", "0").put("outputSize", 3);
        }))).isEqualTo("model.json: field \"parameters.trunk[0].weights\" is [5×4], the architecture needs [5×3]");
    }

    @Test
    void wrongTypesAreNamed() {
        assertThat(rejection(edited(root -> at(root, "architecture", "tasks", "0").put("outputs", "3"))))
                .isEqualTo("model.json: field \"architecture.tasks[0].outputs\" must be a whole number");
        assertThat(rejection(edited(root -> at(root, "architecture", "tasks", "0").put("outputs", 2.5))))
                .isEqualTo("model.json: field \"architecture.tasks[0].outputs\" must be a whole number");
        assertThat(rejection(edited(root -> at(root, "architecture", "tasks", "0").put("outputs", 1L << 40))))
                .isEqualTo("model.json: field \"architecture.tasks[0].outputs\" is 1099511627776, too large");
        assertThat(rejection(edited(root -> ((ArrayNode) at(root, "architecture").get("trunk")).set(0, 5))))
                .isEqualTo("model.json: field \"architecture.trunk[0]\" must be an object");
        assertThat(rejection(edited(root -> at(root, "architecture").put("tasks", "all"))))
                .isEqualTo("model.json: field \"architecture.tasks\" must be an array");
        assertThat(rejection(edited(root -> ((ArrayNode) at(root, "preprocessing", "targets", "0").get("classes")).set(1, 7))))
                .isEqualTo("model.json: field \"preprocessing.targets[0].classes[1]\" must be a string");
    }

    @Test
    void namesThisVersionDoesNotKnowAreListedWithTheKnownOnes() {
        assertThat(rejection(edited(root -> at(root, "architecture", "trunk", "0").put("activation", "swish"))))
                .isEqualTo("model.json: field \"architecture.trunk[0].activation\" is \"swish\"; this version knows "
                        + "identity, sigmoid, tanh, softmax, relu");
        assertThat(rejection(edited(root -> at(root, "architecture", "tasks", "1").put("activation", "Sigmoid"))))
                .as("names are exact").contains("is \"Sigmoid\"; this version knows");
        assertThat(rejection(edited(root -> at(root, "architecture", "tasks", "2").put("loss", "huber"))))
                .isEqualTo("model.json: field \"architecture.tasks[2].loss\" is \"huber\"; this version knows "
                        + "squared_error, binary_cross_entropy, categorical_cross_entropy");
        assertThat(rejection(edited(root -> at(root, "preprocessing").put("missingFeatures", "fill"))))
                .isEqualTo("model.json: field \"preprocessing.missingFeatures\" is \"fill\"; this version knows "
                        + "drop, impute, error");
        assertThat(rejection(edited(root -> at(root, "preprocessing", "features", "1").put("type", "date"))))
                .isEqualTo("model.json: field \"preprocessing.features[1].type\" is \"date\"; expected numeric or "
                        + "categorical");
        assertThat(rejection(edited(root -> at(root, "training", "optimizer").put("name", "rmsprop"))))
                .isEqualTo("model.json: field \"training.optimizer.name\" is \"rmsprop\"; this version knows sgd, "
                        + "momentum, nesterov, adam");
    }

    @Test
    void valuesTheLibraryWouldRejectAreNamedWithTheirSection() {
        assertThat(rejection(edited(root -> at(root, "architecture", "tasks", "1").put("weight", -1))))
                .isEqualTo("model.json: field \"architecture.tasks[1]\" is invalid: task \"Sex\": the weight must be "
                        + "finite and ≥ 0, was -1.0");
        assertThat(rejection(edited(root -> at(root, "training").put("bestEpoch", 4))))
                .isEqualTo("model.json: field \"training\" is invalid: bestEpoch must be in 0 … 3, was 4");
        assertThat(rejection(edited(root -> at(root, "training", "optimizer").put("beta1", 1.5))))
                .isEqualTo("model.json: field \"training.optimizer\" is invalid: beta1 must be in [0, 1), was 1.5");
        assertThat(rejection(edited(root -> at(root, "preprocessing", "features", "1").put("scale", 0))))
                .isEqualTo("model.json: field \"preprocessing.features[1]\" is invalid: column \"Beak Length (mm)\": "
                        + "scale must be finite and > 0, was 0.0");
    }

    @Test
    void sectionsThatDisagreeAreRefused() {
        assertThat(rejection(edited(root -> at(root, "preprocessing", "targets", "2").put("mean", 4000.0))))
                .isEqualTo("model.json: the sections of the model file disagree: task 2 (\"Body Mass (g)\") maps "
                        + "outputs back with mean [4201.75] and scale [801.95], but its preprocessing target has mean "
                        + "4000.0 and scale 801.95; they must be equal");
        assertThat(rejection(edited(root -> at(root, "preprocessing", "targets", "1").put("name", "Gender"))))
                .isEqualTo("model.json: the sections of the model file disagree: task 1 (\"Sex\") has preprocessing "
                        + "target \"Gender\"; the names must match");
        assertThat(rejection(edited(root -> ((ArrayNode) at(root, "preprocessing", "targets", "0").get("classes"))
                .add("Emperor")))).isEqualTo("model.json: the sections of the model file disagree: task 0 "
                        + "(\"Species\") is multiclass with 3 outputs, its preprocessing target multiclass with 4");
        assertThat(rejection(edited(root -> ((ArrayNode) at(root, "preprocessing", "features", "0").get("categories"))
                .add("Ross")))).isEqualTo("model.json: the sections of the model file disagree: the preprocessing "
                        + "produces 6 inputs, the model takes 5");
    }

    @Test
    void duplicateFieldsAndTrailingContentAreRefused() {
        String text = new String(VALID, StandardCharsets.UTF_8);

        assertThat(rejection(text.replaceFirst("\"formatVersion\": 1,", "\"formatVersion\": 1, \"formatVersion\": 2,")))
                .startsWith("model.json: invalid model file: not valid JSON at line 3, column")
                .endsWith("Duplicate Object property \"formatVersion\"");
        assertThat(rejection(text + "{}\n")).endsWith(": more content after the end of the document");
    }

    @Test
    void loadNamesAMissingOrUnreadableFile() throws IOException {
        Path missing = folder.resolve("nowhere.json");
        Files.createDirectory(folder.resolve("folder.json"));

        assertThat(catchThrowableOfType(ModelFileException.class, () -> ModelFile.load(missing)))
                .hasMessage(missing + ": no such model file");
        assertThat(catchThrowableOfType(ModelFileException.class, () -> ModelFile.load(folder.resolve("folder.json"))))
                .hasMessageStartingWith(folder.resolve("folder.json") + ": cannot read the model file (");
    }
}
