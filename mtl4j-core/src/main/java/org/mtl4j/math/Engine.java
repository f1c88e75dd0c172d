package org.mtl4j.math;

import java.util.Locale;

/**
 * Chooses the GEMM backend once per JVM and reports what was chosen.
 *
 * <p>Selection order: the system property {@code mtl4j.backend}, else the environment variable
 * {@code MTL4J_BACKEND} (each {@code native}, {@code vector}, {@code plain} or {@code auto}), else
 * {@code auto}: the first backend that is available from native, vector, plain.
 */
public final class Engine {
    /** The system property that forces a backend. */
    public static final String BACKEND_PROPERTY = "mtl4j.backend";
    /** The environment variable that forces a backend when the property is not set. */
    public static final String BACKEND_VARIABLE = "MTL4J_BACKEND";

    private static final GemmBackend SELECTED = select(requestedBackend());

    private Engine() {
    }

    /** The backend every {@link Gemm#gemm} call without an explicit backend uses. */
    public static GemmBackend backend() {
        return SELECTED;
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
     */
    public static GemmBackend select(String name) {
        return switch (name) {
            case "auto", "plain" -> PlainGemm.INSTANCE;
            default -> throw new IllegalStateException("unknown GEMM backend \"" + name
                    + "\" (set by -D" + BACKEND_PROPERTY + " or " + BACKEND_VARIABLE
                    + "); use native, vector, plain or auto");
        };
    }

    /** Lines describing the engine: backend, threads, JDK, CPU vector width. */
    public static String describe() {
        return "backend: " + SELECTED.name() + " (" + SELECTED.description() + ")\n"
                + "threads: " + Runtime.getRuntime().availableProcessors() + " available processors\n"
                + "jdk: " + System.getProperty("java.vm.name") + " " + Runtime.version() + " ("
                + System.getProperty("java.home") + ")";
    }
}
