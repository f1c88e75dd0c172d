package org.mtl4j.math;

import java.util.Locale;

/**
 * Chooses the GEMM backend once per JVM and reports what was chosen.
 *
 * <p>Selection order: the system property {@code mtl4j.backend}, else the environment variable
 * {@code MTL4J_BACKEND} (each {@code native}, {@code vector}, {@code plain} or {@code auto}), else
 * {@code auto}: native if a native BLAS loads, else vector if the {@code jdk.incubator.vector} module is
 * present, else plain. Forcing a backend that is not available fails with the reason
 * ({@link BackendAvailability} does the probing).
 */
public final class Engine {
    /** The system property that forces a backend. */
    public static final String BACKEND_PROPERTY = "mtl4j.backend";
    /** The environment variable that forces a backend when the property is not set. */
    public static final String BACKEND_VARIABLE = "MTL4J_BACKEND";

    /** Chosen on first use, so that a bad name fails in the caller (every time), never in class loading. */
    private static volatile GemmBackend selected;

    private Engine() {
    }

    /**
     * The backend every {@link Gemm#gemm} call without an explicit backend uses.
     *
     * @throws IllegalStateException when the requested backend is unknown or not available here
     */
    public static GemmBackend backend() {
        GemmBackend backend = selected;
        if (backend == null) {
            synchronized (Engine.class) {
                if (selected == null) {
                    selected = select(requestedBackend());
                }
                backend = selected;
            }
        }
        return backend;
    }

    /** The requested backend name, lower-cased: property, then environment, then {@code auto}. */
    static String requestedBackend() {
        String requested = System.getProperty(BACKEND_PROPERTY);
        if (requested == null || requested.isBlank()) {
            requested = System.getenv(BACKEND_VARIABLE);
        }
        return requested == null || requested.isBlank() ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The backend for a name; {@code auto} picks the fastest available.
     *
     * @throws IllegalStateException when the named backend is unknown or not available here, with the reason
     *                               (and where the name came from)
     */
    public static GemmBackend select(String name) {
        try {
            return BackendAvailability.select(name);
        } catch (IllegalStateException notAvailable) {
            throw new IllegalStateException(notAvailable.getMessage() + " (requested by -D" + BACKEND_PROPERTY
                    + ", " + BACKEND_VARIABLE + " or Engine.select)", notAvailable);
        }
    }

    /** Lines describing the engine: backend, threads, JDK, CPU vector width, and why a backend is missing. */
    public static String describe() {
        StringBuilder text = new StringBuilder();
        try {
            GemmBackend backend = backend();
            text.append("backend: ").append(backend.name()).append(" (").append(backend.description()).append(")\n")
                    .append("threads: ").append(backend.threads()).append(" of ");
        } catch (IllegalStateException notAvailable) {
            text.append("backend: none, ").append(notAvailable.getMessage()).append("\nthreads: ? of ");
        }
        text.append(Runtime.getRuntime().availableProcessors()).append(" available processors\n")
                .append("jdk: ").append(System.getProperty("java.vm.name")).append(' ').append(Runtime.version())
                .append(" (").append(System.getProperty("java.home")).append(")\n")
                .append("cpu vector width: ").append(BackendAvailability.vectorWidth());
        appendMissing(text, "native", BackendAvailability.nativeBackend());
        appendMissing(text, "vector", BackendAvailability.vectorBackend());
        return text.toString();
    }

    private static void appendMissing(StringBuilder text, String name, BackendAvailability.Probe probe) {
        if (probe.backend().isEmpty()) {
            text.append("\n").append(name).append(" backend unavailable: ").append(probe.reason());
        }
    }
}
