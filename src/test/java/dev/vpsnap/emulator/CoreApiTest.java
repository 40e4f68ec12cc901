package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreApiTest extends EmulatorTestBase {

    private JsonNode vm(int index) throws Exception {
        return client("core").get("/core/virtual-machines").json().get("instances").get(index);
    }

    @Test
    void authFailureIsErrorResponseModel() throws Exception {
        EmuClient.Res r = client("core").withCredential(null).get("/core/snapshots");
        assertEquals(401, r.status());
        assertFalse(r.json().get("status").asBoolean());
        assertTrue(r.json().get("message").isTextual());
        assertTrue(r.json().get("error_reason").isTextual());
        assertEquals(401, client("core").withCredential("bad").get("/core/snapshots").status());
    }

    @Test
    void listsVirtualMachinesPaged() throws Exception {
        JsonNode all = client("core").get("/core/virtual-machines").json();
        assertTrue(all.get("status").asBoolean());
        assertEquals(3, all.get("count").asInt());
        assertEquals(3, all.get("instances").size());
        JsonNode p2 = client("core").get("/core/virtual-machines?page=2&pageSize=2").json();
        assertEquals(1, p2.get("instances").size());
        assertEquals(2, p2.get("page_size").asInt());
        long id = all.get("instances").get(0).get("id").asLong();
        JsonNode one = client("core").get("/core/virtual-machines/" + id).json();
        assertEquals("ACTIVE", one.get("instance").get("status").asText());
        assertEquals(404, client("core").get("/core/virtual-machines/1").status());
    }

    @Test
    void createPollRetrieveRestoreDelete() throws Exception {
        EmuClient c = client("core");
        JsonNode src = vm(1);
        long vmId = src.get("id").asLong();
        EmuClient.Res created = c.post("/core/virtual-machines/" + vmId + "/snapshots",
                EmuClient.body("name", "db-snap", "description", "before migration", "labels", java.util.List.of("a", "b")));
        assertEquals(201, created.status());
        JsonNode snap = created.json().get("snapshot");
        assertEquals("CREATING", snap.get("status").asText());
        assertEquals(vmId, snap.get("vm_id").asLong());
        assertTrue(snap.has("description") && snap.has("region_id") && snap.has("is_image") && snap.has("size"));
        long id = snap.get("id").asLong();

        EmuClient.Res second = c.post("/core/virtual-machines/" + vmId + "/snapshots", EmuClient.body("name", "x2", "description", "d"));
        assertEquals(400, second.status());
        assertTrue(second.json().get("message").asText().contains("in progress"));
        assertEquals(409, c.delete("/core/snapshots/" + id).status());
        assertEquals(400, c.post("/core/snapshots/" + id + "/restore", EmuClient.body("new_vm_name", "db-02")).status());
        assertFalse(c.get("/core/snapshots/name-availability/db-snap").json().get("available").asBoolean());

        clock.advanceSeconds(3);
        JsonNode got = c.get("/core/snapshots/" + id).json().get("snapshot");
        assertEquals("SUCCESSFUL", got.get("status").asText());
        assertEquals("a,b", got.get("labels").asText()); // the spec types retrieve labels as a string
        assertEquals(src.get("name").asText(), got.get("vm_name").asText());
        assertTrue(got.get("vm_flavor").isTextual());

        EmuClient.Res noName = c.post("/core/snapshots/" + id + "/restore", EmuClient.body());
        assertEquals(400, noName.status());
        assertTrue(noName.json().get("message").asText().contains("new_vm_name"));
        EmuClient.Res restored = c.post("/core/snapshots/" + id + "/restore", EmuClient.body("new_vm_name", "db-02"));
        assertEquals(200, restored.status());
        JsonNode inst = restored.json().get("instance");
        assertNotEquals(vmId, inst.get("id").asLong());
        assertEquals("db-02", inst.get("name").asText());
        assertEquals("BUILD", inst.get("status").asText());
        assertEquals("ACTIVE", c.get("/core/virtual-machines/" + vmId).json().get("instance").get("status").asText());
        assertEquals(4, c.get("/core/virtual-machines").json().get("count").asInt());
        clock.advanceSeconds(3);
        assertEquals("ACTIVE", c.get("/core/virtual-machines/" + inst.get("id").asLong()).json().get("instance").get("status").asText());

        EmuClient.Res del = c.delete("/core/snapshots/" + id);
        assertEquals(200, del.status());
        assertTrue(del.json().get("status").asBoolean());
        assertEquals(404, c.delete("/core/snapshots/" + id).status());
        assertEquals(404, c.get("/core/snapshots/" + id).status());
        assertTrue(c.get("/core/snapshots/name-availability/db-snap").json().get("available").asBoolean());
    }

    @Test
    void createValidation() throws Exception {
        EmuClient c = client("core");
        long vmId = vm(0).get("id").asLong();
        EmuClient.Res r = c.post("/core/virtual-machines/" + vmId + "/snapshots", EmuClient.body("name", "only-name"));
        assertEquals(400, r.status());
        assertFalse(r.json().get("status").asBoolean());
        assertTrue(r.json().get("message").asText().contains("description"));
        assertEquals("bad_request", r.json().get("error_reason").asText());
        assertEquals(404, c.post("/core/virtual-machines/1/snapshots", EmuClient.body("name", "n", "description", "d")).status());
        // SHUTOFF VMs can be snapshotted too
        long shutoff = vm(2).get("id").asLong();
        assertEquals(201, c.post("/core/virtual-machines/" + shutoff + "/snapshots", EmuClient.body("name", "w", "description", "d")).status());
    }

    @Test
    void listSnapshotsEnvelopeAndSearch() throws Exception {
        JsonNode list = client("core").get("/core/snapshots").json();
        assertTrue(list.get("status").asBoolean());
        assertEquals(1, list.get("count").asInt());
        assertEquals(1, list.get("page").asInt());
        assertTrue(list.get("page_size").asInt() > 0);
        assertTrue(list.get("snapshots").get(0).get("labels").isArray());
        assertEquals(1, client("core").get("/core/snapshots?search=golden").json().get("count").asInt());
        assertEquals(0, client("core").get("/core/snapshots?search=zzz").json().get("count").asInt());
        assertEquals(400, client("core").get("/core/snapshots?page=abc").status());
        assertEquals(404, client("core").get("/core/nothing").status());
        assertEquals(405, client("core").send("PUT", "/core/snapshots", "{}", "application/json").status());
    }
}
