package org.mtl4j.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TanhKernelTest {

    @Test
    void agreesWithMathTanhWithinFourUlpsAtEveryLengthAndRange() {
        SplittableRandom random = new SplittableRandom(7);
        for (int length : new int[] {0, 1, 7, 63, 64, 65, 127, 1000}) {
            for (double spread : new double[] {1e-9, 1e-3, 0.5, 3, 30, 1000}) {
                double[] in = new double[length];
                for (int i = 0; i < length; i++) {
                    in[i] = spread * (2 * random.nextDouble() - 1);
                }
                double[] out = new double[length];
                TanhKernel.apply(in, out, length);
                for (int i = 0; i < length; i++) {
                    double exact = Math.tanh(in[i]);
                    assertThat(Math.abs(out[i] - exact)).as("tanh(%s) at length %d", in[i], length)
                            .isLessThanOrEqualTo(4 * Math.ulp(exact));
                    assertThat(Math.abs(out[i])).isLessThanOrEqualTo(1.0);
                }
            }
        }
    }

    @Test
    void keepsSignedZeroInfinityAndNaN() {
        double[] in = new double[128];
        in[0] = 0.0;
        in[1] = -0.0;
        in[2] = Double.POSITIVE_INFINITY;
        in[3] = Double.NEGATIVE_INFINITY;
        in[4] = Double.NaN;
        in[5] = 1e-300;
        in[6] = 20;
        double[] out = new double[in.length];
        TanhKernel.apply(in, out, in.length);
        assertThat(Double.doubleToRawLongBits(out[0])).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(out[2]).isEqualTo(1.0);
        assertThat(out[3]).isEqualTo(-1.0);
        assertThat(out[4]).isNaN();
        assertThat(out[5]).isEqualTo(1e-300);
        assertThat(out[6]).isEqualTo(1.0);
    }

    @Test
    void writesInPlaceAndLeavesEntriesPastTheLength() {
        double[] values = new double[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.01;
        }
        TanhKernel.apply(values, values, 90);
        assertThat(values[50]).isCloseTo(Math.tanh(0.5), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(values[95]).isEqualTo(95 * 0.01);
    }

    @Test
    void shortArraysAreExactlyMathTanh() {
        double[] in = new double[TanhKernel.VECTOR_MINIMUM - 1];
        for (int i = 0; i < in.length; i++) {
            in[i] = i * 0.37 - 10;
        }
        double[] out = new double[in.length];
        TanhKernel.apply(in, out, in.length);
        for (int i = 0; i < in.length; i++) {
            assertThat(out[i]).isEqualTo(Math.tanh(in[i]));
        }
    }
}
