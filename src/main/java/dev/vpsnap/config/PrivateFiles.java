package dev.vpsnap.config;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files only their owner may read (the config file, the local schedule store, run locks), written the one safe way:
 * a temp file created 0600 in the same directory (so the content never exists with wider permissions), fsync, then
 * a rename over the old file. A missing directory is created 0700. When the path is a symlink (dotfile managers), the
 * link's target is replaced and the link kept.
 */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    /** Writes {@code text} to {@code file} atomically with mode 0600; exit 3 when denied, else exit 2. */
    public static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            if (Files.isSymbolicLink(target)) {
                target = target.toRealPath();
            }
            Path dir = target.getParent();
            createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp",
                    FilePermissions.ownerOnly(dir, FilePermissions.OWNER_ONLY_FILE));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new VpsnapException(ExitCode.AUTH, "cannot write " + file + ": permission denied", null, null, null, e);
        } catch (IOException e) {
            throw VpsnapException.usage("cannot write " + file + ": " + e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a leftover .tmp holds nothing the real file does not
                }
            }
        }
    }

    /** Creates {@code dir} (and its parents) 0700 when missing. */
    public static void createDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, FilePermissions.ownerOnly(dir.getRoot(), FilePermissions.OWNER_ONLY_DIR));
        }
    }
}
