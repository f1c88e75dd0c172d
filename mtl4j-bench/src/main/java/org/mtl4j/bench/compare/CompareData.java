package org.mtl4j.bench.compare;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtl4j.activation.Activation;
import org.mtl4j.layer.DenseParameters;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.Task;
import org.mtl4j.model.TaskTargets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the folder that {@code bench/peers/generate.py} writes: {@code compare.json} (sizes, learning rates,
 * and each array's file, dtype and shape) and the raw little-endian arrays beside it.
 *
 * <p>Benchmark code only: the file format is the comparison's own, not a data format of the library.
 */
final class CompareData {
    private final Path folder;
    private final JsonNode header;

    private CompareData(Path folder, JsonNode header) {
        this.folder = folder;
        this.header = header;
    }

    /** Opens the folder; the arrays are read when asked for. */
    static CompareData open(Path folder) throws IOException {
        JsonNode header = JsonMapper.builder().build().readTree(Files.readAllBytes(folder.resolve("compare.json")));
        if (header.path("format").asInt(-1) != 1) {
            throw new IOException(folder.resolve("compare.json") + ": format " + header.path("format")
                    + " is not 1; regenerate the data with bench/peers/generate.py");
        }
        return new CompareData(folder, header);
    }

    /** One workload ({@code big} or {@code seed}): its settings, data, initial weights and row order. */
    Workload workload(String name) throws IOException {
        JsonNode spec = header.path("workloads").path(name);
        if (spec.isMissingNode()) {
            throw new IOException("compare.json has no workload \"" + name + "\"");
        }
        int inputs = spec.path("inputs").asInt();
        int classes = spec.path("classes").asInt();
        List<Integer> hidden = new ArrayList<>();
        spec.path("hidden").forEach(width -> hidden.add(width.asInt()));
        Architecture architecture = Architecture.of(inputs, hidden, Activation.byName(spec.path("activation")
                .asString()), List.of(Task.regression("value", 1), Task.binary("positive"),
                Task.multiclass("class", classes)));
        List<DenseParameters> trunk = new ArrayList<>();
        for (int layer = 0; layer < hidden.size(); layer++) {
            trunk.add(new DenseParameters(matrix(name + ".w" + layer), matrix(name + ".b" + layer)));
        }
        ModelParameters initial = new ModelParameters(trunk,
                new DenseParameters(matrix(name + ".wh"), matrix(name + ".bh")));
        List<TaskTargets> targets = List.of(TaskTargets.allLabelled(matrix(name + ".y_reg")),
                TaskTargets.allLabelled(matrix(name + ".y_bin")), TaskTargets.allLabelled(matrix(name + ".y_cls")));
        int[] order = header.path("arrays").has(name + ".order") ? integers(name + ".order") : null;
        return new Workload(architecture, initial, matrix(name + ".x"), targets, order,
                spec.path("batch").asInt(), spec.path("learning_rate").asDouble(), spec.path("steps").asInt(0));
    }

    private Matrix matrix(String name) throws IOException {
        JsonNode entry = entry(name, "<f8");
        int rows = entry.path("shape").get(0).asInt();
        int columns = entry.path("shape").get(1).asInt();
        double[] values = new double[Math.multiplyExact(rows, columns)];
        bytes(entry, 8L * values.length).asDoubleBuffer().get(values);
        return Matrix.wrap(rows, columns, values);
    }

    private int[] integers(String name) throws IOException {
        JsonNode entry = entry(name, "<i4");
        int[] values = new int[entry.path("shape").get(0).asInt()];
        bytes(entry, 4L * values.length).asIntBuffer().get(values);
        return values;
    }

    private JsonNode entry(String name, String dtype) throws IOException {
        JsonNode entry = header.path("arrays").path(name);
        if (!dtype.equals(entry.path("dtype").asString(""))) {
            throw new IOException("compare.json: array \"" + name + "\" is missing or not of dtype " + dtype);
        }
        return entry;
    }

    private ByteBuffer bytes(JsonNode entry, long expected) throws IOException {
        Path file = folder.resolve(entry.path("file").asString());
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != expected) {
            throw new IOException(file + " has " + bytes.length + " bytes, the header's shape needs " + expected);
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * One workload's inputs.
     *
     * @param order the epoch's row order, or {@code null} for a full-batch workload
     * @param steps full-batch steps per run, 0 for a mini-batch workload
     */
    record Workload(Architecture architecture, ModelParameters initial, Matrix features, List<TaskTargets> targets,
                    int[] order, int batch, double learningRate, int steps) {
        int rows() {
            return features.rows();
        }
    }
}
