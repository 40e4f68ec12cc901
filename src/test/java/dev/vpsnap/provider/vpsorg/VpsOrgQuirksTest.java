package dev.vpsnap.provider.vpsorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Quirk;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * vps.org in the states its docs describe that the default emulator does not show, through the whole CLI and the real
 * transport against the in-process emulator (one fake clock: waiting costs no real time).
 */
class VpsOrgQuirksTest {

    /**
     * Seed 004: "The server will be automatically stopped before restoration begins". A poll that sees the stop
     * phase ({@code stopped}) must not end the wait: the restore is done only once a poll after the POST has seen
     * {@code restoring} and then a settled state.
     */
    @Test
    void aRestoreIsNotDoneDuringTheStopPhaseBeforeRestoring() {
        try (EmulatorCli cli = new EmulatorCli(Set.of(Quirk.VPSORG_STOP_BEFORE_RESTORE))) {
            // stop phase (3 s) + restoring (3 s): the wait cannot have ended before both were over
            String server = restoreTheSeededSnapshot(cli, Duration.ofSeconds(6));
            JsonNode listed = JsonAssert.tree(cli.run("vpsorg", "server", "list").out());
            for (JsonNode s : listed) {
                if (s.get("id").asText().equals(server)) {
                    assertEquals("running", s.get("status").asText(), listed::toString);
                }
            }
        }
    }

    /** The same command without the quirk: restoring, then active. */
    @Test
    void aRestoreSeenRestoringThenActiveSucceeds() {
        try (EmulatorCli cli = new EmulatorCli()) {
            restoreTheSeededSnapshot(cli, Duration.ofSeconds(3));
        }
    }

    /** Restores the demo snapshot, expects exit 0 no sooner than {@code atLeast} after the POST; returns its server. */
    private static String restoreTheSeededSnapshot(EmulatorCli cli, Duration atLeast) {
        JsonNode seeded = JsonAssert.tree(cli.run("vpsorg", "snapshot", "list").out()).get(0);
        String server = seeded.get("serverId").asText();
        Instant posted = cli.clock().instant();
        Result r = cli.run("vpsorg", "snapshot", "restore", seeded.get("id").asText(), "--server", server, "--yes");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("succeeded", JsonAssert.tree(r.out()).get("status").asText(), r::toString);
        assertTrue(!cli.clock().instant().isBefore(posted.plus(atLeast)),
                "finished at " + cli.clock().instant() + ", posted at " + posted);
        return server;
    }
}
