package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostingerApiTest extends EmulatorTestBase {
    private static final String VMS = "/api/vps/v1/virtual-machines";

    private long vmId(int index) throws Exception {
        return client("hostinger").get(VMS).json().get(index).get("id").asLong();
    }

    /** Bodyless POST as the official SDK sends it (axios default content type, empty body). */
    private EmuClient.Res sdkPost(String path) throws Exception {
        return client("hostinger").send("POST", path, "", "application/x-www-form-urlencoded");
    }

    @Test
    void missingOrWrongTokenIs401WithCorrelationId() throws Exception {
        EmuClient.Res r = client("hostinger").withCredential(null).get(VMS);
        assertEquals(401, r.status());
        assertEquals("Unauthenticated", r.json().get("message").asText());
        assertTrue(r.json().get("correlation_id").asText().length() > 10);
        assertEquals(401, client("hostinger").withCredential("bad").get(VMS).status());
    }

    @Test
    void listsVirtualMachinesAsBareArray() throws Exception {
        JsonNode vms = client("hostinger").get(VMS).json();
        assertTrue(vms.isArray());
        assertEquals(3, vms.size());
        JsonNode vm = vms.get(0);
        assertTrue(vm.get("id").isIntegralNumber());
        assertEquals("running", vm.get("state").asText());
        assertEquals("unlocked", vm.get("actions_lock").asText());
        assertTrue(vm.get("hostname").asText().startsWith("web-01"));
        assertEquals(vm.get("id").asLong(), client("hostinger").get(VMS + "/" + vm.get("id").asLong()).json().get("id").asLong());
    }

    @Test
    void snapshotGetAndMissingSnapshot() throws Exception {
        EmuClient c = client("hostinger");
        JsonNode snap = c.get(VMS + "/" + vmId(0) + "/snapshot").json();
        assertTrue(snap.get("id").isIntegralNumber());
        assertTrue(snap.get("restore_time").isIntegralNumber());
        assertTrue(snap.has("created_at") && snap.has("expires_at"));
        EmuClient.Res none = c.get(VMS + "/" + vmId(1) + "/snapshot");
        assertEquals(404, none.status());
        assertEquals("Snapshot not found", none.json().get("message").asText());
        assertTrue(none.json().has("correlation_id"));
    }

    @Test
    void createReplacesExistingSnapshotAndLocksVm() throws Exception {
        EmuClient c = client("hostinger");
        long vm = vmId(0);
        long oldId = c.get(VMS + "/" + vm + "/snapshot").json().get("id").asLong();

        EmuClient.Res action = sdkPost(VMS + "/" + vm + "/snapshot");
        assertEquals(200, action.status());
        assertEquals("created", action.json().get("state").asText());
        long actionId = action.json().get("id").asLong();

        JsonNode vmJson = c.get(VMS + "/" + vm).json();
        assertEquals("locked", vmJson.get("actions_lock").asText());
        EmuClient.Res locked = sdkPost(VMS + "/" + vm + "/snapshot");
        assertEquals(422, locked.status());
        assertTrue(locked.json().get("message").asText().contains("locked"));
        assertTrue(locked.json().has("errors") && locked.json().has("correlation_id"));
        assertEquals(422, c.delete(VMS + "/" + vm + "/snapshot").status());

        clock.advanceSeconds(1.5);
        assertEquals("sent", c.get(VMS + "/" + vm + "/actions/" + actionId).json().get("state").asText());
        assertEquals(oldId, c.get(VMS + "/" + vm + "/snapshot").json().get("id").asLong()); // old one until done

        clock.advanceSeconds(2);
        assertEquals("success", c.get(VMS + "/" + vm + "/actions/" + actionId).json().get("state").asText());
        assertEquals("unlocked", c.get(VMS + "/" + vm).json().get("actions_lock").asText());
        long newId = c.get(VMS + "/" + vm + "/snapshot").json().get("id").asLong();
        assertNotEquals(oldId, newId);
    }

    @Test
    void restoreShowsRestoringThenDeleteRemovesSnapshot() throws Exception {
        EmuClient c = client("hostinger");
        long vm = vmId(0);
        EmuClient.Res restore = c.send("POST", VMS + "/" + vm + "/snapshot/restore", null, null);
        assertEquals(200, restore.status());
        JsonNode during = c.get(VMS + "/" + vm).json();
        assertEquals("restoring", during.get("state").asText());
        assertEquals("locked", during.get("actions_lock").asText());
        clock.advanceSeconds(3);
        assertEquals("running", c.get(VMS + "/" + vm).json().get("state").asText());

        EmuClient.Res del = c.delete(VMS + "/" + vm + "/snapshot");
        assertEquals(200, del.status());
        assertEquals("created", del.json().get("state").asText());
        clock.advanceSeconds(3);
        assertEquals(404, c.get(VMS + "/" + vm + "/snapshot").status());
        assertEquals(404, c.delete(VMS + "/" + vm + "/snapshot").status());
        assertEquals(404, sdkPost(VMS + "/" + vm + "/snapshot/restore").status());
    }

    @Test
    void actionsArePaginatedNewestFirst() throws Exception {
        EmuClient c = client("hostinger");
        long vm = vmId(1);
        for (int i = 0; i < 17; i++) {
            assertEquals(200, sdkPost(VMS + "/" + vm + "/snapshot").status());
            clock.advanceSeconds(3);
        }
        JsonNode p1 = c.get(VMS + "/" + vm + "/actions").json();
        assertEquals(15, p1.get("data").size());
        assertEquals(1, p1.get("meta").get("current_page").asInt());
        assertEquals(15, p1.get("meta").get("per_page").asInt());
        assertEquals(17, p1.get("meta").get("total").asInt());
        assertTrue(p1.get("data").get(0).get("id").asLong() > p1.get("data").get(1).get("id").asLong());
        assertEquals(2, c.get(VMS + "/" + vm + "/actions?page=2").json().get("data").size());
        assertEquals(422, c.get(VMS + "/" + vm + "/actions?page=x").status());
    }

    @Test
    void nonIntegerVmIdIs422AndUnknownVmIs404() throws Exception {
        EmuClient.Res r = client("hostinger").get(VMS + "/abc/snapshot");
        assertEquals(422, r.status());
        assertTrue(r.json().has("message") && r.json().get("errors").has("virtualMachineId") && r.json().has("correlation_id"));
        assertEquals(404, client("hostinger").get(VMS + "/1/snapshot").status());
        assertEquals(404, client("hostinger").get("/api/vps/v1/nope").status());
        assertEquals(405, client("hostinger").send("PUT", VMS + "/1/snapshot", null, null).status());
    }
}
