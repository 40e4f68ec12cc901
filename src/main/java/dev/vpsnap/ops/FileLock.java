package dev.vpsnap.ops;

import dev.vpsnap.config.PrivateFiles;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock on this host held by one vpsnap at a time: an OS file lock (released by the OS when the process dies, so a
 * crashed run never blocks the next one) plus one in-process lock per file, since a JVM holds a file's lock once. The
 * lock's directory is created private ({@link PrivateFiles}, 0700) and its file 0600. Two ways in:
 * <ul>
 * <li>{@link #acquire} waits until it is free: for a bounded step (the idempotent create's lookup and send);</li>
 * <li>{@link #tryAcquire} never waits: held elsewhere means "already running" (a schedule run skips).</li>
 * </ul>
 * Closed by the thread that took it.
 */
public final class FileLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;

    private FileLock(ReentrantLock local, FileChannel channel) {
        this.local = local;
        this.channel = channel;
    }

    /** Waits for the lock on {@code file}. */
    public static FileLock acquire(Path file) {
        Path f = file.toAbsolutePath();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(f, k -> new ReentrantLock());
        local.lock();
        return lock(f, local, true).orElseThrow();
    }

    /** The lock on {@code file}, or empty when another process (or another holder in this one) has it. */
    public static Optional<FileLock> tryAcquire(Path file) {
        Path f = file.toAbsolutePath();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(f, k -> new ReentrantLock());
        if (!local.tryLock()) {
            return Optional.empty();
        }
        return lock(f, local, false);
    }

    /** A file name for the lock of {@code key} (any text: it is hashed): {@code <prefix>-<hash>.lock}. */
    public static String name(String prefix, String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + HexFormat.of().formatHex(d, 0, 12) + ".lock";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OS lock, with {@code local} held; on empty or failure {@code local} is released again. */
    private static Optional<FileLock> lock(Path file, ReentrantLock local, boolean wait) {
        FileChannel ch = null;
        FileLock lock = null;
        try {
            PrivateFiles.createDirectories(file.getParent());
            ch = open(file);
            // the OS lock is released when the channel closes
            if ((wait ? ch.lock() : ch.tryLock()) != null) {
                lock = new FileLock(local, ch);
            }
            return Optional.ofNullable(lock);
        } catch (OverlappingFileLockException sameProcess) {
            return Optional.empty(); // this thread holds it already, through another FileLock
        } catch (IOException e) {
            throw new VpsnapException(ExitCode.USAGE, "cannot lock " + file + ": " + e.getMessage(), null, null,
                    "set XDG_STATE_HOME to a writable directory", e);
        } finally {
            if (lock == null) {
                if (ch != null) {
                    close(ch);
                }
                local.unlock();
            }
        }
    }

    /** The lock file, created 0600 where the file system has POSIX modes. */
    private static FileChannel open(Path file) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        }
        return FileChannel.open(file, options);
    }

    @Override
    public void close() {
        close(channel);
        local.unlock();
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // closing releases the lock either way
        }
    }
}
