package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HivelocityScheduleApiTest extends EmulatorTestBase {

    private EmuClient c() { return client("hivelocity"); }

    private long device(int index) throws Exception {
        return c().get("/vps/").json().get(index).get("deviceId").asLong();
    }

    private String rootVolume(long deviceId) throws Exception {
        return c().get("/vps/volume?deviceId=" + deviceId).json().get(0).get("volumeId").asText();
    }

    /** A valid DAILY body for the volume, with the given fields replaced (a null value removes the field). */
    private Map<String, Object> body(String volumeId, Object... overrides) {
        Map<String, Object> b = EmuClient.body("volumeId", volumeId, "facilityCode", "TPA1", "intervalType", "DAILY",
                "hour", 3, "minute", 30, "maxSnapshots", 7, "timezone", "America/New_York");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) b.remove((String) overrides[i]);
            else b.put((String) overrides[i], overrides[i + 1]);
        }
        return b;
    }

    @Test
    void createGetListDelete() throws Exception {
        long deviceId = device(0);
        String volumeId = rootVolume(deviceId);
        EmuClient.Res created = c().post("/vps/snapshotSchedule", body(volumeId));
        assertEquals(200, created.status());
        JsonNode s = created.json();
        assertTrue(s.get("snapshotScheduleId").isTextual());
        assertEquals(volumeId, s.get("volumeId").asText());
        assertEquals("DAILY", s.get("intervalType").asText());
        assertEquals(3, s.get("hour").asInt());
        assertEquals(30, s.get("minute").asInt());
        assertEquals(7, s.get("maxSnapshots").asInt());
        assertEquals("America/New_York", s.get("timezone").asText());
        assertFalse(s.has("day") || s.has("weekday"), "day/weekday only where they apply");
        String id = s.get("snapshotScheduleId").asText();

        JsonNode weekly = c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "WEEKLY", "weekday", 1)).json();
        assertEquals(1, weekly.get("weekday").asInt());
        assertFalse(weekly.has("day"));
        JsonNode monthly = c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "MONTHLY", "day", 28)).json();
        assertEquals(28, monthly.get("day").asInt());

        assertEquals(id, c().get("/vps/snapshotSchedule/" + id).json().get("snapshotScheduleId").asText());
        assertEquals(3, c().get("/vps/snapshotSchedule?deviceId=" + deviceId).json().size());
        assertEquals(0, c().get("/vps/snapshotSchedule?deviceId=" + device(1)).json().size());
        assertEquals(3, c().get("/vps/snapshotSchedule?facilityCode=TPA1").json().size());
        assertEquals(3, c().get("/vps/snapshotSchedule").json().size());

        EmuClient.Res del = c().delete("/vps/snapshotSchedule/" + id);
        assertEquals(204, del.status());
        assertNull(del.json());
        assertEquals("", del.raw().body());
        assertEquals(404, c().get("/vps/snapshotSchedule/" + id).status());
        assertEquals(404, c().delete("/vps/snapshotSchedule/" + id).status());
        assertEquals(2, c().get("/vps/snapshotSchedule").json().size());
    }

    @Test
    void missingOrMistypedFieldsAreFlaskRestxModelErrors() throws Exception {
        String volumeId = rootVolume(device(0));
        EmuClient.Res noTz = c().post("/vps/snapshotSchedule", body(volumeId, "timezone", null));
        assertEquals(400, noTz.status());
        assertEquals("Input payload validation failed", noTz.json().get("message").asText());
        assertEquals("'timezone' is a required property", noTz.json().get("errors").get("timezone").asText());
        EmuClient.Res typed = c().post("/vps/snapshotSchedule", body(volumeId, "minute", "30"));
        assertEquals(400, typed.status());
        assertTrue(typed.json().get("errors").has("minute"));
        EmuClient.Res none = c().post("/vps/snapshotSchedule", EmuClient.body());
        assertEquals(7, none.json().get("errors").size());
    }

    @Test
    void rulesFromTheDescriptionsAreMessageErrors() throws Exception {
        String volumeId = rootVolume(device(0));
        Object[][] bad = {
                {"minute", 60}, {"minute", -1}, {"hour", 24}, {"intervalType", "NOPE"}, {"intervalType", "daily"},
                {"weekday", 1}, {"day", 1}, {"timezone", "Mars/Olympus_Mons"}, {"timezone", "+02:00"}, {"maxSnapshots", 0},
        };
        for (Object[] b : bad) {
            EmuClient.Res r = c().post("/vps/snapshotSchedule", body(volumeId, b[0], b[1]));
            assertEquals(400, r.status(), b[0] + "=" + b[1]);
            assertTrue(r.json().get("message").asText().length() > 10, r.json().toString());
            assertFalse(r.json().has("errors"), b[0] + "=" + b[1]);
        }
        assertEquals(400, c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "WEEKLY")).status());
        assertEquals(400, c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "WEEKLY", "weekday", 8)).status());
        assertEquals(400, c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "WEEKLY", "weekday", 0)).status());
        assertEquals(400, c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "MONTHLY")).status());
        assertEquals(400, c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "MONTHLY", "day", 29)).status());
        assertEquals(400, c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "MONTHLY", "day", 0)).status());
        assertEquals(200, c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "HOURLY", "hour", 0, "minute", 59,
                "timezone", "UTC")).status());
        assertEquals(404, c().post("/vps/snapshotSchedule", body("nope")).status());
        assertEquals(404, c().post("/vps/snapshotSchedule", body(volumeId, "facilityCode", "LAX3")).status());
        assertEquals(1, c().get("/vps/snapshotSchedule").json().size());
    }

    @Test
    void aScheduleTakesSnapshotsAtItsTimesAndKeepsMaxSnapshots() throws Exception {
        long deviceId = device(2); // worker-01: no demo snapshots
        String volumeId = rootVolume(deviceId);
        // the clock starts at 12:00 UTC; hourly at minute 5, keep 2
        String id = c().post("/vps/snapshotSchedule", body(volumeId, "intervalType", "HOURLY", "minute", 5, "maxSnapshots", 2,
                "timezone", "Europe/Berlin")).json().get("snapshotScheduleId").asText();
        clock.advance(Duration.ofMinutes(4));
        assertEquals(0, c().get("/vps/snapshot?deviceId=" + deviceId).json().size());
        clock.advance(Duration.ofMinutes(2)); // 12:06
        JsonNode snaps = c().get("/vps/snapshot?deviceId=" + deviceId).json();
        assertEquals(1, snaps.size());
        assertEquals("HOURLY", snaps.get(0).get("snapshotType").asText());
        assertEquals("2026-03-01T12:05:00Z", snaps.get(0).get("createdAt").asText());
        assertEquals("Completed", snaps.get(0).get("state").asText());

        clock.advance(Duration.ofHours(1)); // 13:06
        assertEquals(2, c().get("/vps/snapshot?deviceId=" + deviceId).json().size());
        clock.advance(Duration.ofHours(1)); // 14:06: third run, the oldest is pruned
        snaps = c().get("/vps/snapshot?deviceId=" + deviceId).json();
        assertEquals(2, snaps.size());
        assertEquals("2026-03-01T13:05:00Z", snaps.get(0).get("createdAt").asText());
        assertEquals("2026-03-01T14:05:00Z", snaps.get(1).get("createdAt").asText());

        clock.advance(Duration.ofHours(10)); // missed runs: only the latest is taken
        snaps = c().get("/vps/snapshot?deviceId=" + deviceId).json();
        assertEquals(2, snaps.size());
        assertEquals("2026-03-02T00:05:00Z", snaps.get(1).get("createdAt").asText());

        // a manual snapshot of the same volume is never pruned by the schedule
        String manual = c().post("/vps/snapshot", EmuClient.body("volumeId", volumeId, "name", "manual", "facilityCode", "TPA1"))
                .json().get("taskId").asText();
        clock.advanceSeconds(3);
        assertEquals("Success", c().get("/network/status/" + manual).json().get("result").asText());
        clock.advance(Duration.ofHours(1));
        snaps = c().get("/vps/snapshot?deviceId=" + deviceId).json();
        assertEquals(3, snaps.size());
        assertEquals(204, c().delete("/vps/snapshotSchedule/" + id).status());
        clock.advance(Duration.ofHours(3));
        assertEquals(3, c().get("/vps/snapshot?deviceId=" + deviceId).json().size());
    }

    @Test
    void weeklyAndMonthlyFireTimesFollowTheTimezone() {
        HivelocityState.Schedule s = new HivelocityState.Schedule();
        s.intervalType = "WEEKLY";
        s.weekday = 1;
        s.hour = 2;
        s.minute = 0;
        java.time.ZonedDateTime sunday = java.time.ZonedDateTime.parse("2026-03-01T12:00:00-05:00[America/New_York]");
        assertEquals("2026-03-02T02:00-05:00[America/New_York]", HivelocitySchedules.nextFire(s, sunday).toString());
        s.intervalType = "MONTHLY";
        s.weekday = null;
        s.day = 1;
        assertEquals("2026-04-01T02:00-04:00[America/New_York]", HivelocitySchedules.nextFire(s, sunday).toString());
        s.intervalType = "DAILY";
        assertEquals("2026-03-02T02:00-05:00[America/New_York]", HivelocitySchedules.nextFire(s, sunday).toString());
    }
}
