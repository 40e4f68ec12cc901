package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code schedule run} takes the same paths as the snapshot commands: its create is reconciled after an ambiguous
 * failure (as {@code snapshot create}'s is), so a cron run never makes a second snapshot nor reports a failure for a
 * snapshot that was made.
 */
class ScheduleRunPathsTest {
    @TempDir
    Path home;
    EmulatorCli cli;
    Emulator emu;

    @BeforeEach
    void setUp() {
        cli = new EmulatorCli();
        emu = cli.emulator();
        cli.harness().env("XDG_CONFIG_HOME", home.resolve("config").toString())
                .env("XDG_STATE_HOME", home.resolve("state").toString()).env("HOME", home.toString());
    }

    @AfterEach
    void tearDown() {
        cli.close();
    }

    private static String createPost(String provider) {
        return provider.equals("vpsorg") ? "/vpsorg/api/v1/snapshots/?$" : "/core/v1/core/virtual-machines/\\d+/snapshots$";
    }

    private long prefixed(String provider, String server, String prefix) {
        Result r = cli.run(provider, "snapshot", "list", "--server", server, "--name-prefix", prefix + "-");
        assertEquals(0, r.exitCode(), r::toString);
        return StreamSupport.stream(JsonAssert.tree(r.out()).spliterator(), false).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpsorg", "core"})
    void anAmbiguousFailureOfTheRunsCreateIsReconciledNotRepeatedNorFailed(String provider) {
        String server = cli.servers(provider).get(0);
        Result made = cli.run(provider, "schedule", "create", "--server", server, "--interval", "daily",
                "--max-snapshots", "3", "--name-prefix", "cron");
        assertEquals(0, made.exitCode(), made::toString);
        String id = JsonAssert.tree(made.out()).get("id").asText();
        emu.faults().failAfterApplyingNext("POST", createPost(provider));

        Result r = cli.run(provider, "schedule", "run", id);

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode result = JsonAssert.tree(r.out()).get(0);
        assertTrue(result.get("ok").asBoolean(), r::toString);
        assertEquals("available", result.get("snapshot").get("status").asText());
        assertTrue(r.err().contains("failed ambiguously") && r.err().contains("not creating it again"), r::toString);
        assertEquals(0, emu.faults().pendingScripted(), "the fault was used");
        assertEquals(1, prefixed(provider, server, "cron"), "exactly one snapshot");
    }
}
