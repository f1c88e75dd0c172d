package org.mtl4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mtl4j.data.BinaryTarget;
import org.mtl4j.data.MissingFeaturePolicy;
import org.mtl4j.data.MissingValues;
import org.mtl4j.data.NumericColumn;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.data.UnseenCategoryPolicy;
import org.mtl4j.layer.DenseParameters;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Task;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every finite double a model holds reads back with the same bits. */
class NumberRoundTripTest {
    private static final double[] AWKWARD = {
        0.0, -0.0, 0.1 + 0.2, 0.1, 1.0 / 3.0, 1e-300, -1e-300, 1e300, 1e22, 1e23, 9007199254740993.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), 2.2250738585072014E-308,
        Double.MAX_VALUE, -Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE), Math.ulp(1.0), 1.0 + Math.ulp(1.0),
        123456789.123456789, 5e-324, 4.9406564584124654E-324, 3 * Double.MIN_VALUE, Math.PI, -Math.E,
    };

    /** A model with no trunk and one regression head whose weights are {@code values}. */
    private static MultiTaskModel holding(double[] values) {
        Architecture architecture = new Architecture(1, List.of(), List.of(Task.regression("y", values.length)));
        DenseParameters heads = new DenseParameters(Matrix.fromFlat(1, values.length, values),
                Matrix.zeros(1, values.length));
        return new MultiTaskModel(architecture, new ModelParameters(List.of(), heads));
    }

    private static double[] loadedWeights(double[] values) {
        byte[] bytes = ModelFile.toBytes(SavedModel.of(holding(values)));
        return ModelFile.parse(bytes, "model.json").model().parameters().heads().weights().data();
    }

    private static void assertSameBits(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i])).as("value %d: %s read back as %s", i, expected[i], actual[i])
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }

    @Test
    void awkwardDoublesReadBackBitForBit() {
        assertSameBits(loadedWeights(AWKWARD), AWKWARD);
    }

    @Test
    void randomDoublesOfEveryMagnitudeReadBackBitForBit() {
        SplittableRandom random = new SplittableRandom(20261203);
        double[] values = new double[20_000];
        for (int i = 0; i < values.length; i++) {
            double value;
            do {
                // Uniform bit patterns: every exponent equally likely, from subnormals to 1.8e308, both signs.
                value = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                        : random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-320, 300));
            } while (!Double.isFinite(value));
            values[i] = value;
        }

        assertSameBits(loadedWeights(values), values);
    }

    @Test
    void doublesInThePreprocessingAndScalingReadBackBitForBit() {
        double mean = 0.1 + 0.2;
        double scale = 7.000000000000001e-301;
        Preprocessor preprocessor = new Preprocessor(List.of(new NumericColumn("x", mean, scale)),
                List.of(new BinaryTarget("y", "no", "yes")), MissingValues.defaults(), MissingFeaturePolicy.DROP,
                UnseenCategoryPolicy.ZEROS);
        Architecture architecture = new Architecture(1, List.of(), List.of(Task.binary("y").withWeight(1.0 / 3.0)));
        SavedModel saved = new SavedModel(MultiTaskModel.initialize(architecture, new SplittableRandom(1)),
                preprocessor, null);

        SavedModel loaded = ModelFile.parse(ModelFile.toBytes(saved), "model.json");

        NumericColumn column = (NumericColumn) loaded.preprocessor().features().get(0);
        assertThat(Double.doubleToRawLongBits(column.mean())).isEqualTo(Double.doubleToRawLongBits(mean));
        assertThat(Double.doubleToRawLongBits(column.scale())).isEqualTo(Double.doubleToRawLongBits(scale));
        assertThat(loaded.model().architecture().tasks().get(0).weight()).isEqualTo(1.0 / 3.0);
    }

    @Test
    void integersAndExponentsAreAcceptedWhereDoublesAreExpected() {
        ObjectNode root = ModelFile.toJson(SavedModel.of(holding(new double[] {0.5, 0.5, 0.5, 0.5})));
        ArrayNode values = (ArrayNode) root.get("parameters").get("heads").get("weights").get("values");
        values.removeAll();
        values.add(0).add(-3).add(1234567890123456789L).add(new java.math.BigInteger("123456789012345678901234567890"));
        ((ObjectNode) root.get("architecture").get("tasks").get(0)).put("weight", 2);

        SavedModel loaded = ModelFile.parse(JsonDocument.write(root), "model.json");

        assertSameBits(loaded.model().parameters().heads().weights().data(),
                new double[] {0.0, -3.0, 1234567890123456789.0, 123456789012345678901234567890.0});
        assertThat(loaded.model().architecture().tasks().get(0).weight()).isEqualTo(2.0);
    }

    @Test
    void numbersWrittenWithExponentsOrTrailingZerosReadAsTheSameDouble() {
        String text = new String(ModelFile.toBytes(SavedModel.of(holding(new double[] {1.0, 250.0}))),
                java.nio.charset.StandardCharsets.UTF_8);
        String rewritten = text.replace("\"values\": [1.0, 250.0]", "\"values\": [1E0, 2.500e+2]");
        assertThat(rewritten).isNotEqualTo(text);

        double[] loaded = ModelFile.parse(rewritten.getBytes(java.nio.charset.StandardCharsets.UTF_8), "model.json")
                .model().parameters().heads().weights().data();

        assertSameBits(loaded, new double[] {1.0, 250.0});
    }
}
