package org.mtl4j.cli;

import org.mtl4j.Version;
import org.mtl4j.math.Engine;
import picocli.CommandLine.Command;

/** {@code mtl4j info}: which GEMM backend, how many threads, which JDK. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the matrix engine: GEMM backend, threads, JDK, CPU vector width.",
        footer = {"", "Example:", "  mtl4j info", "  MTL4J_BACKEND=plain mtl4j info"})
final class InfoCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("mtl4j " + Version.version());
        System.out.println(Engine.describe());
    }
}
