package org.mtl4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Runs the real command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), arguments);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Copies a bundled or test resource to {@code folder} and returns the copy's path. */
    static Path copyResource(String resource, Path folder, String name) throws IOException {
        try (InputStream in = CliRun.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            Path target = folder.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    static Path penguins(Path folder) throws IOException {
        return copyResource("/org/mtl4j/cli/demo/penguins.csv", folder, "penguins.csv");
    }

    static Path iris(Path folder) throws IOException {
        return copyResource("/data/iris.csv", folder, "iris.csv");
    }
}
