package org.mtl4j.bench;

import org.mtl4j.math.Engine;
import org.mtl4j.math.Gemm;
import org.mtl4j.math.GemmBackend;
import org.mtl4j.math.Matrix;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * C ← op(A) · op(B) for each backend: square sizes, and the network shapes of a 784-input layer with a batch
 * of 256 (forward NN, weight gradient TN, input gradient NT) and of a 100 → 256 → 128 trunk with a batch of
 * 128. The {@code gigaflops} counter is 2·m·n·k / 10⁹ per call, so JMH reports it directly in GFLOP/s.
 *
 * <p>Run: {@code java -jar mtl4j-bench/target/mtl4j-bench.jar GemmBenchmark}. A backend that is not
 * available here fails its own runs with the reason and leaves the others alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms1g", "-Xmx1g"})
public class GemmBenchmark {
    /** native, vector or plain. */
    @Param({"native", "vector", "plain"})
    public String backend;

    /** A square size n (n × n · n × n), or m×k×n-XY with X, Y = N or T for op(A), op(B). */
    @Param({"64", "128", "256", "512", "1024", "256x784x256-NN", "256x784x256-TN", "256x784x256-NT",
            "128x100x256-NN", "128x256x128-NN"})
    public String shape;

    private GemmBackend gemm;
    private boolean transposeA;
    private boolean transposeB;
    private Matrix a;
    private Matrix b;
    private Matrix c;
    private double gigaflopsPerCall;

    /** Per-call work, reported by JMH as a rate: GFLOP/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public double gigaflops;
    }

    @Setup(Level.Trial)
    public void setUp() {
        gemm = Engine.select(backend);
        int m;
        int k;
        int n;
        if (shape.contains("x")) {
            String[] sizesAndFlags = shape.split("-");
            String[] sizes = sizesAndFlags[0].split("x");
            m = Integer.parseInt(sizes[0]);
            k = Integer.parseInt(sizes[1]);
            n = Integer.parseInt(sizes[2]);
            transposeA = sizesAndFlags[1].charAt(0) == 'T';
            transposeB = sizesAndFlags[1].charAt(1) == 'T';
        } else {
            m = Integer.parseInt(shape);
            k = m;
            n = m;
        }
        SplittableRandom random = new SplittableRandom(42);
        a = transposeA ? Matrix.randomUniform(k, m, -1, 1, random) : Matrix.randomUniform(m, k, -1, 1, random);
        b = transposeB ? Matrix.randomUniform(n, k, -1, 1, random) : Matrix.randomUniform(k, n, -1, 1, random);
        c = Matrix.zeros(m, n);
        gigaflopsPerCall = 2.0 * m * n * k / 1e9;
    }

    @Benchmark
    public Matrix gemm(Work work) {
        Gemm.gemm(gemm, transposeA, transposeB, 1.0, a, b, 0.0, c);
        work.gigaflops += gigaflopsPerCall;
        return c;
    }
}
