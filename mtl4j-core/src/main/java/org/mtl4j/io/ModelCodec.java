package org.mtl4j.io;

import java.util.ArrayList;
import java.util.List;
import org.mtl4j.activation.Activation;
import org.mtl4j.layer.Dense;
import org.mtl4j.layer.DenseParameters;
import org.mtl4j.loss.Loss;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.OutputScaling;
import org.mtl4j.model.Task;
import org.mtl4j.model.TaskKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The {@code architecture} and {@code parameters} sections of a model file (docs/model-format.md). */
final class ModelCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModelCodec() {
    }

    static ObjectNode writeArchitecture(Architecture architecture) {
        ObjectNode node = NODES.objectNode();
        node.put("inputSize", architecture.inputSize());
        ArrayNode trunk = node.putArray("trunk");
        for (Dense layer : architecture.trunk()) {
            trunk.addObject().put("inputSize", layer.inputSize()).put("outputSize", layer.outputSize())
                    .put("activation", FormatNames.of(layer.activation()));
        }
        ArrayNode tasks = node.putArray("tasks");
        for (Task task : architecture.tasks()) {
            ObjectNode entry = tasks.addObject();
            entry.put("name", task.name()).put("kind", FormatNames.of(task.kind())).put("outputs", task.outputs())
                    .put("activation", FormatNames.of(task.activation())).put("loss", FormatNames.of(task.loss()))
                    .put("weight", task.weight());
            numbers(entry.putArray("outputMean"), task.scaling().mean());
            numbers(entry.putArray("outputScale"), task.scaling().scale());
        }
        return node;
    }

    static ObjectNode writeParameters(ModelParameters parameters) {
        ObjectNode node = NODES.objectNode();
        ArrayNode trunk = node.putArray("trunk");
        for (DenseParameters layer : parameters.trunk()) {
            trunk.add(writeLayer(layer));
        }
        node.set("heads", writeLayer(parameters.heads()));
        return node;
    }

    private static ObjectNode writeLayer(DenseParameters layer) {
        ObjectNode node = NODES.objectNode();
        node.set("weights", writeMatrix(layer.weights()));
        node.set("bias", writeMatrix(layer.bias()));
        return node;
    }

    private static ObjectNode writeMatrix(Matrix matrix) {
        ObjectNode node = NODES.objectNode();
        node.put("rows", matrix.rows()).put("columns", matrix.columns());
        numbers(node.putArray("values"), matrix.data());
        return node;
    }

    static void numbers(ArrayNode array, double[] values) {
        for (double value : values) {
            array.add(value);
        }
    }

    static Architecture readArchitecture(JsonReader reader, JsonNode root) {
        JsonNode node = reader.object(root, "", "architecture");
        int inputSize = reader.integer(node, "architecture", "inputSize", 1);
        List<JsonNode> trunkNodes = reader.objects(node, "architecture", "trunk");
        List<Dense> trunk = new ArrayList<>();
        for (int l = 0; l < trunkNodes.size(); l++) {
            String path = "architecture.trunk[" + l + "]";
            JsonNode layer = trunkNodes.get(l);
            trunk.add(new Dense(reader.integer(layer, path, "inputSize", 1), reader.integer(layer, path, "outputSize", 1),
                    activation(reader, layer, path)));
        }
        List<JsonNode> taskNodes = reader.objects(node, "architecture", "tasks");
        List<Task> tasks = new ArrayList<>();
        for (int t = 0; t < taskNodes.size(); t++) {
            tasks.add(readTask(reader, taskNodes.get(t), "architecture.tasks[" + t + "]"));
        }
        try {
            return new Architecture(inputSize, trunk, tasks);
        } catch (IllegalArgumentException e) {
            throw reader.error("architecture", "is inconsistent: " + e.getMessage());
        }
    }

    private static Task readTask(JsonReader reader, JsonNode node, String path) {
        String name = reader.string(node, path, "name");
        TaskKind kind = FormatNames.kind(reader, path + ".kind", reader.string(node, path, "kind"));
        int outputs = reader.integer(node, path, "outputs", 1);
        Loss loss = FormatNames.loss(reader, path + ".loss", reader.string(node, path, "loss"));
        OutputScaling scaling;
        try {
            scaling = new OutputScaling(reader.numbers(node, path, "outputMean", outputs),
                    reader.numbers(node, path, "outputScale", outputs));
            return new Task(name, kind, outputs, activation(reader, node, path), loss, reader.number(node, path, "weight"),
                    scaling);
        } catch (IllegalArgumentException e) {
            throw reader.error(path, "is invalid: " + e.getMessage());
        }
    }

    private static Activation activation(JsonReader reader, JsonNode node, String path) {
        return FormatNames.activation(reader, path + ".activation", reader.string(node, path, "activation"));
    }

    static MultiTaskModel readModel(JsonReader reader, JsonNode root, Architecture architecture) {
        JsonNode node = reader.object(root, "", "parameters");
        List<JsonNode> trunkNodes = reader.objects(node, "parameters", "trunk");
        if (trunkNodes.size() != architecture.trunk().size()) {
            throw reader.error("parameters.trunk", "has " + trunkNodes.size() + " layers, the architecture "
                    + architecture.trunk().size());
        }
        List<DenseParameters> trunk = new ArrayList<>();
        for (int l = 0; l < trunkNodes.size(); l++) {
            Dense layer = architecture.trunk().get(l);
            trunk.add(readLayer(reader, trunkNodes.get(l), "parameters.trunk[" + l + "]", layer.inputSize(),
                    layer.outputSize()));
        }
        DenseParameters heads = readLayer(reader, reader.object(node, "parameters", "heads"), "parameters.heads",
                architecture.headInputSize(), architecture.totalOutputs());
        return new MultiTaskModel(architecture, new ModelParameters(trunk, heads));
    }

    private static DenseParameters readLayer(JsonReader reader, JsonNode node, String path, int inputs, int outputs) {
        return new DenseParameters(readMatrix(reader, reader.object(node, path, "weights"), path + ".weights", inputs, outputs),
                readMatrix(reader, reader.object(node, path, "bias"), path + ".bias", 1, outputs));
    }

    private static Matrix readMatrix(JsonReader reader, JsonNode node, String path, int rows, int columns) {
        int storedRows = reader.integer(node, path, "rows", 0);
        int storedColumns = reader.integer(node, path, "columns", 0);
        if (storedRows != rows || storedColumns != columns) {
            throw reader.error(path, "is [" + storedRows + "×" + storedColumns + "], the architecture needs ["
                    + rows + "×" + columns + "]");
        }
        return Matrix.wrap(rows, columns, reader.numbers(node, path, "values", (long) rows * columns));
    }
}
