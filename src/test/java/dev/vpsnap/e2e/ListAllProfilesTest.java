package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.EmulatorConfig;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code snapshot list --all-profiles}: three profiles of a config file (two accounts on two emulators, two providers),
 * each with its own endpoint and {@code api_key_env}, listed into one array of snapshots that carry their profile.
 */
class ListAllProfilesTest {
    private final FakeClock clock = new FakeClock();
    private Emulator first;
    private Emulator second;
    @TempDir
    Path home;
    private Path config;

    @BeforeEach
    void start() throws IOException {
        first = Emulator.start(EmulatorConfig.defaults().withClock(clock));
        second = Emulator.start(EmulatorConfig.defaults().withClock(clock).withSeed(7));
        config = home.resolve("config.toml");
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    private void profiles(String... tomlProfiles) throws IOException {
        Files.writeString(config, "default_profile = \"web\"\n\n" + String.join("\n", tomlProfiles));
    }

    private static String profile(String name, String provider, String endpoint, String keyVar) {
        return "[profiles." + name + "]\nprovider = \"" + provider + "\"\nendpoint = \"" + endpoint + "\"\napi_key_env = \""
                + keyVar + "\"\n";
    }

    private Result list(Map<String, String> env, String... args) {
        CliHarness cli = new CliHarness(clock).env("VPSNAP_CONFIG", config.toString())
                .env("WEB_KEY", Emulator.apiKey("vpsorg")).env("GPU_KEY", Emulator.apiKey("core"))
                .env("EU_KEY", Emulator.apiKey("vpsorg"));
        env.forEach(cli::env);
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"snapshot", "list", "--all-profiles", "-o"}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.run(all);
    }

    private void threeProfiles() throws IOException {
        profiles(profile("web", "vpsorg", first.baseUrl("vpsorg"), "WEB_KEY"),
                profile("gpu", "core", first.baseUrl("core"), "GPU_KEY"),
                profile("eu", "vpsorg", second.baseUrl("vpsorg"), "EU_KEY"));
    }

    private static Map<String, Integer> perProfile(JsonNode list) {
        Map<String, Integer> counts = new TreeMap<>();
        list.forEach(s -> counts.merge(s.get("profile").asText() + "/" + s.get("provider").asText(), 1, Integer::sum));
        return counts;
    }

    @Test
    void everyProfileWithItsOwnProviderAndKeyInOneArray() throws IOException {
        threeProfiles();
        // neither the provider's variable nor the global overrides may make the profiles one account
        Map<String, String> overrides = new HashMap<>();
        overrides.put("VPSORG_API_TOKEN", "wrong-account-token");
        overrides.put("VPSNAP_API_KEY", "wrong-account-token");
        overrides.put("VPSNAP_PROVIDER", "hivelocity");

        Result r = list(overrides, "json", "--parallel", "2");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode list = JsonAssert.tree(r.out());
        // demo data: one baseline per vps.org account, one golden image on core
        assertEquals(Map.of("eu/vpsorg", 1, "gpu/core", 1, "web/vpsorg", 1), perProfile(list), r::toString);
        assertTrue(list.get(0).has("id") && !list.get(0).has("target"), "snapshots, not per-target results");
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void aFailingProfileIsNamedAndTheOthersStillPrinted() throws IOException {
        threeProfiles();

        Result r = list(Map.of("EU_KEY", "revoked"), "json");

        assertEquals(10, r.exitCode(), r::toString);
        assertEquals(Map.of("gpu/core", 1, "web/vpsorg", 1), perProfile(JsonAssert.tree(r.out())), r::toString);
        assertTrue(r.err().contains("vpsnap: snapshot list --profile eu: "), r::toString);
        assertFalse(r.err().contains("revoked"), "no secret on stderr: " + r.err());
    }

    @Test
    void tableNamesThePrefixFilteredSnapshotsOfEveryProfile() throws IOException {
        threeProfiles();

        Result r = list(Map.of(), "ids", "--name-prefix", "web-01-");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.out().lines().count(), r::toString);
    }

    @Test
    void serverIdsAndAChosenProfileDoNotFitEveryAccount() throws IOException {
        threeProfiles();

        Result server = list(Map.of(), "json", "--server", "934");
        Result chosen = list(Map.of(), "json", "-p", "web");

        assertEquals(2, server.exitCode(), server::toString);
        assertTrue(server.err().contains("cannot be combined with --server"), server::toString);
        assertEquals(2, chosen.exitCode(), chosen::toString);
        assertTrue(chosen.err().contains("--profile"), chosen::toString);
        assertEquals("", server.out() + chosen.out());
    }

    @Test
    void noProfilesIsAUsageError() throws IOException {
        Files.writeString(config, "");

        Result r = list(Map.of(), "json");

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("no profiles"), r::toString);
    }
}
