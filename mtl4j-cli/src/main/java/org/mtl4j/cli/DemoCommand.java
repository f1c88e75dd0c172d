package org.mtl4j.cli;

import org.mtl4j.Version;
import org.mtl4j.math.Engine;
import picocli.CommandLine.Command;

/** {@code mtl4j demo}: the main job. Until the demo lands it prints the engine and exits 0. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Train three tasks at once on the Palmer penguins and show every step.",
        footer = {"", "Example:", "  mtl4j demo"})
final class DemoCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("mtl4j " + Version.version());
        System.out.println(Engine.describe());
    }
}
