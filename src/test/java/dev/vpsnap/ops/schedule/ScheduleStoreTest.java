package dev.vpsnap.ops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleStoreTest {
    @TempDir
    Path dir;

    static LocalSchedule sample(String id) {
        return new LocalSchedule(id, "web", "vpsorg", "940", "weekly", 15, 3, 1, null, "Europe/Berlin", 4,
                "nightly", Instant.parse("2026-01-15T12:00:00Z"), null, null);
    }

    private ScheduleStore store() {
        return new ScheduleStore(dir.resolve("config/vpsnap/schedules.json"), dir.resolve("state/locks/schedules.lock"));
    }

    @Test
    void missingFileIsEmpty() {
        assertEquals(List.of(), store().all());
    }

    @Test
    void roundTripOwnerOnly() throws Exception {
        ScheduleStore s = store();
        s.update(list -> {
            list.add(sample("ls-0001"));
            list.add(sample("ls-0002"));
            return list;
        });
        assertEquals(List.of(sample("ls-0001"), sample("ls-0002")), new ScheduleStore(s.file(), dir.resolve("other.lock")).all());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(s.file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(s.file().getParent())));
        try (var leftovers = Files.list(s.file().getParent())) {
            assertEquals(List.of(s.file()), leftovers.toList(), "no temp files left behind");
        }
        Instant ran = Instant.parse("2026-01-16T03:15:02Z");
        s.recordRun("ls-0002", ran, "ok: snapshot 7");
        assertEquals(sample("ls-0002").withRun(ran, "ok: snapshot 7"), s.find("ls-0002").orElseThrow());
        assertEquals(sample("ls-0001"), s.find("ls-0001").orElseThrow());
        String json = Files.readString(s.file());
        assertTrue(json.contains("\"lastRunAt\" : \"2026-01-16T03:15:02Z\""), json);
        assertTrue(json.contains("\"profile\" : \"web\""), json);
    }

    @Test
    void recordingARunOfADeletedScheduleDoesNotBringItBack() {
        ScheduleStore s = store();
        s.update(list -> {
            list.add(sample("ls-0001"));
            return list;
        });
        s.update(list -> {
            list.clear();
            return list;
        });
        s.recordRun("ls-0001", Instant.EPOCH, "ok");
        assertEquals(List.of(), s.all());
    }

    @Test
    void aBrokenFileIsAUsageErrorNamingIt() throws Exception {
        ScheduleStore s = store();
        Files.createDirectories(s.file().getParent());
        Files.writeString(s.file(), "{not json");
        VpsnapException e = assertThrows(VpsnapException.class, s::all);
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains(s.file().toString()), e.getMessage());
    }
}
