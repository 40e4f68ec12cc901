package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.EmulatorConfig;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import dev.vpsnap.common.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server, volume or ISO named by name or id, through the production factory against the emulator: one list call
 * for a name, none for an id, exit 4 for an unknown name and exit 2 naming the candidates for an ambiguous one.
 */
class NameResolutionTest {
    private final EmulatorCli emu = new EmulatorCli();

    @AfterEach
    void close() {
        emu.close();
    }

    private static Result expect(int code, Result r) {
        assertEquals(code, r.exitCode(), r::toString);
        return r;
    }

    private JsonNode json(String provider, String... rest) {
        return JsonAssert.tree(expect(0, emu.run(provider, rest)).out());
    }

    private String idOf(String provider, String name) {
        for (JsonNode s : json(provider, "server", "list")) {
            if (name.equals(s.get("name").asText())) {
                return s.get("id").asText();
            }
        }
        throw new AssertionError("no demo server " + name);
    }

    @Test
    void aServerNameCostsOneListCallAndAnIdNone() {
        String web = idOf("vpsorg", "web-01");
        int before = emu.emulator().requestCount();
        JsonNode byId = json("vpsorg", "snapshot", "list", "--server", web);
        assertEquals(1, emu.emulator().requestCount() - before, "an id: just the snapshot list");

        before = emu.emulator().requestCount();
        JsonNode byName = json("vpsorg", "snapshot", "list", "--server", "web-01");
        assertEquals(2, emu.emulator().requestCount() - before, "a name: one server list, then the snapshot list");
        assertEquals(byId, byName);
        assertTrue(byName.size() > 0 && byName.get(0).get("serverId").asText().equals(web), byName::toString);

        before = emu.emulator().requestCount();
        JsonNode threeIds = json("vpsorg", "snapshot", "list", "--server", web, "--server", idOf("vpsorg", "db-01"),
                "--server", idOf("vpsorg", "worker-01"));
        int forIds = emu.emulator().requestCount() - before - 2; // the two idOf lookups
        before = emu.emulator().requestCount();
        JsonNode threeNames = json("vpsorg", "snapshot", "list", "--server", "web-01", "--server", "db-01", "--server", "worker-01");
        assertEquals(forIds + 1, emu.emulator().requestCount() - before, "three names: one server list more than three ids");
        assertEquals(threeIds, threeNames);
    }

    @Test
    void namesWorkForMutationsAndMultiTargetCreates(@TempDir Path dir) throws Exception {
        JsonNode created = json("vpsorg", "snapshot", "create", "--server", "db-01", "--name", "by-name");
        assertEquals(idOf("vpsorg", "db-01"), created.get("serverId").asText());

        Path file = dir.resolve("servers.txt");
        Files.writeString(file, "web-01\n# comment\nworker-01\n");
        JsonNode results = json("vpsorg", "snapshot", "create", "--servers-from", file.toString(), "--name", "nightly");
        List<String> servers = new ArrayList<>();
        results.forEach(r -> servers.add(r.get("snapshot").get("serverId").asText()));
        assertEquals(List.of(idOf("vpsorg", "web-01"), idOf("vpsorg", "worker-01")), servers);
    }

    @Test
    void volumesAndIsosByName() {
        String vm = emu.servers("core").get(0);
        JsonNode volume = json("core", "volume", "create", "--server", vm, "--name", "scratch", "--size", "20",
                "--environment", "default-CANADA-1", "--type", "Cloud-SSD", "--yes");
        assertEquals(volume.get("id"), json("core", "volume", "get", "scratch").get("id"));
        json("core", "volume", "attach", "scratch", "--server", vm);

        JsonNode iso = json("hivelocity", "iso", "create", "--name", "tools", "--url", "https://example.com/t.iso",
                "--description", "d");
        assertEquals(iso.get("id"), json("hivelocity", "iso", "get", "tools").get("id"));
        assertEquals(iso.get("id"), json("hivelocity", "iso", "get", iso.get("id").asText()).get("id"), "a UUID is an id");
    }

    @Test
    void anUnknownNameIsExit4NamingIt() {
        int before = emu.emulator().requestCount();
        Result r = expect(4, emu.run("vpsorg", "snapshot", "list", "--server", "web-09"));
        JsonNode e = JsonAssert.tree(r.err()).get("error");
        assertEquals(4, e.get("exitCode").asInt());
        assertTrue(e.get("message").asText().contains("no server with the id or name 'web-09'"), r::toString);
        assertEquals("see 'vpsnap --provider vpsorg --endpoint " + emu.emulator().baseUrl("vpsorg") + " -o json server list'",
                e.get("hint").asText(), "the hint carries the run's context (pastable)");
        assertEquals(1, emu.emulator().requestCount() - before, "one server list, no snapshot list");
    }

    @Test
    void amongSeveralTargetsAnUnknownNameFailsThatTargetAlone() {
        Result r = expect(10, emu.run("vpsorg", "snapshot", "list", "--server", "web-01", "--server", "web-09"));
        JsonNode list = JsonAssert.tree(r.out());
        assertEquals(1, list.size(), r::toString);
        assertEquals(idOf("vpsorg", "web-01"), list.get(0).get("serverId").asText());
        assertTrue(r.err().contains("snapshot list --server web-09"), r::toString);
    }

    @Test
    void anAmbiguousIsoOrVolumeNameIsExit2ListingTheCandidates() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(json("hivelocity", "iso", "create", "--name", "twin", "--url", "https://example.com/t.iso",
                    "--description", "d" + i).get("id").asText());
        }
        Result r = expect(2, emu.run("hivelocity", "iso", "delete", "twin", "--yes"));
        String message = JsonAssert.tree(r.err()).get("error").get("message").asText();
        assertTrue(message.contains("'twin' names 2 ISOs") && message.contains(ids.get(0)) && message.contains(ids.get(1)),
                r::toString);
        assertEquals(2, json("hivelocity", "iso", "list", "--query", "[?name=='twin']").size(), "nothing deleted");
    }

    /** Two vps.org servers called web-01: the demo state with the second server renamed, loaded from a state file. */
    @Test
    void anAmbiguousServerNameIsExit2ListingTheCandidates(@TempDir Path dir) throws Exception {
        FakeClock clock = new FakeClock();
        Path state = dir.resolve("state.json");
        EmulatorConfig cfg = EmulatorConfig.defaults().withClock(clock).withStateFile(state);
        Emulator.start(cfg).close();
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(state.toFile());
        JsonNode servers = tree.get("vpsorg").get("servers");
        ((ObjectNode) servers.get(1)).put("name", "web-01");
        Json.MAPPER.writeValue(state.toFile(), tree);
        try (Emulator twins = Emulator.start(cfg)) {
            CliHarness cli = new CliHarness(clock).env("XDG_CONFIG_HOME", dir.resolve("config").toString())
                    .env("VPSORG_API_TOKEN", Emulator.apiKey("vpsorg"));
            String[] base = {"--provider", "vpsorg", "--endpoint", twins.baseUrl("vpsorg")};
            Result r = expect(2, cli.run(concat(base, "snapshot", "create", "--server", "web-01", "--name", "x")));
            String first = servers.get(0).get("id").asText();
            String second = servers.get(1).get("id").asText();
            assertTrue(r.err().startsWith("vpsnap: snapshot create: 'web-01' names 2 servers: " + first + " ("), r::toString);
            assertTrue(r.err().contains(", " + second + " (") && r.err().contains("hint: pass the id instead of the name"),
                    r::toString);
            assertEquals(0, JsonAssert.tree(expect(0, cli.run(concat(base, "-o", "json", "snapshot", "list", "--server",
                    second))).out()).size(), "nothing created; the id still works");
            expect(0, cli.run(concat(base, "snapshot", "list", "--server", "worker-01"))); // db-01 is the second web-01 now
        }
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
