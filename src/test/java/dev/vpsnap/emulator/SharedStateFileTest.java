package dev.vpsnap.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 point 11: concurrent sandbox commands (each its own emulator over the one state file) must not lose each
 * other's updates. Two emulators share a file, as two {@code vpsnap --sandbox} processes do; every snapshot either of
 * them reported created must exist afterwards, with distinct ids.
 */
class SharedStateFileTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();

    private EmulatorConfig cfg(Path stateFile) {
        return EmulatorConfig.defaults().withClock(clock).withAsyncDelay(Duration.ofSeconds(3)).withStateFile(stateFile)
                .withDemoServers(8);
    }

    @Test
    void twoEmulatorsOnOneStateFileLoseNoUpdate() throws Exception {
        Path file = dir.resolve("state.json");
        List<Long> servers = new ArrayList<>();
        try (Emulator seed = Emulator.start(cfg(file))) {
            new EmuClient(seed, "vpsorg").get("/servers/").json().get("results").forEach(s -> servers.add(s.get("id").asLong()));
        }
        List<Long> created = new ArrayList<>();
        try (Emulator a = Emulator.start(cfg(file)); Emulator b = Emulator.start(cfg(file))) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<Long>>> work = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Emulator emu = w % 2 == 0 ? a : b;
                List<Long> mine = servers.subList(w * 2, w * 2 + 2);
                Callable<List<Long>> job = () -> {
                    EmuClient c = new EmuClient(emu, "vpsorg");
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        EmuClient.Res r = c.post("/snapshots/", EmuClient.body("server_id", mine.get(i % 2), "name", "c" + i));
                        assertEquals(201, r.status(), () -> r.raw().body());
                        ids.add(r.json().get("id").asLong());
                    }
                    return ids;
                };
                work.add(pool.submit(job));
            }
            for (Future<List<Long>> f : work) {
                created.addAll(f.get());
            }
            pool.shutdown();
        }
        assertEquals(16, new HashSet<>(created).size(), "every create got its own id: " + created);
        try (Emulator after = Emulator.start(cfg(file))) {
            Set<Long> listed = new HashSet<>();
            JsonNode list = new EmuClient(after, "vpsorg").get("/snapshots/?page_size=100").json();
            list.get("results").forEach(s -> listed.add(s.get("id").asLong()));
            assertTrue(listed.containsAll(created), "reported " + created + ", stored " + listed);
        }
    }
}
