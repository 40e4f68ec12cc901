package dev.vpsnap.emulator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Loads and atomically saves {@link EmulatorState} to a JSON file (write to a temp file in the same directory,
 * then rename). Remembers the file's modification time and size after each load/save so that a change made by
 * another process (another emulator sharing the file) can be detected and reloaded.
 */
final class StateStore {
    /** One in-process lock per state file: a JVM may hold a file's {@link FileLock} only once at a time. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Work done while this store's file is held exclusively (read the state, change it, save it). */
    interface Locked<T> {
        T run() throws Exception;
    }

    private final Path file;
    private Object lastSeen; // (mtime, size) after our last load or save

    StateStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    Path file() {
        return file;
    }

    /**
     * Runs {@code work} holding the state file exclusively, against other threads and other processes (a lock file
     * beside it, {@code state.json.lock}): concurrent sandbox commands each load, change and save the state in turn,
     * so none overwrites another's update.
     */
    <T> T locked(Locked<T> work) throws Exception {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try {
            Path dir = file.getParent();
            if (dir != null) Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                return work.run();
            }
        } finally {
            local.unlock();
        }
    }

    /** The stored state, or null when the file does not exist. */
    EmulatorState load() throws IOException {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new CorruptStateException(file + " is not a regular file"); // a FIFO would block the read
            }
            byte[] bytes = Files.readAllBytes(file);
            lastSeen = fingerprint();
            if (bytes.length == 0) return null;
            return Json.MAPPER.readValue(bytes, EmulatorState.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CorruptStateException("corrupt emulator state file " + file + ": " + e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            lastSeen = null;
            return null;
        }
    }

    /** True when the file was written by someone else since our last load/save. */
    boolean changedOnDisk() {
        try {
            return !Objects.equals(lastSeen, fingerprint());
        } catch (IOException e) {
            return false;
        }
    }

    void save(EmulatorState state) throws IOException {
        Path dir = file.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        lastSeen = fingerprint();
    }

    private Object fingerprint() throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            FileTime t = a.lastModifiedTime();
            return java.util.List.of(t.toMillis(), a.size(), String.valueOf(a.fileKey()));
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
