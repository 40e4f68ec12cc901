package dev.vpsnap.provider.hostinger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.Quirk;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.EmulatorCli;
import dev.vpsnap.testing.JsonAssert;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostinger in the states its spec allows that the default emulator does not show, through the whole CLI and the real
 * transport against the in-process emulator (one fake clock).
 */
class HostingerQuirksTest {
    private static final String CREATE_POST = "/hostinger/api/vps/v1/virtual-machines/\\d+/snapshot$";

    /** A VM without a snapshot (of the demo VMs only web-01 has one). */
    private static String bareVm(EmulatorCli cli) {
        for (JsonNode s : JsonAssert.tree(cli.run("hostinger", "server", "list").out())) {
            if (s.get("name").asText().startsWith("db-01")) {
                return s.get("id").asText();
            }
        }
        throw new IllegalStateException("no demo VM db-01");
    }

    /** The VM's actions as the emulator lists them (newest first). */
    private static JsonNode actions(EmulatorCli cli, String vm) {
        try {
            HttpRequest get = HttpRequest.newBuilder(URI.create(cli.emulator().baseUrl("hostinger")
                    + "/api/vps/v1/virtual-machines/" + vm + "/actions"))
                    .header("Authorization", "Bearer " + Emulator.apiKey("hostinger")).build();
            return JsonAssert.tree(HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString()).body())
                    .get("data");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each send of a create overwrites the VM's one snapshot: after a 500 that was processed, it is adopted, not resent. */
    @Test
    void anAmbiguousCreateFailureIsReconciledThroughTheActionsNeverResent() {
        try (EmulatorCli cli = new EmulatorCli()) {
            String vm = bareVm(cli);
            cli.emulator().faults().failAfterApplyingNext("POST", CREATE_POST);

            Result r = cli.run("hostinger", "snapshot", "create", "--server", vm, "--replace");

            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("available", JsonAssert.tree(r.out()).get("status").asText(), r::toString);
            assertEquals(1, actions(cli, vm).size(), () -> "one create action only: " + actions(cli, vm) + "\n" + r);
        }
    }

    /** A create whose outcome cannot be known is exit 8 with what to check, and is not sent again. */
    @Test
    void aCreateLostBeforeAnyActionIsListedIsExitEightAndNotResent() {
        try (EmulatorCli cli = new EmulatorCli()) {
            String vm = bareVm(cli);
            cli.emulator().faults().failNext("POST", CREATE_POST, 500);

            Result r = cli.run("hostinger", "snapshot", "create", "--server", vm, "--replace");

            assertEquals(8, r.exitCode(), r::toString);
            assertTrue(r.err().contains("not sending it again"), r::toString);
            assertEquals(0, actions(cli, vm).size(), r::toString);
        }
    }

    /** Action names are free text: a resumed create wait still prints the snapshot it made. */
    @Test
    void aResumedCreateWaitDoesNotDependOnTheActionName() {
        try (EmulatorCli cli = new EmulatorCli(Set.of(Quirk.HOSTINGER_FREE_ACTION_NAMES))) {
            String vm = bareVm(cli);
            Result started = cli.run("hostinger", "snapshot", "create", "--server", vm, "--replace", "--no-wait");
            assertEquals(0, started.exitCode(), started::toString);

            Result r = cli.run("hostinger", "snapshot", "wait", "--operation",
                    JsonAssert.tree(started.out()).get("id").asText());

            assertEquals(0, r.exitCode(), r::toString);
            JsonNode snap = JsonAssert.tree(r.out());
            assertFalse(snap.has("kind"), () -> "the snapshot, not the operation: " + r);
            assertEquals(vm, snap.get("serverId").asText(), r::toString);
        }
    }

    /** "No snapshot" answered each way the spec leaves open lists as none; the default answers 404. */
    @ParameterizedTest
    @EnumSource(value = Quirk.class, names = {"HOSTINGER_NO_SNAPSHOT_NULL", "HOSTINGER_NO_SNAPSHOT_OBJECT",
            "HOSTINGER_ACTION_DELAYED"})
    void noSnapshotIsAnEmptyList(Quirk quirk) {
        try (EmulatorCli cli = new EmulatorCli(Set.of(quirk))) {
            Result r = cli.run("hostinger", "snapshot", "list", "--server", bareVm(cli));
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(0, JsonAssert.tree(r.out()).size(), r::toString);
        }
    }

    /** A wrong VM id is exit 4 naming the VM, not an empty list (the 404 is checked against the VM's own GET). */
    @Test
    void aWrongVmIdIsNotFoundNotAnEmptyList() {
        try (EmulatorCli cli = new EmulatorCli()) {
            Result r = cli.run("hostinger", "snapshot", "list", "--server", "999999");
            assertEquals(4, r.exitCode(), r::toString);
            assertTrue(r.err().contains("999999 not found"), r::toString); // the unknown-server rule names it
        }
    }

    /** A 500 cannot be told from an outage: it is exit 8, never "no snapshot". */
    @Test
    void a500ForNoSnapshotIsNotAnEmptyList() {
        try (EmulatorCli cli = new EmulatorCli(Set.of(Quirk.HOSTINGER_NO_SNAPSHOT_500))) {
            Result r = cli.run("hostinger", "snapshot", "list", "--server", bareVm(cli));
            assertEquals(8, r.exitCode(), r::toString);
            assertEquals(1, r.err().strip().lines().count(), r::toString);
        }
    }

    @Test
    void actionsThroughDelayedFinish() {
        try (EmulatorCli cli = new EmulatorCli(Set.of(Quirk.HOSTINGER_ACTION_DELAYED))) {
            Result r = cli.run("hostinger", "snapshot", "create", "--server", bareVm(cli), "--replace");
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("available", JsonAssert.tree(r.out()).get("status").asText(), r::toString);
        }
    }

    @Test
    void anActionEndingInErrorIsExitSeven() {
        try (EmulatorCli cli = new EmulatorCli(Set.of(Quirk.HOSTINGER_ACTION_ERROR))) {
            Result r = cli.run("hostinger", "snapshot", "create", "--server", bareVm(cli), "--replace");
            assertEquals(7, r.exitCode(), r::toString);
        }
    }

    /** Issue 14 point 5: --name and --idempotent cannot be kept on Hostinger, so they are refused, nothing sent. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"--name=ci-rollback", "--idempotent"})
    void nameAndIdempotentAreRefusedWithExitNine(String option) {
        try (EmulatorCli cli = new EmulatorCli()) {
            String vm = bareVm(cli);
            int before = cli.emulator().requestCount();
            Result r = cli.run("hostinger", "snapshot", "create", "--server", vm, "--replace", option);
            assertEquals(9, r.exitCode(), r::toString);
            assertTrue(r.err().contains("no name") && r.err().contains("drop " + option.replaceAll("=.*", "")),
                    r::toString);
            assertEquals(before, cli.emulator().requestCount(), "nothing sent");
            assertEquals(0, actions(cli, vm).size());
        }
    }
}
