package org.mtl4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks every file a command will write before it does any work: each output names a file (not a folder),
 * its folder exists or can be made and can be written to, no output is an input or another output, and plot
 * files end in .png or .svg. A run that would fail at the end fails at the start, before it overwrites
 * anything.
 */
final class OutputFiles {
    private final List<Path> inputs = new ArrayList<>();
    private final List<Path> outputs = new ArrayList<>();
    private final List<String> outputOptions = new ArrayList<>();

    /** Registers a file the command reads. */
    OutputFiles input(Path file) {
        inputs.add(file.toAbsolutePath().normalize());
        return this;
    }

    /** Registers and checks a file the command writes; {@code option} names it in messages. */
    OutputFiles output(String option, Path file) {
        if (file == null) {
            return this;
        }
        String text = file.toString();
        if (text.isBlank()) {
            throw new Main.UsageException(option + " needs a file name");
        }
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new Main.UsageException(option + " " + file + " is a folder; give a file name");
        }
        for (Path input : inputs) {
            if (same(input, absolute)) {
                throw new Main.UsageException(option + " " + file + " is also an input; writing it would destroy it");
            }
        }
        for (int i = 0; i < outputs.size(); i++) {
            if (same(outputs.get(i), absolute)) {
                throw new Main.UsageException(option + " " + file + " is the same file as " + outputOptions.get(i));
            }
        }
        folderWritable(option, absolute.getParent());
        outputs.add(absolute);
        outputOptions.add(option);
        return this;
    }

    /** As {@link #output}, for a learning-curve plot: the name must end in .png or .svg. */
    OutputFiles plot(String option, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new Main.UsageException(option + " " + file + " must end in .png or .svg");
        }
        return output(option, file);
    }

    /** Makes {@code folder} if needed and proves it writable by creating and deleting a file in it. */
    static void folderWritable(String option, Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".mtl4j-", ".probe");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException e) {
            throw new Main.UsageException(option + ": cannot write files in " + folder + " (" + reason(e) + ")");
        }
    }

    private static boolean same(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    static String reason(Exception e) {
        String name = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
