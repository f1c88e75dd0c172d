package org.mtl4j.cli;

import org.mtl4j.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mtl4j} command. Exit codes: 0 ok, 2 usage error, 3 bad data or model file, 4 training diverged.
 */
@Command(name = "mtl4j",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Multi-task neural networks from first principles: one shared trunk, one head per task.",
        subcommands = {InfoCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 2 usage error, 3 bad data or model file, 4 training diverged."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] arguments) {
        System.exit(run(arguments));
    }

    /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... arguments) {
        return new CommandLine(new Main()).execute(arguments);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the library version and the JDK it runs on. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mtl4j " + Version.version(), "JDK " + Runtime.version()};
        }
    }
}
