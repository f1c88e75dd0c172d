package org.mtl4j.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mtl4j.optim.Adam;
import org.mtl4j.optim.Momentum;
import org.mtl4j.optim.Optimizer;
import org.mtl4j.optim.Sgd;
import org.mtl4j.train.TrainingConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The {@code training} section of a model file: configuration, epochs, final metrics, date. */
final class TrainingCodec {
    private TrainingCodec() {
    }

    static ObjectNode write(TrainingMetadata training) {
        TrainingConfig config = training.config();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("seed", config.seed());
        ObjectNode optimizer = node.putObject("optimizer");
        switch (config.optimizer()) {
            case Sgd sgd -> optimizer.put("name", "sgd").put("learningRate", sgd.learningRate());
            case Momentum momentum -> optimizer.put("name", momentum.nesterov() ? "nesterov" : "momentum")
                    .put("learningRate", momentum.learningRate()).put("momentum", momentum.momentum());
            case Adam adam -> optimizer.put("name", "adam").put("learningRate", adam.learningRate())
                    .put("beta1", adam.beta1()).put("beta2", adam.beta2()).put("epsilon", adam.epsilon());
        }
        node.put("epochs", config.epochs()).put("batchSize", config.batchSize())
                .put("weightDecay", config.weightDecay()).put("clipNorm", config.clipNorm())
                .put("patience", config.patience()).put("backwardRule", FormatNames.of(config.backwardRule()))
                .put("epochsRun", training.epochsRun()).put("bestEpoch", training.bestEpoch())
                .put("date", training.date());
        ObjectNode metrics = node.putObject("finalMetrics");
        training.finalMetrics().forEach((task, values) -> {
            ObjectNode entry = metrics.putObject(task);
            values.forEach(entry::put);
        });
        return node;
    }

    static TrainingMetadata read(JsonReader reader, JsonNode root) {
        String path = "training";
        JsonNode node = reader.object(root, "", path);
        Optimizer optimizer = readOptimizer(reader, reader.object(node, path, "optimizer"), path + ".optimizer");
        int epochs = reader.integer(node, path, "epochs", 0);
        int batchSize = reader.integer(node, path, "batchSize", 0);
        double weightDecay = reader.number(node, path, "weightDecay");
        double clipNorm = reader.number(node, path, "clipNorm");
        int patience = reader.integer(node, path, "patience", 0);
        long seed = reader.longValue(node, path, "seed");
        var rule = FormatNames.backwardRule(reader, path + ".backwardRule", reader.string(node, path, "backwardRule"));
        int epochsRun = reader.integer(node, path, "epochsRun", 0);
        int bestEpoch = reader.integer(node, path, "bestEpoch", 0);
        String date = reader.string(node, path, "date");
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        JsonNode metricsNode = reader.object(node, path, "finalMetrics");
        for (String task : metricsNode.propertyNames()) {
            String taskPath = path + ".finalMetrics." + task;
            JsonNode taskNode = reader.object(metricsNode, path + ".finalMetrics", task);
            Map<String, Double> values = new LinkedHashMap<>();
            for (String metric : taskNode.propertyNames()) {
                values.put(metric, reader.number(taskNode, taskPath, metric));
            }
            metrics.put(task, values);
        }
        try {
            TrainingConfig config = new TrainingConfig(optimizer, epochs, batchSize, weightDecay, clipNorm, patience,
                    seed, rule);
            return new TrainingMetadata(config, epochsRun, bestEpoch, metrics, date);
        } catch (IllegalArgumentException e) {
            throw reader.error(path, "is invalid: " + e.getMessage());
        }
    }

    private static Optimizer readOptimizer(JsonReader reader, JsonNode node, String path) {
        String name = reader.string(node, path, "name");
        double learningRate = reader.number(node, path, "learningRate");
        try {
            return switch (name) {
                case "sgd" -> new Sgd(learningRate);
                case "momentum", "nesterov" -> new Momentum(learningRate, reader.number(node, path, "momentum"),
                        name.equals("nesterov"));
                case "adam" -> new Adam(learningRate, reader.number(node, path, "beta1"),
                        reader.number(node, path, "beta2"), reader.number(node, path, "epsilon"));
                default -> throw reader.error(path + ".name", "is \"" + name
                        + "\"; this version knows sgd, momentum, nesterov, adam");
            };
        } catch (IllegalArgumentException e) {
            throw reader.error(path, "is invalid: " + e.getMessage());
        }
    }
}
