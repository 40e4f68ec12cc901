package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VpsOrgApiTest extends EmulatorTestBase {

    private long serverId(int index) throws Exception {
        return client("vpsorg").get("/servers/").json().get("results").get(index).get("id").asLong();
    }

    @Test
    void authFailuresAreDrfStyle401() throws Exception {
        EmuClient.Res wrong = client("vpsorg").withCredential("bad").get("/servers/");
        assertEquals(401, wrong.status());
        assertEquals("Invalid token.", wrong.json().get("detail").asText());
        EmuClient.Res missing = client("vpsorg").withCredential(null).get("/snapshots/");
        assertEquals(401, missing.status());
        assertTrue(missing.json().has("detail"));
    }

    @Test
    void listsServers() throws Exception {
        JsonNode page = client("vpsorg").get("/servers/").json();
        assertEquals(3, page.get("count").asInt());
        JsonNode s = page.get("results").get(0);
        assertEquals("web-01", s.get("name").asText());
        assertEquals("active", s.get("status").asText());
        assertEquals(1, client("vpsorg").get("/servers/?status=stopped").json().get("count").asInt());
        assertEquals("web-01", client("vpsorg").get("/servers/" + s.get("id").asLong() + "/").json().get("name").asText());
    }

    @Test
    void createPollRestoreDelete() throws Exception {
        EmuClient c = client("vpsorg");
        long server = serverId(1);
        EmuClient.Res created = c.post("/snapshots/", EmuClient.body("server_id", server, "name", "pre-upgrade_1", "description", "before"));
        assertEquals(201, created.status());
        JsonNode snap = created.json();
        assertEquals("in_progress", snap.get("status").asText());
        assertTrue(snap.get("size_mb").isNull());
        assertTrue(snap.get("message").asText().length() > 0);
        assertEquals(server, snap.get("server").get("id").asLong());
        long id = snap.get("id").asLong();

        EmuClient.Res early = c.post("/snapshots/" + id + "/restore/", null);
        assertEquals(400, early.status());

        clock.advanceSeconds(3);
        JsonNode listed = c.get("/snapshots/?server_id=" + server).json();
        assertEquals(1, listed.get("count").asInt());
        assertEquals("completed", listed.get("results").get(0).get("status").asText());
        assertTrue(listed.get("results").get(0).get("size_mb").asInt() > 0);

        EmuClient.Res restore = c.post("/snapshots/" + id + "/restore/", null);
        assertEquals(200, restore.status());
        assertEquals("success", restore.json().get("status").asText());
        assertEquals("restoring", restore.json().get("server").get("status").asText());
        assertEquals(id, restore.json().get("snapshot").get("id").asLong());
        assertEquals("restoring", c.get("/servers/" + server + "/").json().get("status").asText());
        assertEquals(400, c.post("/snapshots/" + id + "/restore/", null).status()); // not restorable while restoring
        clock.advanceSeconds(3);
        assertEquals("active", c.get("/servers/" + server + "/").json().get("status").asText());

        EmuClient.Res del = c.delete("/snapshots/" + id + "/");
        assertEquals(204, del.status());
        assertTrue(del.raw().body().isEmpty());
        EmuClient.Res again = c.delete("/snapshots/" + id + "/");
        assertEquals(404, again.status());
        assertEquals("Not found.", again.json().get("detail").asText());
    }

    @Test
    void validationErrorsAndNameRule() throws Exception {
        EmuClient c = client("vpsorg");
        EmuClient.Res missing = c.post("/snapshots/", EmuClient.body());
        assertEquals(400, missing.status());
        assertEquals("This field is required.", missing.json().get("name").get(0).asText());
        assertEquals("This field is required.", missing.json().get("server_id").get(0).asText());

        EmuClient.Res badName = c.post("/snapshots/", EmuClient.body("server_id", serverId(0), "name", "has space!"));
        assertEquals(400, badName.status());
        assertTrue(badName.json().get("name").get(0).asText().contains("letters"));

        EmuClient.Res unknown = c.post("/snapshots/", EmuClient.body("server_id", 1, "name", "ok"));
        assertEquals(404, unknown.status());
        assertEquals("Not found.", unknown.json().get("detail").asText());
    }

    @Test
    void atMostFiveSnapshotsPerServer() throws Exception {
        EmuClient c = client("vpsorg");
        long server = serverId(0); // already has one demo snapshot
        for (int i = 2; i <= 5; i++) assertEquals(201, c.post("/snapshots/", EmuClient.body("server_id", server, "name", "s" + i)).status());
        EmuClient.Res sixth = c.post("/snapshots/", EmuClient.body("server_id", server, "name", "s6"));
        assertEquals(400, sixth.status());
        assertTrue(sixth.json().get("detail").asText().startsWith("Snapshot limit reached"));
    }

    @Test
    void paginationWithNextAndPrevious() throws Exception {
        EmuClient c = client("vpsorg");
        long server = serverId(1);
        for (int i = 0; i < 4; i++) c.post("/snapshots/", EmuClient.body("server_id", server, "name", "p" + i));
        JsonNode p1 = c.get("/snapshots/?server_id=" + server + "&page_size=3").json();
        assertEquals(4, p1.get("count").asInt());
        assertEquals(3, p1.get("results").size());
        assertTrue(p1.get("previous").isNull());
        String next = p1.get("next").asText();
        assertTrue(next.contains("page=2") && next.contains("server_id=" + server), next);
        JsonNode p2 = c.get(next.substring(next.indexOf("/snapshots/"))).json();
        assertEquals(1, p2.get("results").size());
        assertTrue(p2.get("next").isNull());
        assertTrue(p2.get("previous").isTextual());
        assertEquals(404, c.get("/snapshots/?page=9").status());
    }

    @Test
    void trailingSlashIsRequiredAndWrongMethodIs405() throws Exception {
        assertEquals(404, client("vpsorg").get("/servers").status());
        EmuClient.Res r = client("vpsorg").get("/snapshots/5/");
        assertEquals(405, r.status());
        assertEquals("Method \"GET\" not allowed.", r.json().get("detail").asText());
    }
}
