package dev.vpsnap.ops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.ops.SnapshotCreator;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ProviderParts;
import dev.vpsnap.provider.RequestPace;
import dev.vpsnap.testing.FakeClock;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleRunnerTest {
    @TempDir
    Path dir;
    FakeClock clock;
    MemorySnapshots provider;
    ScheduleStore store;
    List<String> notes;

    @BeforeEach
    void setUp() {
        clock = new FakeClock(Instant.parse("2026-01-16T03:15:00Z"));
        provider = new MemorySnapshots(clock);
        store = new ScheduleStore(dir.resolve("schedules.json"), dir.resolve("locks/schedules.lock"));
        notes = new ArrayList<>();
        store.update(list -> {
            list.add(new LocalSchedule("ls-0001", null, "memory", "940", "daily", 15, 3, null, null, "UTC", 2, "db",
                    Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-01-13T03:15:01Z"), null));
            return list;
        });
    }

    private ScheduleRunner runner() {
        Provider memory = new ProviderParts(new ProviderDescriptor("memory", "Memory", "http://127.0.0.1/", "Authorization",
                true, "MEMORY_KEY", Set.of(), Map.of(), "list", List.of(), new RequestPace(600, 10, "test")), null,
                provider, provider);
        return new ScheduleRunner(memory, new SnapshotCreator(clock, clock.sleeper(), notes::add),
                (api, op) -> api.refresh(op), store, dir.resolve("locks"), clock, notes::add);
    }

    @Test
    void snapshotsThenPrunesOnlyItsOwnAndRecordsTheRun() {
        provider.add("1", "db-20260101-031500", SnapshotStatus.AVAILABLE, "2026-01-01T03:15:00Z");
        provider.add("2", "db-20260102-031500", SnapshotStatus.AVAILABLE, "2026-01-02T03:15:00Z");
        provider.add("3", "manual", SnapshotStatus.AVAILABLE, "2025-01-01T00:00:00Z");
        provider.add("4", "db-20251231-031500", SnapshotStatus.FAILED, "2025-12-31T03:15:00Z");
        ScheduleRunner.Outcome o = runner().run("ls-0001", false);
        assertEquals(ExitCode.OK, o.exitCode());
        RunResult r = o.result();
        assertTrue(r.ok());
        assertFalse(r.skipped());
        assertEquals("db-20260116-031500", r.snapshot().name());
        assertEquals(List.of("1"), r.deleted());
        assertEquals(2, r.missed(), "slots on the 14th, 15th and 16th: one run, two missed");
        assertEquals(Instant.parse("2026-01-13T03:15:01Z"), r.lastRunAt());
        assertTrue(notes.get(0).contains("missed 2 runs"), notes.toString());
        assertEquals(List.of("create 940 db-20260116-031500", "list 940", "delete 1"), provider.calls);
        LocalSchedule after = store.find("ls-0001").orElseThrow();
        assertEquals(clock.instant(), after.lastRunAt());
        assertEquals("ok: snapshot 100, deleted 1", after.lastResult());
    }

    @Test
    void onlyIfDueSkipsWhenAnotherRunJustRecordedTheSlot() {
        assertFalse(runner().run("ls-0001", true).result().skipped());
        clock.advance(Duration.ofSeconds(30));
        RunResult second = runner().run("ls-0001", true).result();
        assertTrue(second.skipped());
        assertTrue(second.ok());
        assertEquals(1, provider.calls.stream().filter(c -> c.startsWith("create")).count());
    }

    @Test
    void aFailureIsReportedAndRecorded() {
        provider.failCreate = true;
        ScheduleRunner.Outcome o = runner().run("ls-0001", false);
        assertEquals(ExitCode.REJECTED, o.exitCode());
        assertFalse(o.result().ok());
        assertNull(o.result().snapshot());
        assertEquals(5, o.result().error().exitCode());
        assertEquals("failed: limit reached", store.find("ls-0001").orElseThrow().lastResult());
    }

    @Test
    void lockHeldByAnotherChannelIsANoOpSuccess() throws IOException {
        Path lockFile = ScheduleRunner.lockFile(dir.resolve("locks"), "ls-0001");
        Files.createDirectories(lockFile.getParent());
        try (FileChannel other = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = other.lock()) {
            ScheduleRunner.Outcome o = runner().run("ls-0001", false);
            assertEquals(ExitCode.OK, o.exitCode());
            assertTrue(o.result().skipped());
            assertTrue(o.result().ok());
            assertEquals(List.of(), provider.calls, "nothing sent");
            assertEquals(List.of("schedule ls-0001 is already running in another process; skipped"), notes);
        }
        assertFalse(runner().run("ls-0001", false).result().skipped(), "released: the next run proceeds");
    }

    @Test
    void runLockIsExclusiveUntilClosed() {
        Path locks = dir.resolve("locks");
        Optional<dev.vpsnap.ops.FileLock> first = dev.vpsnap.ops.FileLock.tryAcquire(ScheduleRunner.lockFile(locks, "ls-0002"));
        assertTrue(first.isPresent());
        assertTrue(dev.vpsnap.ops.FileLock.tryAcquire(ScheduleRunner.lockFile(locks, "ls-0002")).isEmpty(), "second channel finds it held");
        Optional<dev.vpsnap.ops.FileLock> other = dev.vpsnap.ops.FileLock.tryAcquire(ScheduleRunner.lockFile(locks, "ls-0003"));
        assertTrue(other.isPresent(), "locks are per schedule");
        other.get().close();
        first.get().close();
        Optional<dev.vpsnap.ops.FileLock> again = dev.vpsnap.ops.FileLock.tryAcquire(ScheduleRunner.lockFile(locks, "ls-0002"));
        assertTrue(again.isPresent());
        again.get().close();
    }
}
