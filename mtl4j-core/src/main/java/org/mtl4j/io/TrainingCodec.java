package org.mtl4j.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mtl4j.layer.BackwardRule;
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
        optimizer.put("name", config.optimizer().name()).put("learningRate", config.optimizer().learningRate());
        switch (config.optimizer()) {
            case Sgd sgd -> {
            }
            case Momentum momentum -> optimizer.put("momentum", momentum.momentum()).put("nesterov", momentum.nesterov());
            case Adam adam -> optimizer.put("beta1", adam.beta1()).put("beta2", adam.beta2())
                    .put("epsilon", adam.epsilon());
        }
        node.put("epochs", config.epochs()).put("batchSize", config.batchSize())
                .put("weightDecay", config.weightDecay()).put("clipNorm", config.clipNorm())
                .put("patience", config.patience()).put("backwardRule", config.backwardRule().name())
                .put("epochsRun", training.epochsRun()).put("bestEpoch", training.bestEpoch())
                .put("date", training.date());
        ObjectNode metrics = node.putObject("finalMetrics");
        training.finalMetrics().forEach((task, values) -> {
            ObjectNode entry = metrics.putObject(task);
            values.forEach((name, value) -> {
                if (Double.isFinite(value)) {
                    entry.put(name, value);
                }
            });
        });
        return node;
    }

    static TrainingMetadata read(JsonReader reader, JsonNode root) {
        String path = "training";
        JsonNode node = reader.object(root, "", path);
        JsonNode optimizerNode = reader.object(node, path, "optimizer");
        String optimizerPath = path + ".optimizer";
        String name = reader.string(optimizerNode, optimizerPath, "name");
        double learningRate = reader.number(optimizerNode, optimizerPath, "learningRate");
        try {
            Optimizer optimizer = switch (name) {
                case "sgd" -> new Sgd(learningRate);
                case "momentum", "nesterov" -> new Momentum(learningRate,
                        reader.number(optimizerNode, optimizerPath, "momentum"),
                        reader.bool(optimizerNode, optimizerPath, "nesterov"));
                case "adam" -> new Adam(learningRate, reader.number(optimizerNode, optimizerPath, "beta1"),
                        reader.number(optimizerNode, optimizerPath, "beta2"),
                        reader.number(optimizerNode, optimizerPath, "epsilon"));
                default -> throw reader.error(optimizerPath + ".name", "is \"" + name
                        + "\", which this version does not know");
            };
            String rule = reader.string(node, path, "backwardRule");
            TrainingConfig config = new TrainingConfig(optimizer, reader.integer(node, path, "epochs", 0),
                    reader.integer(node, path, "batchSize", 0), reader.number(node, path, "weightDecay"),
                    reader.number(node, path, "clipNorm"), reader.integer(node, path, "patience", 0),
                    reader.longValue(node, path, "seed"), backwardRule(reader, rule, path));
            Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
            JsonNode metricsNode = reader.object(node, path, "finalMetrics");
            for (var task : metricsNode.properties()) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (var metric : task.getValue().properties()) {
                    values.put(metric.getKey(), reader.finite(metric.getValue(),
                            path + ".finalMetrics." + task.getKey() + "." + metric.getKey()));
                }
                metrics.put(task.getKey(), values);
            }
            return new TrainingMetadata(config, reader.integer(node, path, "epochsRun", 0),
                    reader.integer(node, path, "bestEpoch", 0), metrics, reader.string(node, path, "date"));
        } catch (IllegalArgumentException e) {
            throw reader.error(path, "is invalid: " + e.getMessage());
        }
    }

    private static BackwardRule backwardRule(JsonReader reader, String value, String path) {
        for (BackwardRule rule : BackwardRule.values()) {
            if (rule.name().equals(value)) {
                return rule;
            }
        }
        throw reader.error(path + ".backwardRule", "is \"" + value + "\", which this version does not know");
    }
}
