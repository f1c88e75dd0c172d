package org.mtl4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** Bounded reading and crash-safe replacing of whole files. */
final class FileAccess {
    private static final AtomicLong TEMPORARY_COUNTER = new AtomicLong();

    private FileAccess() {
    }

    /**
     * The bytes of {@code file}, refusing files over {@code limit} bytes without reading them whole.
     *
     * @throws ModelFileException naming the file when it is missing, unreadable or too large
     */
    static byte[] read(Path file, int limit) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > limit) {
                throw tooLarge(file, limit);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(limit + 1);
                if (bytes.length > limit) {
                    throw tooLarge(file, limit);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file + ": no such model file");
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot read the model file (" + describe(e) + ")", e);
        }
    }

    private static ModelFileException tooLarge(Path file, int limit) {
        return new ModelFileException(file + ": the file is larger than the " + limit + "-byte limit for model files");
    }

    /**
     * Replaces {@code target} by {@code bytes} so that a crash at any moment leaves either the old file or
     * the new one, whole: the bytes go to a new temporary file in the same folder, are forced to the disk,
     * and the temporary file is renamed over the target (then the folder is forced too, where the system
     * allows it). On failure the temporary file is deleted and the target is untouched.
     *
     * @throws ModelFileException naming the file and the reason
     */
    static void writeAtomically(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = createTemporary(folder, absolute.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            forceFolder(folder);
        } catch (IOException e) {
            throw new ModelFileException(target + ": cannot write the model file (" + describe(e) + ")", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the original failure is the one worth reporting
                }
            }
        }
    }

    /**
     * A new, empty file {@code .NAME.PID-N.tmp} beside the target. Made with the default permissions of new
     * files (not the owner-only ones of {@link Files#createTempFile}), so the renamed model file is as
     * readable as any other file the user writes.
     */
    private static Path createTemporary(Path folder, String name) throws IOException {
        while (true) {
            Path candidate = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
                    + TEMPORARY_COUNTER.incrementAndGet() + ".tmp");
            try {
                FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // left by another process or a crash; try the next number
            }
        }
    }

    /** Makes the rename durable on systems that can force a folder (Linux, macOS); elsewhere a no-op. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the rename itself is still atomic
        }
    }

    /** A short reason for an I/O failure, without a stack trace. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
