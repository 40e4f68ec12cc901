package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HivelocityIsoApiTest extends EmulatorTestBase {

    private EmuClient c() { return client("hivelocity"); }

    private long device(int index) throws Exception {
        return c().get("/vps/").json().get(index).get("deviceId").asLong();
    }

    private String result(JsonNode task) throws Exception {
        return c().get("/network/status/" + task.get("taskId").asText()).json().get("result").asText();
    }

    private JsonNode newIso(String name) throws Exception {
        EmuClient.Res r = c().post("/vps/iso", EmuClient.body("name", name, "description", "installer",
                "url", "https://example.com/" + name + ".iso", "bootable", true, "facilityCode", "TPA1"));
        assertEquals(200, r.status());
        return r.json();
    }

    @Test
    void aReadyDemoIsoPerFacility() throws Exception {
        JsonNode all = c().get("/vps/iso").json();
        assertEquals(1, all.size());
        JsonNode iso = all.get(0);
        assertTrue(iso.get("ready").asBoolean());
        assertEquals("TPA1", iso.get("facilityCode").asText());
        assertTrue(iso.get("size").asLong() > 0);
        assertTrue(iso.get("deviceIds").isArray());
        assertEquals(1, c().get("/vps/iso?facilityCode=TPA1").json().size());
        assertEquals(0, c().get("/vps/iso?facilityCode=LAX3").json().size());
        assertEquals(iso.get("isoId"), c().get("/vps/iso/" + iso.get("isoId").asText()).json().get("isoId"));
        assertEquals(404, c().get("/vps/iso/nope").status());
    }

    @Test
    void createAnswersTheIsoDownloadingUntilTheDelayHasPassed() throws Exception {
        JsonNode iso = newIso("rescue");
        assertTrue(iso.get("isoId").isTextual());
        assertFalse(iso.get("ready").asBoolean());
        assertEquals("Downloading", iso.get("status").asText());
        assertTrue(iso.get("bootable").asBoolean());
        assertEquals(0, iso.get("deviceIds").size());
        String id = iso.get("isoId").asText();

        long deviceId = device(0);
        EmuClient.Res early = c().post("/vps/" + deviceId + "/attachiso", EmuClient.body("isoId", id));
        assertEquals(400, early.status());
        assertTrue(early.json().get("message").asText().contains("not ready"));

        clock.advanceSeconds(3);
        JsonNode ready = c().get("/vps/iso/" + id).json();
        assertTrue(ready.get("ready").asBoolean());
        assertEquals("Ready", ready.get("status").asText());
        assertTrue(ready.get("size").asLong() > 0);
    }

    @Test
    void createValidation() throws Exception {
        EmuClient.Res noBootable = c().post("/vps/iso", EmuClient.body("name", "x", "description", "d",
                "url", "https://example.com/x.iso", "facilityCode", "TPA1"));
        assertEquals(400, noBootable.status());
        assertEquals("'bootable' is a required property", noBootable.json().get("errors").get("bootable").asText());
        EmuClient.Res stringBootable = c().post("/vps/iso", EmuClient.body("name", "x", "description", "d",
                "url", "https://example.com/x.iso", "bootable", "True", "facilityCode", "TPA1"));
        assertEquals(400, stringBootable.status());
        assertTrue(stringBootable.json().get("errors").get("bootable").asText().contains("'boolean'"));
        EmuClient.Res badUrl = c().post("/vps/iso", EmuClient.body("name", "x", "description", "d",
                "url", "ftp://example.com/x.iso", "bootable", false, "facilityCode", "TPA1"));
        assertEquals(400, badUrl.status());
        assertTrue(badUrl.json().get("message").asText().contains("URL"));
    }

    @Test
    void attachDetachAndDeleteAreTasksReflectedOnTheVpsAndTheIso() throws Exception {
        String id = newIso("installer").get("isoId").asText();
        clock.advanceSeconds(3);
        long deviceId = device(1);

        EmuClient.Res noIso = c().post("/vps/" + deviceId + "/attachiso", EmuClient.body());
        assertEquals(400, noIso.status());
        assertEquals("'isoId' is a required property", noIso.json().get("errors").get("isoId").asText());
        assertEquals(404, c().post("/vps/" + deviceId + "/attachiso", EmuClient.body("isoId", "nope")).status());
        assertEquals(404, c().post("/vps/1/attachiso", EmuClient.body("isoId", id)).status());
        assertEquals(400, c().post("/vps/" + deviceId + "/detachiso", null).status()); // nothing attached

        EmuClient.Res attach = c().post("/vps/" + deviceId + "/attachiso", EmuClient.body("isoId", id));
        assertEquals(201, attach.status());
        assertEquals(deviceId, attach.json().get("deviceId").asLong());
        assertFalse(c().get("/vps/" + deviceId).json().has("isoId"));
        assertEquals(400, c().post("/vps/" + deviceId + "/attachiso", EmuClient.body("isoId", id)).status()); // in progress
        clock.advanceSeconds(3);
        assertEquals("Success", result(attach.json()));
        assertEquals(id, c().get("/vps/" + deviceId).json().get("isoId").asText());
        assertEquals(deviceId, c().get("/vps/iso/" + id).json().get("deviceIds").get(0).asLong());
        String demo = c().get("/vps/iso").json().get(0).get("isoId").asText();
        assertEquals(400, c().post("/vps/" + deviceId + "/attachiso", EmuClient.body("isoId", demo)).status()); // one per VPS
        EmuClient.Res attachedDelete = c().delete("/vps/iso/" + id);
        assertEquals(400, attachedDelete.status());
        assertTrue(attachedDelete.json().get("message").asText().contains("detach"));

        EmuClient.Res detach = c().post("/vps/" + deviceId + "/detachiso", null);
        assertEquals(201, detach.status());
        clock.advanceSeconds(3);
        assertEquals("Success", result(detach.json()));
        assertFalse(c().get("/vps/" + deviceId).json().has("isoId"));
        assertEquals(0, c().get("/vps/iso/" + id).json().get("deviceIds").size());

        EmuClient.Res del = c().delete("/vps/iso/" + id);
        assertEquals(201, del.status());
        assertFalse(del.json().has("deviceId"), "an ISO delete targets no device");
        assertEquals(200, c().get("/vps/iso/" + id).status());
        clock.advanceSeconds(3);
        assertEquals("Success", result(del.json()));
        assertEquals(404, c().get("/vps/iso/" + id).status());
    }
}
