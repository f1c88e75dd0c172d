package org.mtl4j.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.mtl4j.data.BinaryTarget;
import org.mtl4j.data.CategoricalColumn;
import org.mtl4j.data.ColumnEncoding;
import org.mtl4j.data.MissingFeaturePolicy;
import org.mtl4j.data.MissingValues;
import org.mtl4j.data.MulticlassTarget;
import org.mtl4j.data.NumericColumn;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.data.RegressionTarget;
import org.mtl4j.data.TargetEncoding;
import org.mtl4j.data.UnseenCategoryPolicy;
import org.mtl4j.model.TaskKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The {@code preprocessing} section of a model file: every encoding decision of a {@link Preprocessor}. */
final class PreprocessingCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PreprocessingCodec() {
    }

    static ObjectNode write(Preprocessor preprocessor) {
        ObjectNode node = NODES.objectNode();
        ArrayNode tokens = node.putArray("missingValues");
        preprocessor.missingValues().tokens().forEach(tokens::add);
        node.put("missingFeatures", FormatNames.of(preprocessor.missingFeatures()));
        node.put("unseenCategories", FormatNames.of(preprocessor.unseenCategories()));
        ArrayNode features = node.putArray("features");
        for (ColumnEncoding feature : preprocessor.features()) {
            ObjectNode entry = features.addObject().put("name", feature.name());
            switch (feature) {
                case NumericColumn numeric -> entry.put("type", "numeric").put("mean", numeric.mean())
                        .put("scale", numeric.scale());
                case CategoricalColumn categorical -> {
                    entry.put("type", "categorical");
                    ArrayNode categories = entry.putArray("categories");
                    categorical.categories().forEach(categories::add);
                    entry.put("mostFrequent", categorical.mostFrequent());
                }
            }
        }
        ArrayNode targets = node.putArray("targets");
        for (TargetEncoding target : preprocessor.targets()) {
            ObjectNode entry = targets.addObject().put("name", target.name()).put("kind", FormatNames.of(target.kind()));
            switch (target) {
                case RegressionTarget regression -> entry.put("mean", regression.mean()).put("scale", regression.scale());
                case BinaryTarget binary -> entry.put("negativeLabel", binary.negativeLabel())
                        .put("positiveLabel", binary.positiveLabel());
                case MulticlassTarget multiclass -> {
                    ArrayNode classes = entry.putArray("classes");
                    multiclass.classes().forEach(classes::add);
                }
            }
        }
        return node;
    }

    static Preprocessor read(JsonReader reader, JsonNode root) {
        String path = "preprocessing";
        JsonNode node = reader.object(root, "", path);
        MissingValues missing = new MissingValues(new HashSet<>(reader.strings(node, path, "missingValues")));
        MissingFeaturePolicy missingFeatures = FormatNames.missingFeatures(reader, path + ".missingFeatures",
                reader.string(node, path, "missingFeatures"));
        UnseenCategoryPolicy unseen = FormatNames.unseenCategories(reader, path + ".unseenCategories",
                reader.string(node, path, "unseenCategories"));
        List<JsonNode> featureNodes = reader.objects(node, path, "features");
        List<ColumnEncoding> features = new ArrayList<>();
        for (int i = 0; i < featureNodes.size(); i++) {
            features.add(readFeature(reader, featureNodes.get(i), path + ".features[" + i + "]"));
        }
        List<JsonNode> targetNodes = reader.objects(node, path, "targets");
        List<TargetEncoding> targets = new ArrayList<>();
        for (int i = 0; i < targetNodes.size(); i++) {
            targets.add(readTarget(reader, targetNodes.get(i), path + ".targets[" + i + "]"));
        }
        try {
            return new Preprocessor(features, targets, missing, missingFeatures, unseen);
        } catch (IllegalArgumentException e) {
            throw reader.error(path, "is inconsistent: " + e.getMessage());
        }
    }

    private static ColumnEncoding readFeature(JsonReader reader, JsonNode node, String path) {
        String name = reader.string(node, path, "name");
        String type = reader.string(node, path, "type");
        try {
            return switch (type) {
                case "numeric" -> new NumericColumn(name, reader.number(node, path, "mean"), reader.number(node, path, "scale"));
                case "categorical" -> new CategoricalColumn(name, reader.strings(node, path, "categories"),
                        reader.string(node, path, "mostFrequent"));
                default -> throw reader.error(path + ".type", "is \"" + type + "\"; expected numeric or categorical");
            };
        } catch (IllegalArgumentException e) {
            throw reader.error(path, "is invalid: " + e.getMessage());
        }
    }

    private static TargetEncoding readTarget(JsonReader reader, JsonNode node, String path) {
        String name = reader.string(node, path, "name");
        TaskKind kind = FormatNames.kind(reader, path + ".kind", reader.string(node, path, "kind"));
        try {
            return switch (kind) {
                case REGRESSION -> new RegressionTarget(name, reader.number(node, path, "mean"),
                        reader.number(node, path, "scale"));
                case BINARY -> new BinaryTarget(name, reader.string(node, path, "negativeLabel"),
                        reader.string(node, path, "positiveLabel"));
                case MULTICLASS -> new MulticlassTarget(name, reader.strings(node, path, "classes"));
            };
        } catch (IllegalArgumentException e) {
            throw reader.error(path, "is invalid: " + e.getMessage());
        }
    }
}
