package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HivelocityVolumeApiTest extends EmulatorTestBase {
    private static final long GIB = 1024L * 1024 * 1024;

    private EmuClient c() { return client("hivelocity"); }

    private long device(int index) throws Exception {
        return c().get("/vps/").json().get(index).get("deviceId").asLong();
    }

    private String rootVolume(long deviceId) throws Exception {
        return c().get("/vps/volume?deviceId=" + deviceId).json().get(0).get("volumeId").asText();
    }

    private String result(JsonNode task) throws Exception {
        return c().get("/network/status/" + task.get("taskId").asText()).json().get("result").asText();
    }

    /** Creates a 100 GiB DATADISK on the device and waits for the task; returns its id. */
    private String dataDisk(long deviceId) throws Exception {
        JsonNode task = c().post("/vps/volume", EmuClient.body("deviceId", deviceId, "size", 100)).json();
        clock.advanceSeconds(3);
        assertEquals("Success", result(task));
        return EmuClient.JSON.readTree(task.get("metaData").asText()).get("volumeId").asText();
    }

    private static List<Integer> sizes(JsonNode products) {
        List<Integer> out = new ArrayList<>();
        products.get("volumeProducts").forEach(p -> {
            assertTrue(p.get("monthlyPrice").isNumber());
            out.add(p.get("size").asInt());
        });
        return out;
    }

    @Test
    void availableSizesForNewVolumesAndUpgradesOfAVolume() throws Exception {
        EmuClient.Res all = c().get("/vps/available-volume-sizes");
        assertEquals(200, all.status());
        assertEquals(List.of(50, 100, 200, 500), sizes(all.json()));
        assertEquals(10.0, all.json().get("volumeProducts").get(1).get("monthlyPrice").asDouble());
        String root = rootVolume(device(0)); // 50 GiB
        assertEquals(List.of(100, 200, 500), sizes(c().get("/vps/volume/" + root + "/available-sizes").json()));
        assertEquals(404, c().get("/vps/volume/nope/available-sizes").status());
    }

    @Test
    void createIsATaskAndTheNewDataDiskAppearsWhenItCompletes() throws Exception {
        long deviceId = device(2);
        EmuClient.Res created = c().post("/vps/volume", EmuClient.body("deviceId", deviceId, "size", 200));
        assertEquals(201, created.status());
        assertEquals("Pending", created.json().get("result").asText());
        assertEquals(deviceId, created.json().get("deviceId").asLong());
        JsonNode meta = EmuClient.JSON.readTree(created.json().get("metaData").asText());
        String volumeId = meta.get("volumeId").asText();
        assertEquals(200, meta.get("size").asInt());
        assertEquals(404, c().get("/vps/volume/" + volumeId).status());
        assertEquals(1, c().get("/vps/volume?deviceId=" + deviceId).json().size());

        clock.advanceSeconds(3);
        assertEquals("Success", result(created.json()));
        JsonNode vol = c().get("/vps/volume/" + volumeId).json();
        assertEquals("DATADISK", vol.get("type").asText());
        assertEquals(200 * GIB, vol.get("size").asLong());
        assertEquals(deviceId, vol.get("deviceId").asLong());
        assertEquals("TPA1", vol.get("facilityCode").asText());
        assertTrue(vol.get("createdAt").isTextual());
        assertEquals(2, c().get("/vps/volume?deviceId=" + deviceId).json().size());
    }

    @Test
    void createValidation() throws Exception {
        EmuClient.Res missing = c().post("/vps/volume", EmuClient.body("deviceId", device(0)));
        assertEquals(400, missing.status());
        assertEquals("Input payload validation failed", missing.json().get("message").asText());
        assertEquals("'size' is a required property", missing.json().get("errors").get("size").asText());
        EmuClient.Res typed = c().post("/vps/volume", EmuClient.body("deviceId", device(0), "size", "big"));
        assertEquals(400, typed.status());
        assertTrue(typed.json().get("errors").get("size").asText().contains("is not of type 'integer'"));
        EmuClient.Res odd = c().post("/vps/volume", EmuClient.body("deviceId", device(0), "size", 75));
        assertEquals(400, odd.status());
        assertTrue(odd.json().get("message").asText().contains("50, 100, 200, 500"), odd.json().toString());
        assertFalse(odd.json().has("errors"));
        assertEquals(404, c().post("/vps/volume", EmuClient.body("deviceId", 1, "size", 50)).status());
    }

    @Test
    void resizeGrowsOnlyAndAppliesWhenTheTaskCompletes() throws Exception {
        long deviceId = device(1);
        String root = rootVolume(deviceId); // 100 GiB
        EmuClient.Res smaller = c().send("PUT", "/vps/volume/" + root, EmuClient.body("size", 50));
        assertEquals(400, smaller.status());
        assertTrue(smaller.json().get("message").asText().contains("only grow"), smaller.json().toString());
        assertEquals(400, c().send("PUT", "/vps/volume/" + root, EmuClient.body("size", 100)).status());
        assertEquals(400, c().send("PUT", "/vps/volume/" + root, EmuClient.body("size", 150)).status());
        EmuClient.Res noSize = c().send("PUT", "/vps/volume/" + root, EmuClient.body("deviceId", deviceId));
        assertEquals("'size' is a required property", noSize.json().get("errors").get("size").asText());
        assertEquals(400, c().send("PUT", "/vps/volume/" + root, EmuClient.body("size", 200, "deviceId", device(0))).status());

        EmuClient.Res grow = c().send("PUT", "/vps/volume/" + root, EmuClient.body("size", 200, "deviceId", deviceId));
        assertEquals(201, grow.status());
        assertEquals(400, c().send("PUT", "/vps/volume/" + root, EmuClient.body("size", 500)).status()); // task running
        assertEquals(100 * GIB, c().get("/vps/volume/" + root).json().get("size").asLong());
        clock.advanceSeconds(3);
        assertEquals("Success", result(grow.json()));
        assertEquals(200 * GIB, c().get("/vps/volume/" + root).json().get("size").asLong());
        assertEquals(List.of(500), sizes(c().get("/vps/volume/" + root + "/available-sizes").json()));
    }

    @Test
    void detachAndAttachMoveADataDiskBetweenDevices() throws Exception {
        long a = device(0);
        long b = device(2);
        String vol = dataDisk(a);
        assertEquals(400, c().post("/vps/" + b + "/volume/" + vol + "/detach", null).status()); // not attached there
        assertEquals(400, c().post("/vps/" + b + "/volume/" + vol + "/attach", null).status()); // attached elsewhere
        assertEquals(400, c().post("/vps/" + a + "/volume/" + rootVolume(a) + "/detach", null).status()); // ROOT

        EmuClient.Res detach = c().post("/vps/" + a + "/volume/" + vol + "/detach", null);
        assertEquals(201, detach.status());
        assertEquals(a, detach.json().get("deviceId").asLong());
        assertEquals(a, c().get("/vps/volume/" + vol).json().get("deviceId").asLong()); // until the task completes
        clock.advanceSeconds(3);
        assertEquals("Success", result(detach.json()));
        JsonNode detached = c().get("/vps/volume/" + vol).json();
        assertFalse(detached.has("deviceId"), detached.toString());
        assertEquals(1, c().get("/vps/volume?deviceId=" + a).json().size());

        EmuClient.Res attach = c().post("/vps/" + b + "/volume/" + vol + "/attach", null);
        assertEquals(201, attach.status());
        clock.advanceSeconds(3);
        assertEquals("Success", result(attach.json()));
        assertEquals(b, c().get("/vps/volume/" + vol).json().get("deviceId").asLong());
        assertEquals(2, c().get("/vps/volume?deviceId=" + b).json().size());
        assertEquals(404, c().post("/vps/" + b + "/volume/nope/attach", null).status());
        assertEquals(404, c().post("/vps/1/volume/" + vol + "/attach", null).status());
    }

    @Test
    void deleteNeedsABodyRefusesRootAndRemovesTheVolumeWhenTheTaskCompletes() throws Exception {
        long deviceId = device(0);
        String vol = dataDisk(deviceId);
        EmuClient.Res noBody = c().delete("/vps/volume/" + vol);
        assertEquals(400, noBody.status());
        assertEquals("Input payload validation failed", noBody.json().get("message").asText());
        assertEquals(400, c().send("DELETE", "/vps/volume/" + rootVolume(deviceId), EmuClient.body()).status());
        assertEquals(400, c().send("DELETE", "/vps/volume/" + vol, EmuClient.body("deviceId", device(1))).status());

        EmuClient.Res del = c().send("DELETE", "/vps/volume/" + vol, EmuClient.body("deviceId", deviceId));
        assertEquals(201, del.status());
        assertEquals(200, c().get("/vps/volume/" + vol).status());
        clock.advanceSeconds(3);
        assertEquals("Success", result(del.json()));
        assertEquals(404, c().get("/vps/volume/" + vol).status());
        assertEquals(404, c().send("DELETE", "/vps/volume/" + vol, EmuClient.body()).status());
    }

    @Test
    void wrongMethodOnAVolumeRouteIs405() throws Exception {
        EmuClient.Res r = c().send("PATCH", "/vps/volume/x", EmuClient.body());
        assertEquals(405, r.status());
        assertTrue(r.header("Allow").contains("PUT"));
    }
}
