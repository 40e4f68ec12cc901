package dev.vpsnap.cli;

import static dev.vpsnap.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Output shaping through the production factory against the emulator (whose clock is the CLI's): {@code -o columns=},
 * {@code --query}, {@code --sort} on every list, the AGE column, YAML types, parse errors as JSON.
 */
class OutputShapingTest {
    private final EmulatorCli emu = new EmulatorCli();

    @AfterEach
    void close() {
        emu.close();
    }

    /** The CLI against the emulator with the output options the test gives (EmulatorCli.run always adds -o json). */
    private Result run(String provider, String... rest) {
        List<String> a = new ArrayList<>(List.of("--provider", provider, "--endpoint", emu.emulator().baseUrl(provider)));
        if (provider.equals("hivelocity")) {
            a.addAll(List.of("--facility", "TPA1"));
        }
        a.addAll(List.of(rest));
        return emu.harness().run(a.toArray(String[]::new));
    }

    private static Result expect(int code, Result r) {
        assertEquals(code, r.exitCode(), r::toString);
        return r;
    }

    private JsonNode json(String provider, String... rest) {
        return JsonAssert.tree(expect(0, emu.run(provider, rest)).out());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void tablesShowAnAgeAndWideAndCsvKeepTheIsoTime() {
        assertGolden("snapshot-list-vpsorg.txt", expect(0, run("vpsorg", "snapshot", "list")).out());
        assertGolden("snapshot-list-vpsorg-wide.txt", expect(0, run("vpsorg", "snapshot", "list", "-o", "wide")).out());
        assertGolden("snapshot-list-vpsorg.csv", expect(0, run("vpsorg", "snapshot", "list", "-o", "csv")).out());
        assertGolden("volume-list-core.txt", expect(0, run("core", "volume", "list")).out());
    }

    @Test
    void columnsPickJsonFieldsCaseInsensitivelyForTableAndCsv() {
        assertGolden("server-list-vpsorg-columns.txt",
                expect(0, run("vpsorg", "server", "list", "-o", "columns=ID,name,Status,providerStatus")).out());
        assertGolden("snapshot-list-vpsorg-columns.csv",
                expect(0, run("vpsorg", "snapshot", "list", "-o", "csv=id,serverId,createdAt,sizeBytes")).out());
    }

    @Test
    void anUnknownColumnIsExit2ListingTheValidOnes() {
        Result r = expect(2, run("vpsorg", "server", "list", "-o", "columns=id,colour"));
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown field 'colour' (valid: provider, profile, id, name, status, providerStatus, location)"),
                r::toString);
        expect(2, run("vpsorg", "server", "list", "-o", "json=id"));
        expect(2, run("vpsorg", "server", "list", "-o", "columns="));
    }

    @Test
    void queryIsJmesPathOverTheJsonDocument() {
        JsonNode all = json("vpsorg", "server", "list");
        JsonNode ids = json("vpsorg", "server", "list", "--query", "[].id");
        assertEquals(dev.vpsnap.common.Json.MAPPER.valueToTree(texts(all, "id")), ids);
        assertTrue(ids.get(0).isTextual(), "ids stay strings");

        JsonNode web = json("vpsorg", "server", "list", "--query", "[?name=='web-01'] | [0].{id: id, status: status}");
        assertEquals(2, web.size());
        assertEquals(all.get(texts(all, "name").indexOf("web-01")).get("id"), web.get("id"));

        JsonNode count = json("vpsorg", "snapshot", "list", "--query", "length(@)");
        assertEquals(1, count.asInt());
        assertEquals(List.of("web-01-baseline"), List.of(expect(0, run("vpsorg", "snapshot", "list", "--query", "[].name",
                "-o", "table")).out().strip().split("\n")));
    }

    @Test
    void anInvalidQueryIsExit2BeforeAnyRequest() {
        int before = emu.emulator().requestCount();
        Result r = expect(2, emu.run("vpsorg", "server", "list", "--query", "[?name=="));
        assertEquals("", r.out());
        JsonNode error = JsonAssert.tree(r.err()).get("error");
        assertEquals(2, error.get("exitCode").asInt());
        assertTrue(error.get("message").asText().contains("--query: invalid JMESPath expression"), r::toString);
        assertEquals(before, emu.emulator().requestCount(), "nothing sent");
        expect(2, emu.run("vpsorg", "server", "list", "--query", "abs(name)")); // a function given the wrong type
    }

    @Test
    void sortWorksOnEveryList() {
        List<String> ids = texts(json("vpsorg", "server", "list", "--sort", "id:desc"), "id");
        List<String> expected = new ArrayList<>(ids);
        expected.sort(Comparator.comparingLong((String id) -> Long.parseLong(id)).reversed());
        assertEquals(expected, ids);
        List<String> names = texts(json("vpsorg", "server", "list"), "name");
        assertEquals(names.stream().sorted().toList(), names, "default: by name");
        assertEquals(List.of("worker-01", "web-01", "db-01"), texts(json("vpsorg", "server", "list", "--sort", "NAME:desc"), "name"));

        json("core", "volume", "create", "--server", emu.servers("core").get(0), "--name", "big", "--size", "500",
                "--environment", "default-CANADA-1", "--type", "Cloud-SSD", "--yes");
        List<Long> sizes = new ArrayList<>();
        json("core", "volume", "list", "--sort", "sizeGb:desc").forEach(v -> sizes.add(v.get("sizeGb").asLong()));
        assertTrue(sizes.size() >= 2 && sizes.get(0) >= sizes.get(sizes.size() - 1), sizes::toString);
        assertEquals(sizes.stream().sorted(Comparator.reverseOrder()).toList(), sizes);

        json("hivelocity", "iso", "create", "--name", "alpine", "--url", "https://example.com/a.iso", "--description", "d");
        List<String> isos = texts(json("hivelocity", "iso", "list", "--sort", "name"), "name");
        assertEquals(isos.stream().sorted().toList(), isos);
        assertTrue(json("hivelocity", "schedule", "list", "--sort", "interval:desc").isArray());

        expect(2, emu.run("vpsorg", "server", "list", "--sort", "colour"));
        expect(2, emu.run("core", "volume", "list", "--sort", "sizeGb:up"));
    }

    @Test
    void snapshotListKeepsItsOldSortNamesBesideFields() {
        String server = emu.servers("vpsorg").get(0);
        for (String name : List.of("b-second", "a-third")) {
            emu.harness().clock().advance(java.time.Duration.ofMinutes(1));
            json("vpsorg", "snapshot", "create", "--server", server, "--name", name);
        }
        List<String> newestFirst = texts(json("vpsorg", "snapshot", "list"), "name");
        assertEquals(List.of("a-third", "b-second", "web-01-baseline"), newestFirst);
        assertEquals(newestFirst, texts(json("vpsorg", "snapshot", "list", "--sort", "-created"), "name"));
        assertEquals(newestFirst, texts(json("vpsorg", "snapshot", "list", "--sort", "createdAt:desc"), "name"));
        assertEquals(List.of("web-01-baseline", "b-second", "a-third"), texts(json("vpsorg", "snapshot", "list", "--sort", "created"), "name"));
        assertEquals(List.of("a-third", "b-second", "web-01-baseline"), texts(json("vpsorg", "snapshot", "list", "--sort", "name"), "name"));
        Result bad = expect(2, emu.run("vpsorg", "snapshot", "list", "--sort", "colour"));
        assertTrue(JsonAssert.tree(bad.err()).get("error").get("message").asText().contains("valid: provider, profile, id, name"), bad::toString);
    }

    @Test
    void yamlHasTheTypesOfJson() throws Exception {
        JsonNode json = json("vpsorg", "snapshot", "list");
        JsonNode yaml = new YAMLMapper().readTree(expect(0, run("vpsorg", "snapshot", "list", "-o", "yaml")).out());
        assertEquals(json.size(), yaml.size());
        assertTrue(yaml.get(0).get("id").isTextual(), "id is a string, as in JSON: " + yaml);
        assertTrue(yaml.get(0).get("serverId").isTextual());
        assertTrue(yaml.get(0).get("sizeBytes").isNumber());
        sameTypes(json, yaml);
        JsonNode servers = new YAMLMapper().readTree(expect(0, run("vpsorg", "server", "list", "-o", "yaml")).out());
        sameTypes(json("vpsorg", "server", "list"), servers);
    }

    /** Every value of {@code yaml} has the JSON type and text of the one at the same place in {@code json}. */
    private static void sameTypes(JsonNode json, JsonNode yaml) {
        assertEquals(json.getNodeType(), yaml.getNodeType(), () -> json + " vs " + yaml);
        if (json.isContainerNode()) {
            assertEquals(json.size(), yaml.size());
            if (json.isArray()) {
                for (int i = 0; i < json.size(); i++) {
                    sameTypes(json.get(i), yaml.get(i));
                }
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    sameTypes(e.getValue(), yaml.get(e.getKey()));
                }
            }
        } else {
            assertEquals(json.asText(), yaml.asText());
        }
    }

    @Test
    void parseErrorsAreTheJsonErrorObjectUnderJson() {
        Result unknown = expect(2, run("vpsorg", "snapshot", "list", "--bogus", "-o", "json"));
        assertEquals("", unknown.out());
        JsonNode e = JsonAssert.tree(unknown.err()).get("error");
        assertEquals(2, e.get("exitCode").asInt());
        assertTrue(e.get("message").asText().contains("Unknown option: '--bogus'"), unknown::toString);
        assertEquals("see 'vpsnap snapshot list --help'", e.get("hint").asText());

        Result typo = expect(2, emu.harness().run("-o", "json", "snapshot", "craete"));
        JsonNode t = JsonAssert.tree(typo.err()).get("error");
        assertEquals(2, t.get("exitCode").asInt());
        assertTrue(t.get("hint").asText().contains("did you mean"), typo::toString);

        Result text = expect(2, run("vpsorg", "snapshot", "list", "--bogus"));
        assertTrue(text.err().startsWith("vpsnap: Unknown option: '--bogus'"), text::toString);

        Result env = expect(2, emu.harness().env("VPSNAP_OUTPUT", "json").run("server", "list", "--color", "purple"));
        assertTrue(JsonAssert.tree(env.err()).get("error").get("message").asText().contains("--color"), env::toString);
    }
}
