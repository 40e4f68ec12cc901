package dev.vpsnap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.HomeCliTest;
import dev.vpsnap.testing.JsonAssert;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import dev.vpsnap.testing.QuirkCases;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole CLI against the in-process sandbox emulator, per provider: create → wait → list → restore → delete, JSON
 * checked at each step. The emulator and the waiter share one fake clock, so waiting costs no real time.
 */
class SandboxEndToEndTest extends HomeCliTest {
    private Result ok(String... args) {
        Result r = cli.run(args);
        assertEquals(0, r.exitCode(), () -> String.join(" ", args) + "\n" + r);
        return r;
    }

    private static String[] args(String provider, String... rest) {
        List<String> a = new ArrayList<>(List.of("--sandbox", "--provider", provider, "-o", "json"));
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }

    static Stream<Arguments> everyProviderUnderEachQuirk() {
        return QuirkCases.forProviders("hivelocity", "hostinger", "vpsorg", "core");
    }

    @ParameterizedTest(name = "{0} quirk [{1}]")
    @MethodSource("everyProviderUnderEachQuirk")
    void createWaitListRestoreDelete(String provider, String quirk) {
        cli.env("VPSNAP_SANDBOX_QUIRKS", quirk);
        JsonNode servers = JsonAssert.tree(ok(args(provider, "server", "list")).out());
        assertTrue(servers.size() >= 3, "demo servers seeded");
        String server = servers.get(0).get("id").asText();
        boolean hostinger = provider.equals("hostinger");

        // Hostinger snapshots have no name: --name is refused there (exit 9), --replace acknowledges the overwrite
        List<String> create = new ArrayList<>(List.of("snapshot", "create", "--server", server));
        create.addAll(hostinger ? List.of("--replace") : List.of("--name", "e2e-" + provider));
        JsonNode snap = JsonAssert.tree(ok(args(provider, create.toArray(String[]::new))).out());
        String id = snap.get("id").asText();
        assertFalse(id.isBlank(), "create prints the snapshot id");
        assertEquals(provider, snap.get("provider").asText());
        assertEquals("available", snap.get("status").asText());
        assertEquals(server, snap.get("serverId").asText());
        if (!hostinger) {
            assertEquals("e2e-" + provider, snap.get("name").asText());
        }

        JsonNode list = JsonAssert.tree(ok(args(provider, "snapshot", "list", "--server", server)).out());
        assertTrue(contains(list, id), "the new snapshot is listed: " + list);

        JsonNode got = JsonAssert.tree(ok(args(provider, "snapshot", "get", id, "--server", server)).out());
        assertEquals(id, got.get("id").asText());

        List<String> restore = new ArrayList<>(List.of("snapshot", "restore", id, "--server", server, "--yes"));
        if (provider.equals("core")) {
            restore.addAll(List.of("--new-vm-name", "restored-e2e"));
        }
        JsonNode restored = JsonAssert.tree(ok(args(provider, restore.toArray(String[]::new))).out());
        assertEquals("snapshot.restore", restored.get("kind").asText());
        assertEquals("succeeded", restored.get("status").asText());

        JsonNode deleted = JsonAssert.tree(ok(args(provider, "snapshot", "delete", id, "--server", server, "--yes")).out());
        assertEquals("snapshot.delete", deleted.get("kind").asText());
        assertEquals("succeeded", deleted.get("status").asText());

        JsonNode after = JsonAssert.tree(ok(args(provider, "snapshot", "list", "--server", server)).out());
        assertFalse(contains(after, id), "deleted snapshot is gone: " + after);
    }

    static Stream<Arguments> namedProvidersUnderEachQuirk() {
        return QuirkCases.forProviders("hivelocity", "vpsorg", "core");
    }

    @ParameterizedTest(name = "{0} quirk [{1}]")
    @MethodSource("namedProvidersUnderEachQuirk")
    void noWaitThenResumeWithSnapshotWait(String provider, String quirk) {
        cli.env("VPSNAP_SANDBOX_QUIRKS", quirk);
        String server = JsonAssert.tree(ok(args(provider, "server", "list")).out()).get(0).get("id").asText();
        JsonNode op = JsonAssert.tree(ok(args(provider, "snapshot", "create", "--server", server, "--name", "resume-1",
                "--no-wait")).out());
        assertEquals("snapshot.create", op.get("kind").asText());
        JsonNode snap = JsonAssert.tree(ok(args(provider, "snapshot", "wait", "--operation", op.get("id").asText())).out());
        assertEquals("available", snap.get("status").asText());
        assertEquals("resume-1", snap.get("name").asText());
    }

    /** The sandbox takes its quirks from the environment; an unknown name is a usage error naming the known ones. */
    @Test
    void anUnknownSandboxQuirkIsAUsageError() {
        cli.env("VPSNAP_SANDBOX_QUIRKS", "no-such-quirk");
        Result r = cli.run(args("vpsorg", "server", "list"));
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("vpsorg-stop-before-restore"), r::toString);
    }

    @Test
    void successiveCommandsShareState() {
        Result r = ok("--sandbox", "--provider", "vpsorg", "snapshot", "list", "-o", "ids");
        int before = (int) r.out().lines().count();
        ok("--sandbox", "--provider", "vpsorg", "snapshot", "create", "--server", "940", "--name", "shared");
        int after = (int) ok("--sandbox", "--provider", "vpsorg", "snapshot", "list", "-o", "ids").out().lines().count();
        assertEquals(before + 1, after);
        ok("sandbox", "reset");
        assertEquals(before, (int) ok("--sandbox", "--provider", "vpsorg", "snapshot", "list", "-o", "ids").out().lines().count());
    }

    @Test
    void sandboxWithoutAProviderUsesVpsOrg() {
        JsonNode list = JsonAssert.tree(ok("--sandbox", "snapshot", "list", "-o", "json").out());
        assertTrue(list.size() >= 1);
        assertEquals("vpsorg", list.get(0).get("provider").asText());
    }

    @Test
    void vpsorgLimitOfFiveIsRefusedBeforeSending() {
        for (int i = 0; ; i++) {
            Result r = cli.run("--sandbox", "--provider", "vpsorg", "snapshot", "create", "--server", "934", "--name", "n" + i);
            if (r.exitCode() != 0) {
                assertEquals(5, r.exitCode(), r::toString);
                assertTrue(r.err().contains("5"), r::toString);
                break;
            }
            assertTrue(i < 5, "at most 5 snapshots per server");
        }
    }

    @Test
    void hostingerOverwriteNeedsReplaceWithoutTty() {
        String server = JsonAssert.tree(ok(args("hostinger", "server", "list")).out()).get(0).get("id").asText();
        ok(args("hostinger", "snapshot", "create", "--server", server, "--replace"));
        Result r = cli.run(args("hostinger", "snapshot", "create", "--server", server));
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--replace"), r::toString);
    }

    @Test
    void coreRestoreWithoutNewVmNameIsUsageError() {
        Result r = cli.run(args("core", "snapshot", "restore", "1", "--yes"));
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--new-vm-name"), r::toString);
    }

    private static boolean contains(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (id.equals(n.get("id").asText())) {
                return true;
            }
        }
        return false;
    }
}
