package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreVolumeApiTest extends EmulatorTestBase {

    private EmuClient c() { return client("core"); }

    private long vm(int index) throws Exception {
        return c().get("/core/virtual-machines").json().get("instances").get(index).get("id").asLong();
    }

    private JsonNode volume(long id) throws Exception {
        return c().get("/core/volumes/" + id).json().get("volume");
    }

    private long create(String name) throws Exception {
        EmuClient.Res r = c().post("/core/volumes", EmuClient.body("name", name, "environment_name", "default-CANADA-1",
                "volume_type", "Cloud-SSD", "size", 20, "description", "scratch"));
        assertEquals(200, r.status(), r.raw().body());
        return r.json().get("volume").get("id").asLong();
    }

    private EmuClient.Res attach(long vmId, Object body) throws Exception {
        return c().post("/core/virtual-machines/" + vmId + "/attach-volumes", body);
    }

    private EmuClient.Res detach(long vmId, long volumeId) throws Exception {
        return c().post("/core/virtual-machines/" + vmId + "/detach-volumes", EmuClient.body("volume_ids", List.of(volumeId)));
    }

    @Test
    void volumeTypes() throws Exception {
        JsonNode r = c().get("/core/volume-types").json();
        assertTrue(r.get("status").asBoolean());
        assertTrue(r.get("message").isTextual());
        assertEquals("Cloud-SSD", r.get("volume_types").get(0).asText());
    }

    @Test
    void listsTheDemoVolumePagedWithSearchAndEnvironmentFilters() throws Exception {
        JsonNode list = c().get("/core/volumes").json();
        assertTrue(list.get("status").asBoolean());
        assertEquals(1, list.get("count").asInt());
        assertEquals(1, list.get("page").asInt());
        JsonNode v = list.get("volumes").get(0);
        assertEquals("data-01", v.get("name").asText());
        assertEquals("available", v.get("status").asText());
        assertEquals(100, v.get("size").asInt());
        assertEquals("Cloud-SSD", v.get("volume_type").asText());
        assertEquals("default-CANADA-1", v.get("environment").get("name").asText());
        assertEquals("CANADA-1", v.get("environment").get("region").asText());
        assertEquals(0, v.get("attachments").size());
        assertFalse(v.has("image_id"), "absent rather than null");
        create("extra");
        assertEquals(1, c().get("/core/volumes?page=2&pageSize=1").json().get("volumes").size());
        assertEquals(1, c().get("/core/volumes?search=extra").json().get("count").asInt());
        assertEquals(2, c().get("/core/volumes?environment=default-CANADA-1").json().get("count").asInt());
        assertEquals(0, c().get("/core/volumes?environment=default-NORWAY-1").json().get("count").asInt());
        assertEquals(400, c().get("/core/volumes?pageSize=x").status());
    }

    @Test
    void createIsCreatingThenAvailable() throws Exception {
        EmuClient.Res r = c().post("/core/volumes", EmuClient.body("name", "logs", "environment_name", "default-CANADA-1",
                "volume_type", "Cloud-SSD", "size", 50));
        assertEquals(200, r.status());
        assertTrue(r.json().get("status").asBoolean());
        JsonNode v = r.json().get("volume");
        assertEquals("creating", v.get("status").asText());
        assertEquals(50, v.get("size").asInt());
        assertFalse(v.get("bootable").asBoolean());
        long id = v.get("id").asLong();
        assertEquals("creating", volume(id).get("status").asText());
        clock.advanceSeconds(3);
        assertEquals("available", volume(id).get("status").asText());
        assertEquals(404, c().get("/core/volumes/999999").status());
    }

    @Test
    void createValidation() throws Exception {
        EmuClient.Res missing = c().post("/core/volumes", EmuClient.body("name", "x", "environment_name", "default-CANADA-1", "size", 1));
        assertEquals(400, missing.status());
        assertFalse(missing.json().get("status").asBoolean());
        assertEquals("bad_request", missing.json().get("error_reason").asText());
        assertTrue(missing.json().get("message").asText().contains("volume_type"));
        assertEquals(400, c().post("/core/volumes", EmuClient.body("name", "x".repeat(51), "environment_name", "default-CANADA-1",
                "volume_type", "Cloud-SSD", "size", 1)).status());
        assertEquals(400, c().post("/core/volumes", EmuClient.body("name", "x", "environment_name", "default-CANADA-1",
                "volume_type", "Floppy", "size", 1)).status());
        assertEquals(400, c().post("/core/volumes", EmuClient.body("name", "x", "environment_name", "default-CANADA-1",
                "volume_type", "Cloud-SSD", "size", 0)).status());
        assertEquals(400, c().post("/core/volumes", EmuClient.body("name", "x", "environment_name", "default-CANADA-1",
                "volume_type", "Cloud-SSD", "size", "big")).status());
        EmuClient.Res env = c().post("/core/volumes", EmuClient.body("name", "x", "environment_name", "nowhere",
                "volume_type", "Cloud-SSD", "size", 1));
        assertEquals(404, env.status());
        assertEquals("not_found", env.json().get("error_reason").asText());
        EmuClient.Res dup = c().post("/core/volumes", EmuClient.body("name", "data-01", "environment_name", "default-CANADA-1",
                "volume_type", "Cloud-SSD", "size", 1));
        assertEquals(409, dup.status());
        assertEquals("conflict", dup.json().get("error_reason").asText());
    }

    @Test
    void attachMakesTheVolumeInUseUntilDetached() throws Exception {
        long vmId = vm(0);
        long id = c().get("/core/volumes").json().get("volumes").get(0).get("id").asLong();
        EmuClient.Res r = attach(vmId, EmuClient.body("volume_ids", List.of(id)));
        assertEquals(200, r.status(), r.raw().body());
        assertTrue(r.json().get("status").asBoolean());
        JsonNode a = r.json().get("volume_attachments").get(0);
        assertEquals(vmId, a.get("instance_id").asLong());
        assertEquals(id, a.get("volume_id").asLong());
        assertEquals("ATTACHING", a.get("status").asText());
        assertTrue(a.get("device").asText().startsWith("/dev/disk/by-id/virtio-"));
        assertFalse(a.get("protected").asBoolean());

        JsonNode v = volume(id);
        assertEquals("in-use", v.get("status").asText());
        assertEquals(vmId, v.get("attachments").get(0).get("instance_id").asLong());
        JsonNode onVm = c().get("/core/virtual-machines/" + vmId).json().get("instance").get("volume_attachments");
        assertEquals(id, onVm.get(0).get("volume").get("id").asLong());

        assertEquals(400, attach(vm(1), EmuClient.body("volume_ids", List.of(id))).status()); // not available
        EmuClient.Res del = c().delete("/core/volumes/" + id);
        assertEquals(409, del.status());
        assertEquals("conflict", del.json().get("error_reason").asText());
        clock.advanceSeconds(3);
        assertEquals("ATTACHED", volume(id).get("attachments").get(0).get("status").asText());

        assertEquals(400, detach(vm(1), id).status()); // attached elsewhere
        EmuClient.Res d = detach(vmId, id);
        assertEquals(200, d.status());
        assertEquals(id, d.json().get("volume_attachments").get(0).get("volume_id").asLong());
        assertEquals("available", volume(id).get("status").asText());
        assertEquals(0, volume(id).get("attachments").size());
        assertEquals(0, c().get("/core/virtual-machines/" + vmId).json().get("instance").get("volume_attachments").size());

        EmuClient.Res gone = c().delete("/core/volumes/" + id);
        assertEquals(200, gone.status());
        assertTrue(gone.json().get("status").asBoolean());
        assertEquals(404, c().get("/core/volumes/" + id).status());
    }

    @Test
    void attachAndDetachErrors() throws Exception {
        long vmId = vm(0);
        long creating = create("fresh");
        EmuClient.Res notReady = attach(vmId, EmuClient.body("volume_ids", List.of(creating)));
        assertEquals(400, notReady.status());
        assertEquals("We can process with only available volumes.", notReady.json().get("message").asText());
        assertEquals(400, c().delete("/core/volumes/" + creating).status()); // still creating
        EmuClient.Res noIds = attach(vmId, EmuClient.body());
        assertEquals(400, noIds.status());
        assertTrue(noIds.json().get("message").asText().contains("volume_ids"));
        assertEquals(400, attach(vmId, EmuClient.body("volume_ids", List.of())).status());
        assertEquals(400, attach(vmId, EmuClient.body("volume_ids", List.of("a"))).status());
        assertEquals(404, attach(vmId, EmuClient.body("volume_ids", List.of(999999))).status());
        assertEquals(404, attach(1, EmuClient.body("volume_ids", List.of(creating))).status());

        clock.advanceSeconds(3);
        assertEquals(200, attach(vmId, EmuClient.body("volume_ids", List.of(creating), "protected", true)).status());
        EmuClient.Res prot = detach(vmId, creating);
        assertEquals(400, prot.status());
        assertTrue(prot.json().get("message").asText().contains("protected"));
    }

    @Test
    void patchMovesAnUnattachedVolumeWithinItsRegion() throws Exception {
        long id = create("movable");
        clock.advanceSeconds(3);
        EmuClient.Res moved = c().send("PATCH", "/core/volumes/" + id, EmuClient.body("environment_name", "staging-CANADA-1"));
        assertEquals(200, moved.status());
        assertEquals("staging-CANADA-1", moved.json().get("updates").get("environment_name").asText());
        assertEquals("staging-CANADA-1", moved.json().get("volume").get("environment").get("name").asText());
        // a VM of another environment cannot use it
        EmuClient.Res other = attach(vm(0), EmuClient.body("volume_ids", List.of(id)));
        assertEquals(400, other.status());
        assertTrue(other.json().get("message").asText().contains("environment"));

        assertEquals(400, c().send("PATCH", "/core/volumes/" + id, EmuClient.body("environment_name", "default-NORWAY-1")).status());
        assertEquals(404, c().send("PATCH", "/core/volumes/" + id, EmuClient.body("environment_name", "nowhere")).status());
        assertEquals(400, c().send("PATCH", "/core/volumes/" + id, EmuClient.body()).status());
        assertEquals(200, c().send("PATCH", "/core/volumes/" + id, EmuClient.body("environment_name", "default-CANADA-1")).status());
        assertEquals(200, attach(vm(0), EmuClient.body("volume_ids", List.of(id))).status());
        assertEquals(409, c().send("PATCH", "/core/volumes/" + id, EmuClient.body("environment_name", "staging-CANADA-1")).status());
    }
}
