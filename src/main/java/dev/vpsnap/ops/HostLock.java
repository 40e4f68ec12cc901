package dev.vpsnap.ops;

import dev.vpsnap.config.PrivateFiles;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock held by one vpsnap at a time on this host for one key ({@code <lockDir>/<key-hash>.lock}): an OS file lock
 * (released by the OS when the process dies) plus one in-process lock per key, since a JVM holds a file's lock once.
 * Waits until it is free; holders keep it only for a bounded step (a lookup and a send).
 */
public final class HostLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;

    private HostLock(ReentrantLock local, FileChannel channel) {
        this.local = local;
        this.channel = channel;
    }

    /** Waits for the lock of {@code key} (any text: it is hashed into the file name). */
    public static HostLock acquire(Path lockDir, String key) {
        Path file = lockDir.resolve("host-" + hash(key) + ".lock").toAbsolutePath();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        FileChannel ch = null;
        try {
            PrivateFiles.createDirectories(lockDir);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock ignored = ch.lock(); // released when the channel closes
            HostLock held = new HostLock(local, ch);
            ch = null;
            return held;
        } catch (IOException e) {
            throw new VpsnapException(ExitCode.USAGE, "cannot lock " + file + ": " + e.getMessage(), null, null,
                    "set XDG_STATE_HOME to a writable directory", e);
        } finally {
            if (ch != null) {
                close(ch);
                local.unlock();
            }
        }
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

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
