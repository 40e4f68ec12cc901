package dev.vpsnap.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --demo-servers N} and {@code GET /_emulator/stats}, what the automation benchmarks rely on. */
class DemoServersAndStatsTest extends EmulatorTestBase {

    private static List<String> names(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void moreDemoServersKeepTheFirstThreeAndAddRunningCopies() throws Exception {
        JsonNode before = client("vpsorg").get("/servers/?page_size=100").json().get("results");
        emu.close();
        emu = Emulator.start(config().withDemoServers(100));

        JsonNode vpsorg = client("vpsorg").get("/servers/?page_size=100").json();
        assertEquals(100, vpsorg.get("count").asInt());
        JsonNode first = vpsorg.get("results");
        for (int i = 0; i < 3; i++) {
            assertEquals(before.get(i).get("id"), first.get(i).get("id"), "the documented demo ids do not move");
        }
        assertEquals("demo-100", first.get(99).get("name").asText());
        assertEquals("active", first.get(99).get("status").asText());
        assertEquals(100, new HashSet<>(names(first, "id")).size());
        JsonNode core = client("core").get("/core/virtual-machines?pageSize=200").json();
        assertEquals(100, core.get("count").asInt());
        assertEquals(100, new HashSet<>(names(core.get("instances"), "id")).size());
    }

    @Test
    void statsCountRequestsAndThrottlingButNotThemselves() throws Exception {
        emu.faults().rateLimit(1);
        EmuClient c = client("vpsorg");
        assertEquals(200, c.get("/servers/").status());
        assertEquals(429, c.get("/servers/").status());

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + emu.port() + Emulator.STATS_PATH)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, r.statusCode());
        JsonNode stats = EmuClient.JSON.readTree(r.body());
        assertEquals(2, stats.get("requests").asInt());
        assertEquals(1, stats.get("throttled").asInt());
        assertEquals(2, emu.requestCount());
    }
}
