package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * cli.md "Verdicts": an unknown server is exit 4 naming the server, never an empty list, on every command that takes
 * {@code --server}, on all four providers (against the emulator), with at most one extra request, and only when the
 * answer would otherwise have been empty.
 */
class UnknownServerTest {
    private static final String NOPE = "999";

    @TempDir
    Path home;
    EmulatorCli emu;

    @BeforeEach
    void setUp() {
        emu = new EmulatorCli();
        emu.harness().env("HOSTINGER_API_TOKEN", Emulator.apiKey("hostinger"))
                .env("XDG_CONFIG_HOME", home.resolve("config").toString())
                .env("XDG_STATE_HOME", home.resolve("state").toString()).env("HOME", home.toString());
    }

    @AfterEach
    void tearDown() {
        emu.close();
    }

    private Result notFound(String provider, String... args) {
        Result r = emu.run(provider, args);
        assertEquals(4, r.exitCode(), () -> provider + " " + String.join(" ", args) + "\n" + r);
        assertTrue(r.err().contains("server " + NOPE + " not found"), () -> "names the server: " + r);
        assertEquals("", r.out(), () -> "no empty document on stdout: " + r);
        return r;
    }

    /** The requests one command sends to the emulator. */
    private int requests(Runnable command) {
        int before = emu.emulator().requestCount();
        command.run();
        return emu.emulator().requestCount() - before;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hivelocity", "hostinger", "vpsorg", "core"})
    void snapshotListOfAnUnknownServerIsExitFourWithOneExtraRequest(String provider) {
        String known = emu.servers(provider).get(0);
        int listKnown = requests(() -> assertEquals(0, emu.run(provider, "snapshot", "list", "--server", known).exitCode()));
        int listUnknown = requests(() -> notFound(provider, "snapshot", "list", "--server", NOPE));
        assertTrue(listUnknown <= listKnown + 1, "at most one extra request: " + listUnknown + " vs " + listKnown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hivelocity", "hostinger", "vpsorg", "core"})
    void aKnownServerWithoutSnapshotsIsStillAnEmptyListExitZero(String provider) {
        // the last demo server of each provider: make sure it has no snapshot, then list it
        List<String> servers = emu.servers(provider);
        String server = servers.get(servers.size() - 1);
        JsonNode snaps = JsonAssert.tree(emu.run(provider, "snapshot", "list", "--server", server).out());
        for (JsonNode s : snaps) {
            Result d = emu.run(provider, "snapshot", "delete", s.get("id").asText(), "--server", server, "--yes");
            assertEquals(0, d.exitCode(), d::toString);
        }
        Result r = emu.run(provider, "snapshot", "list", "--server", server);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(0, JsonAssert.tree(r.out()).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hivelocity", "hostinger", "vpsorg", "core"})
    void restoreLatestOfAnUnknownServerIsNotFoundNamingTheServer(String provider) {
        List<String> a = new ArrayList<>(List.of("snapshot", "restore", "--server", NOPE, "--latest", "--yes"));
        if (provider.equals("core")) {
            a.addAll(List.of("--new-vm-name", "x"));
        }
        Result r = notFound(provider, a.toArray(String[]::new));
        assertTrue(!r.err().contains("has no available snapshot"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hivelocity", "hostinger", "vpsorg", "core"})
    void getCreateAndPruneOnAnUnknownServer(String provider) {
        notFound(provider, "snapshot", "get", "123", "--server", NOPE);
        List<String> create = new ArrayList<>(List.of("snapshot", "create", "--server", NOPE));
        create.addAll(provider.equals("hostinger") ? List.of("--replace") : List.of("--name", "typo")); // no names there
        notFound(provider, create.toArray(String[]::new));
        notFound(provider, "snapshot", "prune", "--server", NOPE, "--name-prefix", "x", "--keep-last", "1", "--yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hivelocity", "hostinger", "vpsorg", "core"})
    void schedulesOfAnUnknownServer(String provider) {
        notFound(provider, "schedule", "list", "--server", NOPE);
        notFound(provider, "schedule", "create", "--server", NOPE, "--interval", "daily", "--max-snapshots", "3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hivelocity", "core"})
    void volumesOfAnUnknownServer(String provider) {
        notFound(provider, "volume", "list", "--server", NOPE);
    }

    /** The monitoring plugin: a server that does not exist is UNKNOWN (3), a configuration error, not CRITICAL. */
    @ParameterizedTest
    @ValueSource(strings = {"hivelocity", "hostinger", "vpsorg", "core"})
    void snapshotCheckOfAnUnknownServerIsUnknown(String provider) {
        Result r = emu.harness().run(withTarget(provider, "snapshot", "check", "--server", NOPE, "--warn-age", "1d",
                "--crit-age", "2d"));
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("SNAPSHOT UNKNOWN"), r::toString);
        assertTrue(r.out().contains("server " + NOPE + " not found"), r::toString);
    }

    @Test
    void severalServersOneUnknownIsPartial() {
        String known = emu.servers("vpsorg").get(0);
        Result r = emu.run("vpsorg", "snapshot", "list", "--server", known, "--server", NOPE);
        assertEquals(10, r.exitCode(), r::toString);
        assertTrue(r.err().contains("server " + NOPE + " not found"), r::toString);
    }

    private String[] withTarget(String provider, String... rest) {
        List<String> a = new ArrayList<>(List.of("--provider", provider, "--endpoint", emu.emulator().baseUrl(provider)));
        if (provider.equals("hivelocity")) {
            a.addAll(List.of("--facility", "TPA1"));
        }
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }
}
