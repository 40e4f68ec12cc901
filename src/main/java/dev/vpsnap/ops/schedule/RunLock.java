package dev.vpsnap.ops.schedule;

import dev.vpsnap.config.PrivateFiles;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The per-schedule run lock ({@code <stateDir>/locks/<id>.lock}): an OS file lock, released by the OS when the
 * process dies, so a crashed run never blocks the next one. Held by another process (or another channel of this one)
 * means "already running": the caller skips, it never waits.
 */
public final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path file(Path lockDir, String scheduleId) {
        return lockDir.resolve(scheduleId + ".lock");
    }

    /** The lock, or empty when someone else holds it. */
    public static Optional<RunLock> tryAcquire(Path lockDir, String scheduleId) {
        Path file = file(lockDir, scheduleId);
        FileChannel ch = null;
        try {
            PrivateFiles.createDirectories(lockDir);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock != null) {
                RunLock held = new RunLock(ch, lock);
                ch = null;
                return Optional.of(held);
            }
            return Optional.empty();
        } catch (OverlappingFileLockException sameProcess) {
            return Optional.empty();
        } catch (IOException e) {
            throw new VpsnapException(ExitCode.USAGE, "cannot lock " + file + ": " + e.getMessage());
        } finally {
            closeQuietly(ch);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing held any more
            }
        }
    }
}
