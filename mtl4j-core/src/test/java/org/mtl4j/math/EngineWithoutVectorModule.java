package org.mtl4j.math;

/**
 * Run by {@link EngineTest} in a JVM started without {@code --add-modules jdk.incubator.vector} and with
 * native BLAS disallowed: prints what the engine chose, for the test to read.
 */
final class EngineWithoutVectorModule {
    private EngineWithoutVectorModule() {
    }

    public static void main(String[] arguments) {
        System.out.println("auto: " + Engine.select("auto").name());
        try {
            Engine.backend();
            System.out.println("forced vector: selected");
        } catch (IllegalStateException expected) {
            System.out.println("forced vector: IllegalStateException: " + expected.getMessage());
        }
        System.out.println(Engine.describe());
    }
}
