package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's {@code -o json} document, run through the CLI against the emulator, validates against its schema in
 * {@code docs/schema/} (com.networknt json-schema-validator, draft 2020-12; the schemas' {@code $id}s are mapped to the
 * files). Lists are arrays of the item schema. The error object on stderr and every {@code --log-format json} line too.
 */
class SchemaConformanceTest {
    private static final String BASE = "https://vpsnap.dev/schema/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(SchemaConformanceTest::schemaFile));
    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    private final EmulatorCli emu = new EmulatorCli();
    @TempDir
    Path dir;

    @BeforeEach
    void dirs() {
        emu.harness().env("XDG_CONFIG_HOME", dir.resolve("config").toString()).env("XDG_STATE_HOME", dir.resolve("state").toString())
                .env("HOSTINGER_API_TOKEN", Emulator.apiKey("hostinger"));
    }

    @AfterEach
    void close() {
        emu.close();
    }

    /** A schema's text by its {@code $id}: the file of that name in docs/schema/ (nothing is fetched). */
    private static String schemaFile(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        try {
            return Files.readString(Path.of("docs/schema", iri.substring(BASE.length())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Schema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(SchemaLocation.of(BASE + n + ".v1.json")));
    }

    /** Validates {@code doc} (each element when it is an array) against {@code name}; returns it. */
    static JsonNode valid(String name, JsonNode doc, Object context) {
        List<JsonNode> items = new ArrayList<>();
        if (doc.isArray()) {
            doc.forEach(items::add);
        } else {
            items.add(doc);
        }
        for (JsonNode item : items) {
            var errors = schema(name).validate(item);
            assertTrue(errors.isEmpty(), () -> name + ": " + errors + "\n" + item.toPrettyString() + "\n" + context);
        }
        return doc;
    }

    /** Runs the command (exit 0 expected), validates its stdout against {@code schema}, and its stderr lines as logs. */
    private JsonNode ok(String schema, String provider, String... args) {
        List<String> a = new ArrayList<>(List.of("--log-format", "json"));
        a.addAll(List.of(args));
        Result r = emu.run(provider, a.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        logLines(r);
        return valid(schema, JsonAssert.tree(r.out()), r);
    }

    private static void logLines(Result r) {
        r.err().lines().forEach(l -> valid("log-line", JsonAssert.tree(l), r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "hivelocity", "core", "hostinger"})
    void snapshotCommands(String provider) {
        List<String> servers = emu.servers(provider);
        String server = servers.get(0);
        boolean hostinger = provider.equals("hostinger");
        List<String> replace = hostinger ? List.of("--replace") : List.of();
        List<String> onServer = hostinger ? List.of("--server", server) : List.of();
        ok("server", provider, "server", "list");
        ok("snapshot", provider, "snapshot", "list");
        JsonNode made = ok("snapshot", provider, concat(List.of("snapshot", "create", "--server", server), replace));
        String id = made.get("id").asText();
        ok("snapshot", provider, concat(List.of("snapshot", "get", id), onServer));
        ok("check-result", provider, "snapshot", "check", "--server", server, "--warn-age", "1d", "--crit-age", "2d");
        if (!hostinger) {
            ok("prune-group", provider, "snapshot", "prune", "--server", server, "--name-prefix", "x", "--keep-last", "1", "--dry-run");
        }
        JsonNode op = ok("operation", provider, concat(List.of("snapshot", "create", "--server", server, "--no-wait"), replace));
        String latest = ok("snapshot", provider, "snapshot", "wait", "--operation", op.get("id").asText()).get("id").asText();
        List<String> restore = new ArrayList<>(List.of("snapshot", "restore", latest, "--yes"));
        restore.addAll(onServer);
        if (provider.equals("core")) {
            restore.addAll(List.of("--new-vm-name", "schema-restore"));
        }
        ok("operation", provider, restore.toArray(String[]::new));
        if (!hostinger) {
            ok("operation", provider, "snapshot", "delete", id, "--yes");
            ok("target-result", provider, "snapshot", "create", "--server", servers.get(0), "--server", servers.get(1),
                    "--name", "multi-{server}");
        }
        ok("auth-status", provider, "auth", "status");

        Result missing = emu.run(provider, concat(List.of("snapshot", "get", "999999"), onServer));
        assertTrue(missing.exitCode() != 0, missing::toString);
        valid("error", JsonAssert.tree(missing.err()), missing);
        Result logged = emu.run(provider, concat(List.of("--log-format", "json", "-v", "snapshot", "get", "999999"), onServer));
        assertFalse(logged.err().isBlank(), logged::toString);
        logLines(logged);
    }

    @Test
    void volumesIsosAndNativeSchedules() {
        String server = emu.servers("hivelocity").get(0);
        ok("volume-size", "hivelocity", "volume", "sizes");
        String vol = ok("volume", "hivelocity", "volume", "create", "--server", server, "--size", "100", "--yes").get("id").asText();
        ok("volume", "hivelocity", "volume", "list");
        ok("volume", "hivelocity", "volume", "get", vol);
        ok("volume", "hivelocity", "volume", "resize", vol, "--size", "200", "--yes");
        ok("volume", "hivelocity", "volume", "detach", vol, "--server", server);
        ok("volume", "hivelocity", "volume", "attach", vol, "--server", server);
        ok("operation", "hivelocity", "volume", "delete", vol, "--server", server, "--yes");
        String iso = ok("iso", "hivelocity", "iso", "create", "--name", "rescue", "--url", "https://example.com/rescue.iso",
                "--description", "rescue image", "--bootable").get("id").asText();
        ok("iso", "hivelocity", "iso", "list");
        ok("iso", "hivelocity", "iso", "get", iso);
        emu.harness().clock().advance(java.time.Duration.ofMinutes(10)); // the ISO downloads
        ok("operation", "hivelocity", "iso", "attach", iso, "--server", server);
        ok("operation", "hivelocity", "iso", "detach", "--server", server);
        ok("operation", "hivelocity", "iso", "delete", iso, "--yes");
        String sched = ok("schedule", "hivelocity", "schedule", "create", "--server", server, "--interval", "weekly",
                "--weekday", "1", "--hour", "3", "--max-snapshots", "4").get("id").asText();
        ok("schedule", "hivelocity", "schedule", "list");
        ok("schedule", "hivelocity", "schedule", "get", sched);

        String vm = emu.servers("core").get(0);
        String coreVol = ok("volume", "core", "volume", "create", "--server", vm, "--size", "20", "--name", "schema-vol",
                "--environment", "default-CANADA-1", "--type", "Cloud-SSD", "--yes").get("id").asText();
        ok("volume", "core", "volume", "list");
        ok("operation", "core", "volume", "delete", coreVol, "--yes");
    }

    @Test
    void localSchedulesProvidersConfigAndAuthStatusOfEveryProfile() throws Exception {
        String server = emu.servers("vpsorg").get(0);
        String id = ok("schedule", "vpsorg", "schedule", "create", "--server", server, "--interval", "daily",
                "--max-snapshots", "2").get("id").asText();
        ok("schedule", "vpsorg", "schedule", "list");
        ok("schedule", "vpsorg", "schedule", "get", id);
        ok("schedule-run", "vpsorg", "schedule", "run", id);
        ok("provider", "vpsorg", "providers");

        Path config = dir.resolve("config.toml");
        Files.writeString(config, "default_profile = \"web\"\n[profiles.web]\nprovider = \"vpsorg\"\nendpoint = \""
                + emu.emulator().baseUrl("vpsorg") + "\"\napi_key_env = \"WEB_KEY\"\n[profiles.gpu]\nprovider = \"core\"\n");
        Result profiles = emu.harness().env("VPSNAP_CONFIG", config.toString()).run("-o", "json", "config", "list");
        assertEquals(0, profiles.exitCode(), profiles::toString);
        assertEquals(2, valid("profile", JsonAssert.tree(profiles.out()), profiles).size());
        Result auth = emu.harness().env("VPSNAP_CONFIG", config.toString()).env("WEB_KEY", Emulator.apiKey("vpsorg"))
                .run("-o", "json", "--log-format", "json", "auth", "status", "--all-profiles");
        assertEquals(3, auth.exitCode(), "gpu has no key: " + auth);
        valid("auth-status", JsonAssert.tree(auth.out()), auth);
        logLines(auth);
    }

    @Test
    void theSchemasRejectWhatTheContractForbids() {
        JsonNode snapshot = JsonAssert.tree(emu.run("vpsorg", "snapshot", "list").out()).get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) snapshot).remove("expiresAt");
        assertFalse(schema("snapshot").validate(snapshot).isEmpty(), "unknown values are null, never omitted");
        JsonNode numericId = JsonAssert.tree("{\"error\":{\"exitCode\":4,\"message\":\"x\",\"provider\":\"aws\",\"httpStatus\":404,\"hint\":null}}");
        assertFalse(schema("error").validate(numericId).isEmpty(), "an unknown provider");
    }

    private static String[] concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(String[]::new);
    }
}
