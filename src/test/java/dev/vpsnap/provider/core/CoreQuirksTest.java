package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.Quirk;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * core (Hyperstack) in the states its docs and tooling describe that the default emulator does not show, through the
 * whole CLI and the real transport against the in-process emulator (one fake clock).
 */
class CoreQuirksTest {

    /** The demo snapshot (web-01-golden) and its VM. */
    private static JsonNode seeded(EmulatorCli cli) {
        return JsonAssert.tree(cli.run("core", "snapshot", "list").out()).get(0);
    }

    private static Result restore(EmulatorCli cli, String newVm) {
        JsonNode s = seeded(cli);
        return cli.run("core", "snapshot", "restore", s.get("id").asText(), "--server", s.get("serverId").asText(),
                "--new-vm-name", newVm, "--yes");
    }

    /** The vendor's restore page answers {@code instances: [...]}: the new VM is followed, not exit 8. */
    @Test
    void aRestoreAnsweredWithInstancesIsFollowedToTheNewVm() {
        try (EmulatorCli cli = new EmulatorCli(Set.of(Quirk.CORE_RESTORE_INSTANCES, Quirk.CORE_CREATING_VMS))) {
            Result r = restore(cli, "from-instances");
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("succeeded", JsonAssert.tree(r.out()).get("status").asText(), r::toString);
        }
    }

    /** {@code count} per page or 0: lists go on to the last page (here 150 VMs at 100 a page). */
    @ParameterizedTest
    @EnumSource(value = Quirk.class, names = {"CORE_COUNT_PER_PAGE", "CORE_COUNT_ZERO"})
    void listsAreNotCutByCount(Quirk quirk) {
        try (EmulatorCli cli = new EmulatorCli(Set.of(quirk), 150)) {
            assertEquals(150, cli.servers("core").size());
        }
    }

    /** A restored VM that ends DELETED or ERROR ends the wait as a failure (exit 7), not at the deadline. */
    @ParameterizedTest
    @EnumSource(value = Quirk.class, names = {"CORE_RESTORE_DELETED", "CORE_RESTORE_ERROR"})
    void aRestoredVmThatEndsDeletedOrInErrorFails(Quirk quirk) {
        try (EmulatorCli cli = new EmulatorCli(Set.of(quirk))) {
            java.time.Instant start = cli.clock().instant();
            Result r = restore(cli, "doomed");
            assertEquals(7, r.exitCode(), r::toString);
            assertTrue(Duration.between(start, cli.clock().instant()).compareTo(Duration.ofMinutes(1)) < 0, r::toString);
        }
    }

    /** The GET of a deleted snapshot documents no 404: a 403 or a 400 of its own wording still ends the delete. */
    @ParameterizedTest
    @EnumSource(value = Quirk.class, names = {"CORE_DELETED_403", "CORE_DELETED_400"})
    void aDeleteIsDoneWhenTheSnapshotIsGoneFromItsList(Quirk quirk) {
        try (EmulatorCli cli = new EmulatorCli(Set.of(quirk))) {
            JsonNode s = seeded(cli);
            Result r = cli.run("core", "snapshot", "delete", s.get("id").asText(), "--yes");
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("succeeded", JsonAssert.tree(r.out()).get("status").asText(), r::toString);
        }
    }

    /** The docs' rule: above 500 requests a minute, 429 without Retry-After until the minute is over. */
    @Test
    void theRateBlockLastsTheMinuteAndSaysNoRetryAfter() throws Exception {
        try (EmulatorCli cli = new EmulatorCli(Set.of(Quirk.CORE_RATE_BLOCK))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest get = HttpRequest.newBuilder(URI.create(cli.emulator().baseUrl("core") + "/core/virtual-machines"))
                    .header("api_key", Emulator.apiKey("core")).build();
            for (int i = 0; i < 500; i++) {
                assertEquals(200, http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode(), "request " + i);
            }
            HttpResponse<String> blocked = http.send(get, HttpResponse.BodyHandlers.ofString());
            assertEquals(429, blocked.statusCode());
            assertFalse(blocked.headers().firstValue("Retry-After").isPresent(), blocked.headers().toString());
            cli.clock().advance(Duration.ofSeconds(30));
            assertEquals(429, http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode());
            cli.clock().advance(Duration.ofSeconds(31));
            assertEquals(200, http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }
}
