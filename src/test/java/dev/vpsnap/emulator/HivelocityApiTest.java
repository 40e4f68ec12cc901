package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HivelocityApiTest extends EmulatorTestBase {

    @Test
    void wrongOrMissingKeyIs403WithMessage() throws Exception {
        EmuClient.Res missing = client("hivelocity").withCredential(null).get("/vps/");
        assertEquals(403, missing.status());
        assertTrue(missing.json().get("message").asText().contains("not been granted permission"));
        assertEquals(403, client("hivelocity").withCredential("nope").get("/vps/snapshot").status());
    }

    @Test
    void listsDevicesAndRootVolumesInBytes() throws Exception {
        EmuClient c = client("hivelocity");
        EmuClient.Res vps = c.get("/vps/");
        assertEquals(200, vps.status());
        assertEquals(3, vps.json().size());
        JsonNode first = vps.json().get(0);
        assertEquals("TPA1", first.get("facilityCode").asText());
        assertTrue(first.get("deviceId").isInt());
        long deviceId = first.get("deviceId").asLong();
        assertEquals(deviceId, c.get("/vps/" + deviceId).json().get("deviceId").asLong());

        JsonNode vols = c.get("/vps/volume?deviceId=" + deviceId).json();
        assertEquals(1, vols.size());
        assertEquals("ROOT", vols.get(0).get("type").asText());
        assertEquals(50L * 1024 * 1024 * 1024, vols.get(0).get("size").asLong());
        String volumeId = vols.get(0).get("volumeId").asText();
        assertEquals(volumeId, c.get("/vps/volume/" + volumeId).json().get("volumeId").asText());
        assertEquals(404, c.get("/vps/volume/nope").status());
        assertEquals(404, c.get("/vps/999999999").status());
    }

    @Test
    void snapshotLifecycleCreatePollListRestoreDelete() throws Exception {
        EmuClient c = client("hivelocity");
        long deviceId = c.get("/vps/").json().get(2).get("deviceId").asLong(); // worker-01 has no snapshot
        String volumeId = c.get("/vps/volume?deviceId=" + deviceId).json().get(0).get("volumeId").asText();
        assertEquals(0, c.get("/vps/snapshot?deviceId=" + deviceId).json().size());

        EmuClient.Res created = c.post("/vps/snapshot", EmuClient.body("volumeId", volumeId, "name", "nightly", "facilityCode", "TPA1"));
        assertEquals(201, created.status());
        String taskId = created.json().get("taskId").asText();
        assertEquals("Pending", created.json().get("result").asText());
        assertEquals(deviceId, created.json().get("deviceId").asLong());
        assertTrue(created.json().get("taskCreated").isObject());
        assertTrue(created.json().get("metaData").isTextual());

        JsonNode snap = c.get("/vps/snapshot?deviceId=" + deviceId).json().get(0);
        assertEquals("Scheduled", snap.get("state").asText());
        assertEquals("nightly", snap.get("name").asText());
        assertTrue(snap.get("snapshotId").isTextual());
        String snapshotId = snap.get("snapshotId").asText();

        clock.advanceSeconds(1.5);
        assertEquals("Started", c.get("/vps/snapshot/" + snapshotId).json().get("state").asText());
        assertEquals("Pending", c.get("/network/status/" + taskId).json().get("result").asText());

        clock.advanceSeconds(2);
        assertEquals("Success", c.get("/network/status/" + taskId).json().get("result").asText());
        JsonNode done = c.get("/vps/snapshot/" + snapshotId).json();
        assertEquals("Completed", done.get("state").asText());
        assertTrue(done.get("size").asLong() > 0);

        EmuClient.Res badRestore = c.post("/vps/snapshot/" + snapshotId, EmuClient.body());
        assertEquals(400, badRestore.status());
        assertEquals("'facilityCode' is a required property", badRestore.json().get("errors").get("facilityCode").asText());
        EmuClient.Res restore = c.post("/vps/snapshot/" + snapshotId, EmuClient.body("facilityCode", "TPA1"));
        assertEquals(201, restore.status());
        // by device id, the poll endpoint returns the device's latest task
        assertEquals(restore.json().get("taskId").asText(), c.get("/network/status/" + deviceId).json().get("taskId").asText());
        clock.advanceSeconds(3);
        assertEquals("Success", c.get("/network/status/" + restore.json().get("taskId").asText()).json().get("result").asText());

        EmuClient.Res del = c.delete("/vps/snapshot/" + snapshotId);
        assertEquals(201, del.status());
        assertEquals(200, c.get("/vps/snapshot/" + snapshotId).status()); // still there while the task runs
        clock.advanceSeconds(3);
        assertEquals("Success", c.get("/network/status/" + del.json().get("taskId").asText()).json().get("result").asText());
        EmuClient.Res gone = c.get("/vps/snapshot/" + snapshotId);
        assertEquals(404, gone.status());
        assertNotNull(gone.json().get("message"));
        assertEquals(404, c.delete("/vps/snapshot/" + snapshotId).status());
    }

    @Test
    void createValidatesPayloadFlaskRestxStyle() throws Exception {
        EmuClient c = client("hivelocity");
        EmuClient.Res r = c.post("/vps/snapshot", EmuClient.body("volumeId", "x", "facilityCode", "TPA1"));
        assertEquals(400, r.status());
        assertEquals("Input payload validation failed", r.json().get("message").asText());
        assertEquals("'name' is a required property", r.json().get("errors").get("name").asText());

        EmuClient.Res typed = c.post("/vps/snapshot", EmuClient.body("volumeId", 5, "name", "n", "facilityCode", "TPA1"));
        assertEquals(400, typed.status());
        assertEquals("5 is not of type 'string'", typed.json().get("errors").get("volumeId").asText());

        EmuClient.Res unknown = c.post("/vps/snapshot", EmuClient.body("volumeId", "nope", "name", "n", "facilityCode", "TPA1"));
        assertEquals(404, unknown.status());

        assertEquals(400, c.get("/vps/snapshot?deviceId=abc").status());
        assertEquals(400, c.send("POST", "/vps/snapshot", "{not json", "application/json").status());
    }

    @Test
    void inProgressSnapshotCannotBeRestoredOrDeletedAndBlocksAnotherOfTheSameVolume() throws Exception {
        EmuClient c = client("hivelocity");
        long deviceId = c.get("/vps/").json().get(2).get("deviceId").asLong();
        String volumeId = c.get("/vps/volume?deviceId=" + deviceId).json().get(0).get("volumeId").asText();
        assertEquals(201, c.post("/vps/snapshot", EmuClient.body("volumeId", volumeId, "name", "a", "facilityCode", "TPA1")).status());
        String snapshotId = c.get("/vps/snapshot?deviceId=" + deviceId).json().get(0).get("snapshotId").asText();
        assertEquals(400, c.post("/vps/snapshot", EmuClient.body("volumeId", volumeId, "name", "b", "facilityCode", "TPA1")).status());
        assertEquals(400, c.post("/vps/snapshot/" + snapshotId, EmuClient.body("facilityCode", "TPA1")).status());
        assertEquals(400, c.delete("/vps/snapshot/" + snapshotId).status());
    }

    @Test
    void unknownPathAndWrongMethod() throws Exception {
        EmuClient c = client("hivelocity");
        EmuClient.Res nf = c.get("/nothing/here");
        assertEquals(404, nf.status());
        assertTrue(nf.json().get("message").asText().contains("not found"));
        EmuClient.Res na = c.send("PATCH", "/vps/snapshot", "{}", "application/json");
        assertEquals(405, na.status());
        assertNotNull(na.header("Allow"));
    }

    @Test
    void demoSnapshotsExistAndAreCompleted() throws Exception {
        JsonNode all = client("hivelocity").get("/vps/snapshot").json();
        assertEquals(2, all.size());
        for (JsonNode s : all) assertEquals("Completed", s.get("state").asText());
    }
}
