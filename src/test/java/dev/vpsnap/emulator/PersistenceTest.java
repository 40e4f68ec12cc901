package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersistenceTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();

    private EmulatorConfig cfg(Path stateFile) {
        return EmulatorConfig.defaults().withClock(clock).withAsyncDelay(Duration.ofSeconds(3)).withStateFile(stateFile);
    }

    @Test
    void stateSurvivesRestartIncludingPendingAsyncWork() throws Exception {
        Path file = dir.resolve("sandbox/state.json");
        long server;
        long snapshotId;
        try (Emulator first = Emulator.start(cfg(file))) {
            EmuClient c = new EmuClient(first, "vpsorg");
            server = c.get("/servers/").json().get("results").get(2).get("id").asLong();
            snapshotId = c.post("/snapshots/", EmuClient.body("server_id", server, "name", "persisted")).json().get("id").asLong();
        }
        assertTrue(Files.exists(file));
        assertFalse(Files.list(file.getParent()).anyMatch(p -> p.toString().endsWith(".tmp")), "no temp files left");

        clock.advanceSeconds(5); // time passes between the two "CLI invocations"
        try (Emulator second = Emulator.start(cfg(file))) {
            JsonNode list = new EmuClient(second, "vpsorg").get("/snapshots/?server_id=" + server).json();
            assertEquals(1, list.get("count").asInt());
            assertEquals(snapshotId, list.get("results").get(0).get("id").asLong());
            assertEquals("completed", list.get("results").get(0).get("status").asText());
            // new ids continue after the persisted ones
            long next = new EmuClient(second, "vpsorg").post("/snapshots/", EmuClient.body("server_id", server, "name", "later"))
                    .json().get("id").asLong();
            assertTrue(next > snapshotId);
        }
    }

    @Test
    void volumesIsosSchedulesAndAttachmentsSurviveARestart() throws Exception {
        Path file = dir.resolve("state.json");
        long device;
        String scheduleId;
        String isoId;
        String createTask;
        long coreVolume;
        long vm;
        try (Emulator first = Emulator.start(cfg(file))) {
            EmuClient hv = new EmuClient(first, "hivelocity");
            device = hv.get("/vps/").json().get(0).get("deviceId").asLong();
            String root = hv.get("/vps/volume?deviceId=" + device).json().get(0).get("volumeId").asText();
            createTask = hv.post("/vps/volume", EmuClient.body("deviceId", device, "size", 50)).json().get("taskId").asText();
            scheduleId = hv.post("/vps/snapshotSchedule", EmuClient.body("volumeId", root, "facilityCode", "TPA1",
                    "intervalType", "WEEKLY", "weekday", 5, "hour", 1, "minute", 0, "maxSnapshots", 4, "timezone", "UTC"))
                    .json().get("snapshotScheduleId").asText();
            isoId = hv.post("/vps/iso", EmuClient.body("name", "tools", "description", "d", "url", "https://example.com/t.iso",
                    "bootable", false, "facilityCode", "TPA1")).json().get("isoId").asText();
            EmuClient core = new EmuClient(first, "core");
            vm = core.get("/core/virtual-machines").json().get("instances").get(0).get("id").asLong();
            coreVolume = core.get("/core/volumes").json().get("volumes").get(0).get("id").asLong();
            assertEquals(200, core.post("/core/virtual-machines/" + vm + "/attach-volumes",
                    EmuClient.body("volume_ids", java.util.List.of(coreVolume), "protected", true)).status());
        }
        clock.advanceSeconds(5);
        try (Emulator second = Emulator.start(cfg(file))) {
            EmuClient hv = new EmuClient(second, "hivelocity");
            assertEquals("Success", hv.get("/network/status/" + createTask).json().get("result").asText());
            JsonNode vols = hv.get("/vps/volume?deviceId=" + device).json();
            assertEquals(2, vols.size());
            assertEquals("DATADISK", vols.get(1).get("type").asText());
            JsonNode schedule = hv.get("/vps/snapshotSchedule/" + scheduleId).json();
            assertEquals(5, schedule.get("weekday").asInt());
            assertEquals("UTC", schedule.get("timezone").asText());
            assertTrue(hv.get("/vps/iso/" + isoId).json().get("ready").asBoolean());
            JsonNode v = new EmuClient(second, "core").get("/core/volumes/" + coreVolume).json().get("volume");
            assertEquals("in-use", v.get("status").asText());
            assertEquals(vm, v.get("attachments").get(0).get("instance_id").asLong());
            assertTrue(v.get("attachments").get(0).get("protected").asBoolean());
            assertEquals("ATTACHED", v.get("attachments").get(0).get("status").asText());
        }
    }

    @Test
    void twoRunningEmulatorsSharingAFileSeeEachOthersWrites() throws Exception {
        Path file = dir.resolve("state.json");
        try (Emulator a = Emulator.start(cfg(file)); Emulator b = Emulator.start(cfg(file))) {
            EmuClient ca = new EmuClient(a, "core");
            EmuClient cb = new EmuClient(b, "core");
            long vm = ca.get("/core/virtual-machines").json().get("instances").get(1).get("id").asLong();
            assertEquals(201, ca.post("/core/virtual-machines/" + vm + "/snapshots", EmuClient.body("name", "shared", "description", "d")).status());
            assertEquals(2, cb.get("/core/snapshots").json().get("count").asInt());
            clock.advanceSeconds(3);
            assertEquals(200, cb.get("/core/snapshots?search=shared").status());
            assertEquals("SUCCESSFUL", ca.get("/core/snapshots?search=shared").json().get("snapshots").get(0).get("status").asText());
        }
    }

    @Test
    void demoDataAndIdsAreDeterministicFromTheSeed() throws Exception {
        String a;
        String b;
        String c;
        try (Emulator e = Emulator.start(EmulatorConfig.defaults().withClock(clock))) {
            a = new EmuClient(e, "hostinger").get("/api/vps/v1/virtual-machines").raw().body()
                    + new EmuClient(e, "hivelocity").get("/vps/snapshot").raw().body();
        }
        try (Emulator e = Emulator.start(EmulatorConfig.defaults().withClock(clock))) {
            b = new EmuClient(e, "hostinger").get("/api/vps/v1/virtual-machines").raw().body()
                    + new EmuClient(e, "hivelocity").get("/vps/snapshot").raw().body();
        }
        try (Emulator e = Emulator.start(EmulatorConfig.defaults().withClock(clock).withSeed(7))) {
            c = new EmuClient(e, "hostinger").get("/api/vps/v1/virtual-machines").raw().body()
                    + new EmuClient(e, "hivelocity").get("/vps/snapshot").raw().body();
        }
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void withoutDemoDataThereAreNoServers() throws Exception {
        try (Emulator e = Emulator.start(EmulatorConfig.defaults().withClock(clock).withDemoData(false))) {
            assertEquals(0, new EmuClient(e, "hivelocity").get("/vps/").json().size());
            assertEquals(0, new EmuClient(e, "vpsorg").get("/servers/").json().get("count").asInt());
        }
    }

    @Test
    void configAndApiKeyBasics() throws Exception {
        assertEquals("sandbox-hivelocity-key", Emulator.apiKey("hivelocity"));
        assertThrows(IllegalArgumentException.class, () -> Emulator.apiKey("aws"));
        assertThrows(IllegalArgumentException.class, () -> EmulatorConfig.defaults().withFailRate(2));
        try (Emulator e = Emulator.start(EmulatorConfig.defaults())) {
            assertTrue(e.port() > 0);
            assertEquals("http://127.0.0.1:" + e.port() + "/hivelocity/api/v2", e.baseUrl("hivelocity"));
            assertEquals("http://127.0.0.1:" + e.port() + "/hostinger", e.baseUrl("hostinger"));
            assertEquals("http://127.0.0.1:" + e.port() + "/vpsorg/api/v1", e.baseUrl("vpsorg"));
            assertEquals("http://127.0.0.1:" + e.port() + "/core/v1", e.baseUrl("core"));
        }
    }
}
