package org.mtl4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.mtl4j.Version;
import org.mtl4j.data.DataException;
import org.mtl4j.io.ModelFileException;
import org.mtl4j.train.TrainingDivergedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code mtl4j} command. Exit codes: 0 ok, 1 internal error, 2 usage error, 3 bad data or model file (or
 * an output that cannot be written), 4 training diverged, 5 gradient check failed. A user's mistake is reported in one or two sentences; {@code --debug} adds the stack
 * trace.
 */
@Command(name = "mtl4j",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Multi-task neural networks from first principles: one shared trunk, one head per task.",
        subcommands = {TrainCommand.class, PredictCommand.class, EvaluateCommand.class, GradcheckCommand.class,
                InfoCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  mtl4j demo",
                "  mtl4j train --data penguins.csv --na-values . --task Species:multiclass --task Sex:binary --out model.json",
                "", "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 bad data or model file (or an unwritable output),",
                "4 training diverged, 5 gradient check failed."})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;
    static final int DIVERGED = 4;
    static final int CHECK_FAILED = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors (for reporting bugs).")
    boolean debug;

    public static void main(String[] arguments) {
        System.setProperty("java.awt.headless", "true");
        StandardOutput stdout = new StandardOutput(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, System.out.charset()), true);
        System.exit(run(out, new PrintWriter(System.err, true), stdout::closedByReader, arguments));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... arguments) {
        return run(out, err, () -> false, arguments);
    }

    /**
     * Standard output that remembers why a write failed, so that a reader closing the pipe early
     * ({@code mtl4j predict … | head}) ends the run quietly, as it does for other Unix tools, while a full disk
     * is still reported.
     */
    private static final class StandardOutput extends java.io.FilterOutputStream {
        private volatile java.io.IOException failure;

        StandardOutput(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            try {
                out.write(bytes, offset, length);
            } catch (java.io.IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(int value) throws java.io.IOException {
            write(new byte[] {(byte) value}, 0, 1);
        }

        boolean closedByReader() {
            java.io.IOException e = failure;
            return e != null && e.getMessage() != null && e.getMessage().contains("Broken pipe");
        }
    }

    private static int run(PrintWriter out, PrintWriter err, java.util.function.BooleanSupplier readerLeft,
                           String... arguments) {
        Main main = new Main();
        CommandLine commandLine = new CommandLine(main);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, ignored) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("mtl4j " + failed.getCommandName() + ": " + exception.getMessage());
            if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, failed.getErr());
            }
            failed.getErr().println("(see 'mtl4j " + (failed == commandLine ? "" : failed.getCommandName() + " ")
                    + "--help')");
            failed.getErr().flush();
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            int code = exitCode(exception);
            line.getErr().println("mtl4j " + line.getCommandName() + ": " + message(exception));
            if (code == INTERNAL_ERROR && !main.debug) {
                line.getErr().println("(this looks like a bug in mtl4j; run again with --debug for the details)");
            }
            if (main.debug) {
                exception.printStackTrace(line.getErr());
            }
            line.getErr().flush();
            return code;
        });
        int code;
        try {
            code = commandLine.execute(arguments);
        } catch (OutOfMemoryError e) {
            err.println("mtl4j: ran out of memory (" + e.getMessage() + "); the input or the model is too large "
                    + "for this JVM's heap; give it more with MTL4J_JAVA_OPTS=-Xmx8g, or use fewer rows or columns");
            code = INTERNAL_ERROR;
        }
        out.flush();
        if (out.checkError() && !readerLeft.getAsBoolean()) {
            err.println("mtl4j: could not write to standard output (is the disk full or the pipe closed?)");
            code = code == OK ? BAD_INPUT : code;
        }
        err.flush();
        return code;
    }

    static int exitCode(Throwable exception) {
        return switch (exception) {
            case DataException e -> BAD_INPUT;
            case ModelFileException e -> BAD_INPUT;
            case IOException e -> BAD_INPUT;
            case UncheckedIOException e -> BAD_INPUT;
            case TrainingDivergedException e -> DIVERGED;
            case UsageException e -> USAGE;
            case OutputException e -> BAD_INPUT;
            case IllegalArgumentException e -> USAGE;
            default -> INTERNAL_ERROR;
        };
    }

    private static String message(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
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

    /** An output file could not be written: exit code 3, the message names the file and the reason. */
    static final class OutputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputException(String message) {
            super(message);
        }
    }

    /** A user's mistake found after parsing (a bad combination of options): exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
