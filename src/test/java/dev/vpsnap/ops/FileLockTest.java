package dev.vpsnap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one host lock: private files, a waiting acquire and a try that never waits, across threads of one JVM. */
class FileLockTest {
    @TempDir
    Path dir;

    @Test
    void theLockIsAPrivateFileInAPrivateDirectory() throws Exception {
        Path file = dir.resolve("locks/a.lock");
        try (FileLock held = FileLock.acquire(file)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
    }

    @Test
    void aTryWhileAnotherThreadHoldsItIsEmptyAndAnAcquireWaitsForTheRelease() throws Exception {
        Path file = dir.resolve("locks/b.lock");
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try (FileLock held = FileLock.acquire(file)) {
                taken.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(taken.await(10, TimeUnit.SECONDS));
        assertTrue(FileLock.tryAcquire(file).isEmpty(), "held by the other thread");

        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try (FileLock next = FileLock.acquire(file)) {
                return true;
            }
        });
        assertFalse(waiter.isDone(), "waits while held");
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertTrue(waiter.get(10, TimeUnit.SECONDS), "got it once released");

        Optional<FileLock> free = FileLock.tryAcquire(file);
        assertTrue(free.isPresent(), "free again");
        free.get().close();
    }

    @Test
    void aTryOnTheSameThreadThroughAnotherLockIsEmptyAndLeavesTheFirstHeld() {
        Path file = dir.resolve("c.lock");
        Optional<FileLock> first = FileLock.tryAcquire(file);
        assertTrue(first.isPresent());
        assertTrue(FileLock.tryAcquire(file).isEmpty());
        first.get().close();
        Optional<FileLock> again = FileLock.tryAcquire(file);
        assertTrue(again.isPresent(), "released: the failed try took nothing");
        again.get().close();
    }

    @Test
    void keysAreHashedIntoNames() {
        assertTrue(FileLock.name("host", "a\nb").matches("host-[0-9a-f]{24}\\.lock"));
        assertNotEquals(FileLock.name("host", "a"), FileLock.name("host", "b"));
    }
}
