package org.mtl4j.math;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds out, once per JVM, which GEMM backends can run here, keeps the reason for each one that cannot, and
 * resolves a backend name ({@code native}, {@code vector}, {@code plain}, {@code auto}) to a backend.
 *
 * <p>Nothing here throws while probing: a missing native library, a missing {@code jdk.incubator.vector}
 * module or a linkage failure becomes a reason string. Only {@link #select} throws, when asked by name for a
 * backend that is unknown or unavailable.
 */
final class BackendAvailability {
    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private BackendAvailability() {
    }

    /** A backend that loaded, or the reason it did not. */
    record Probe(Optional<GemmBackend> backend, String reason) {
        static Probe available(GemmBackend backend) {
            return new Probe(Optional.of(backend), "available");
        }

        static Probe unavailable(String reason) {
            return new Probe(Optional.empty(), reason);
        }
    }

    // Holder classes: each probe runs on first use, once, and only when it is asked for.
    private static final class NativeProbe {
        static final Probe RESULT = probeNative();
    }

    private static final class VectorProbe {
        static final Probe RESULT = probeVector();
    }

    /** The native backend, or why it is not available. */
    static Probe nativeBackend() {
        return NativeProbe.RESULT;
    }

    /** The vector backend, or why it is not available. */
    static Probe vectorBackend() {
        return VectorProbe.RESULT;
    }

    /**
     * The backend for a name: {@code auto} is native if available, else vector if available, else plain.
     *
     * @throws IllegalStateException when the name is unknown or names a backend not available here, with the
     *                               reason
     */
    static GemmBackend select(String name) {
        String normalized = name == null ? "auto" : name.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "auto" -> nativeBackend().backend()
                    .or(() -> vectorBackend().backend())
                    .orElse(PlainGemm.INSTANCE);
            case "native" -> require("native", nativeBackend());
            case "vector" -> require("vector", vectorBackend());
            case "plain" -> PlainGemm.INSTANCE;
            default -> throw new IllegalStateException("unknown GEMM backend \"" + name
                    + "\"; use native, vector, plain or auto");
        };
    }

    /** The CPU's preferred double vector, e.g. {@code 512 bits (8 doubles)}, or why it cannot be known. */
    static String vectorWidth() {
        Probe vector = vectorBackend();
        if (vector.backend().isEmpty()) {
            return "unknown (" + vector.reason() + ")";
        }
        return VectorKernel.SPECIES.vectorBitSize() + " bits (" + VectorKernel.LANES + " doubles)";
    }

    private static GemmBackend require(String name, Probe probe) {
        return probe.backend().orElseThrow(() -> new IllegalStateException(
                "GEMM backend \"" + name + "\" is not available: " + probe.reason()));
    }

    private static Probe probeNative() {
        try {
            return Probe.available(NativeGemm.load());
        } catch (RuntimeException | LinkageError failure) {
            return Probe.unavailable(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        }
    }

    private static Probe probeVector() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return Probe.unavailable("the module " + VECTOR_MODULE
                    + " is not loaded; start the JVM with --add-modules " + VECTOR_MODULE);
        }
        try {
            return Probe.available(loadVector());
        } catch (LinkageError failure) {
            return Probe.unavailable("the module " + VECTOR_MODULE + " is present but failed to link: " + failure);
        }
    }

    /** Kept apart so that a missing Vector API fails here, inside the probe's catch, and nowhere else. */
    private static GemmBackend loadVector() {
        VectorGemm backend = VectorGemm.INSTANCE;
        backend.description();
        return backend;
    }
}
