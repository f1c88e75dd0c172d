package org.mtl4j.io;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Typed, path-aware access to a parsed JSON tree: every getter names the field's full path and the file in
 * its error ({@code model.json: field "architecture.tasks[0].outputs" is missing}), so a damaged model file
 * is reported as one clear sentence and nothing is half-built.
 *
 * <p>Fields a reader does not ask for are ignored; {@code null} counts as missing. Numbers may be written
 * as integers ({@code 0}) or decimals ({@code 0.0}); whole-number fields must be integers.
 */
final class JsonReader {
    private final String file;

    JsonReader(String file) {
        this.file = file;
    }

    ModelFileException error(String path, String problem) {
        return new ModelFileException(file + ": field \"" + path + "\" " + problem);
    }

    JsonNode object(JsonNode parent, String path, String name) {
        JsonNode node = field(parent, path, name);
        if (!node.isObject()) {
            throw error(join(path, name), "must be an object");
        }
        return node;
    }

    JsonNode array(JsonNode parent, String path, String name) {
        JsonNode node = field(parent, path, name);
        if (!node.isArray()) {
            throw error(join(path, name), "must be an array");
        }
        return node;
    }

    /** The elements of an array of objects; each must be an object. */
    List<JsonNode> objects(JsonNode parent, String path, String name) {
        JsonNode node = array(parent, path, name);
        List<JsonNode> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw error(join(path, name) + "[" + i + "]", "must be an object");
            }
            elements.add(node.get(i));
        }
        return elements;
    }

    String string(JsonNode parent, String path, String name) {
        JsonNode node = field(parent, path, name);
        if (!node.isString()) {
            throw error(join(path, name), "must be a string");
        }
        return node.stringValue();
    }

    int integer(JsonNode parent, String path, String name, int minimum) {
        JsonNode node = field(parent, path, name);
        if (!node.isIntegralNumber()) {
            throw error(join(path, name), "must be a whole number");
        }
        if (!node.canConvertToInt()) {
            throw error(join(path, name), "is " + node + ", too large");
        }
        int value = node.intValue();
        if (value < minimum) {
            throw error(join(path, name), "is " + value + ", must be ≥ " + minimum);
        }
        return value;
    }

    long longValue(JsonNode parent, String path, String name) {
        JsonNode node = field(parent, path, name);
        if (!node.isIntegralNumber()) {
            throw error(join(path, name), "must be a whole number");
        }
        if (!node.canConvertToLong()) {
            throw error(join(path, name), "is " + node + ", too large");
        }
        return node.longValue();
    }

    double number(JsonNode parent, String path, String name) {
        return finite(field(parent, path, name), join(path, name));
    }

    boolean bool(JsonNode parent, String path, String name) {
        JsonNode node = field(parent, path, name);
        if (!node.isBoolean()) {
            throw error(join(path, name), "must be true or false");
        }
        return node.booleanValue();
    }

    /** A finite number; integers such as {@code 0} are accepted and read as doubles. */
    double finite(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw error(path, "must be a number");
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw error(path, "is not a finite number (NaN, Infinity and values beyond ±1.8e308 are refused)");
        }
        return value;
    }

    /** An array of exactly {@code expectedLength} finite numbers. */
    double[] numbers(JsonNode parent, String path, String name, long expectedLength) {
        JsonNode node = array(parent, path, name);
        String full = join(path, name);
        if (node.size() != expectedLength) {
            throw error(full, "has " + node.size() + " numbers, expected " + expectedLength);
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = finite(node.get(i), full + "[" + i + "]");
        }
        return values;
    }

    List<String> strings(JsonNode parent, String path, String name) {
        JsonNode node = array(parent, path, name);
        List<String> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isString()) {
                throw error(join(path, name) + "[" + i + "]", "must be a string");
            }
            values.add(node.get(i).stringValue());
        }
        return values;
    }

    boolean has(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node != null && !node.isNull();
    }

    private JsonNode field(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw error(join(path, name), "is missing");
        }
        return node;
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
