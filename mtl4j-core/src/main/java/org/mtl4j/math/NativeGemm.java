package org.mtl4j.math;

import dev.ludovic.netlib.blas.NativeBLAS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The native backend: the system's BLAS {@code dgemm} (OpenBLAS where installed) through
 * {@code dev.ludovic.netlib:blas}'s JNI binding.
 *
 * <p>BLAS is column-major and a row-major matrix is the column-major view of its transpose, so the row-major
 * product {@code C = op(A) · op(B)} is computed as the column-major {@code Cᵀ = op(B)ᵀ · op(A)ᵀ}:
 * {@code dgemm(tB, tA, n, m, k, alpha, B, ldb, A, lda, beta, C, n)} with {@code lda} = k (m when A is
 * transposed) and {@code ldb} = n (k when B is transposed). No data is copied or transposed.
 *
 * <p>Threads are OpenBLAS's own: the environment variable {@code OPENBLAS_NUM_THREADS} when set before the
 * JVM starts, else one per core. mtl4j calls it from one thread at a time per product, so the two never
 * oversubscribe the cores. Available only when {@link #load()} succeeds; {@link BackendAvailability} keeps
 * the reason when it does not.
 */
public final class NativeGemm implements GemmBackend {
    /**
     * netlib announces its choice at INFO on every start; {@link Engine#describe()} reports ours instead. Held
     * here because the logging framework keeps loggers only weakly; left alone when the user configured it.
     */
    private static final Logger NETLIB_LOGGER = Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");

    private final NativeBLAS blas;
    private final String library;

    private NativeGemm(NativeBLAS blas, String library) {
        this.blas = blas;
        this.library = library;
    }

    /**
     * Loads the JNI binding and the system BLAS, and checks a 2 × 2 product.
     *
     * @throws IllegalStateException when no native BLAS loads here, with the reason
     */
    static NativeGemm load() {
        if (NETLIB_LOGGER.getLevel() == null) {
            NETLIB_LOGGER.setLevel(Level.WARNING);
        }
        NativeBLAS blas;
        try {
            blas = NativeBLAS.getInstance();
        } catch (RuntimeException | LinkageError failure) {
            throw new IllegalStateException("no native BLAS could be loaded (" + failure
                    + "); install OpenBLAS, for example the Debian/Ubuntu package libopenblas0", failure);
        }
        NativeGemm gemm = new NativeGemm(blas, loadedLibrary());
        double[] product = new double[4];
        gemm.gemm(false, false, 2, 2, 2, 1.0, new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8}, 0.0, product);
        if (product[0] != 19 || product[1] != 22 || product[2] != 43 || product[3] != 50) {
            throw new IllegalStateException("the native BLAS loaded (" + gemm.library
                    + ") but computed a wrong 2 × 2 product");
        }
        return gemm;
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public String description() {
        String threads = System.getenv("OPENBLAS_NUM_THREADS");
        return "netlib JNI → " + library + ", " + (threads == null || threads.isBlank()
                ? "BLAS's own threads (OPENBLAS_NUM_THREADS not set: one per core)"
                : "OPENBLAS_NUM_THREADS=" + threads.trim());
    }

    /** Threads the native library uses: {@code OPENBLAS_NUM_THREADS} when it is a number, else the cores. */
    @Override
    public int threads() {
        String threads = System.getenv("OPENBLAS_NUM_THREADS");
        try {
            return threads == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads.trim());
        } catch (NumberFormatException notANumber) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                     double alpha, double[] a, double[] b, double beta, double[] c) {
        if (k == 0) {
            // netlib's argument checks reject the empty A and B that BLAS itself would accept.
            PlainGemm.scaleOutput(beta, c, m * n);
            return;
        }
        int leadingA = Math.max(1, transposeA ? m : k);
        int leadingB = Math.max(1, transposeB ? k : n);
        blas.dgemm(transposeB ? "T" : "N", transposeA ? "T" : "N", n, m, k,
                alpha, b, leadingB, a, leadingA, beta, c, Math.max(1, n));
    }

    /** The BLAS shared library mapped into this process, read from /proc/self/maps where there is one. */
    private static String loadedLibrary() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return "the system BLAS";
        }
        try (Stream<String> lines = Files.lines(maps)) {
            return lines.map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .filter(path -> path.contains("blas") && !path.contains("netlibblasjni"))
                    .findFirst()
                    .orElse("the system BLAS");
        } catch (IOException | RuntimeException unreadable) {
            return "the system BLAS";
        }
    }
}
