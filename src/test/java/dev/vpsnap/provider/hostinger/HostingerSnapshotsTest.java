package dev.vpsnap.provider.hostinger;

import static dev.vpsnap.provider.hostinger.HostingerHarness.VMS;
import static dev.vpsnap.provider.hostinger.HostingerHarness.snapshot325;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import java.time.Instant;
import dev.vpsnap.transport.DryRunStop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostingerSnapshotsTest extends HostingerHarnessTest {
    private static final String SNAP = VMS + "/1268054/snapshot";

    private SnapshotApi snapshots;

    @BeforeEach
    void start() {
        snapshots = h.provider.snapshots();
    }

    // ---- list / get -------------------------------------------------------------------------------------------

    @Test
    void listOfOneVmIsItsOneSnapshot() {
        h.fixture(200, "snapshot-get-ok.json");
        assertEquals(List.of(snapshot325("1268054", null)), snapshots.list("1268054"));
        h.expect("GET", SNAP);
        h.expectCount(1);
    }

    @Test
    void listOfOneVmIsEmptyOn404OnceTheVmIsSeenToExist() {
        h.noSnapshot();
        assertEquals(List.of(), snapshots.list("1268054"));
        h.expect("GET", SNAP);
        h.expect("GET", VMS + "/1268054");
        h.expectCount(2);
    }

    /** A 404 for a VM that does not exist is not "no snapshot": the wrong id is exit 4 naming the VM. */
    @Test
    void a404ForAnUnknownVmIsNotFoundNamingTheVm() {
        h.notFound().notFound();
        VpsnapException e = assertThrows(VpsnapException.class, () -> snapshots.list("1268054"));
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("VM 1268054 not found", e.getMessage());
        h.expect("GET", SNAP);
        h.expect("GET", VMS + "/1268054");
    }

    /** The spec does not say what "no snapshot" looks like; an explicit null or empty JSON value means none. */
    @ParameterizedTest
    @ValueSource(strings = {"null", "{}", "[]"})
    void listOfOneVmIsEmptyWhenTheBodyHoldsNoSnapshot(String body) {
        h.raw(200, body, "application/json");
        assertEquals(List.of(), snapshots.list("1268054"));
        h.expect("GET", SNAP);
        h.expectCount(1);
    }

    /** A body cut to nothing, or an object without its id, is not "no snapshot": exit 8 naming what is missing. */
    @ParameterizedTest
    @ValueSource(strings = {"", "{\"id\":null,\"created_at\":null}", "{\"created_at\":\"2025-02-27T11:54:22Z\"}"})
    void aBodyWithoutTheSnapshotsIdIsExitEight(String body) {
        h.raw(200, body, "application/json");
        VpsnapException e = assertThrows(VpsnapException.class, () -> snapshots.list("1268054"));
        assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
        assertTrue(e.getMessage().contains(body.isEmpty() ? "empty body" : "no 'id'"), e.getMessage());
        h.expectCount(1);
    }

    @Test
    void listWithoutServerAsksEveryVmForItsSnapshot() {
        h.fixture(200, "virtual-machines-list-ok.json").fixture(200, "snapshot-get-ok.json").noSnapshot();
        assertEquals(List.of(snapshot325("1268054", "srv1268054.hstgr.cloud")), snapshots.list(null));
        h.expect("GET", VMS);
        h.expect("GET", SNAP);
        h.expect("GET", VMS + "/1268055/snapshot");
        h.expect("GET", VMS + "/1268055");
        h.expectCount(4);
    }

    @Test
    void getReturnsTheVmsSnapshotWhenTheIdMatches() {
        h.fixture(200, "snapshot-get-ok.json");
        assertEquals(snapshot325("1268054", null), snapshots.get("325", "1268054"));
        h.expect("GET", SNAP);
        h.expectCount(1);
    }

    @Test
    void getOfAnotherIdIsNotFound() {
        h.fixture(200, "snapshot-get-ok.json");
        VpsnapException e = assertThrows(VpsnapException.class, () -> snapshots.get("324", "1268054"));
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("snapshot 324 not found on VM 1268054 (its snapshot is 325)", e.getMessage());
        h.expectCount(1);
    }

    @Test
    void getWhenTheVmHasNoSnapshotIsNotFound() {
        h.noSnapshot();
        VpsnapException e = assertThrows(VpsnapException.class, () -> snapshots.get("325", "1268054"));
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("snapshot 325 not found: VM 1268054 has no snapshot", e.getMessage());
    }

    // ---- usage errors: nothing sent ----------------------------------------------------------------------------

    @Test
    void everyVerbAddressedBySnapshotIdNeedsTheServer() {
        List<Executable> calls = List.of(
                () -> snapshots.get("325", null),
                () -> snapshots.delete("325", null),
                () -> snapshots.restore(new SnapshotRestore("325", null, null)),
                () -> snapshots.create(new SnapshotCreate(" ", null, "n", null, List.of(), true)));
        for (Executable call : calls) {
            VpsnapException e = assertThrows(VpsnapException.class, call);
            assertEquals(ExitCode.USAGE, e.exitCode());
            assertTrue(e.getMessage().contains("--server"), e.getMessage());
            assertTrue(e.hint().contains("--server"), e.hint());
        }
        h.expectCount(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "12.5", "99999999999999999999"})
    void aServerIdThatIsNotAPositiveIntegerIsAUsageError(String serverId) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> snapshots.list(serverId));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("--server '" + serverId + "'"), e.getMessage());
        h.expectCount(0);
    }

    @Test
    void whatHostingerCannotStoreIsUnsupported() {
        List<SnapshotCreate> requests = List.of(
                new SnapshotCreate("1268054", "77", "n", null, List.of(), true),
                new SnapshotCreate("1268054", null, "n", "before upgrade", List.of(), true),
                new SnapshotCreate("1268054", null, "n", null, List.of("env=prod"), true));
        for (SnapshotCreate r : requests) {
            assertEquals(ExitCode.UNSUPPORTED, assertThrows(VpsnapException.class, () -> snapshots.create(r)).exitCode());
        }
        assertEquals(ExitCode.UNSUPPORTED, assertThrows(VpsnapException.class,
                () -> snapshots.restore(new SnapshotRestore("325", "1268054", "copy"))).exitCode());
        h.expectCount(0);
    }

    // ---- create: the one-snapshot overwrite ---------------------------------------------------------------------

    @Test
    void createRefusesToOverwriteWithoutReplace() {
        h.fixture(200, "snapshot-get-ok.json");
        VpsnapException e = assertThrows(VpsnapException.class,
                () -> snapshots.create(new SnapshotCreate("1268054", null, "nightly", null, List.of(), false)));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("VM 1268054 already has snapshot 325 from 2025-02-27T11:54:22Z that create would overwrite"
                + " (Hostinger keeps one snapshot per VM)", e.getMessage());
        assertEquals("pass --replace to overwrite it", e.hint());
        h.expect("GET", SNAP);
        h.expectCount(1);
    }

    @Test
    void createWithoutReplaceChecksThenPostsWhenTheVmHasNoSnapshot() {
        h.noSnapshot().fixture(200, "snapshot-create-ok.json");
        Operation op = snapshots.create(new SnapshotCreate("1268054", null, "nightly", null, List.of(), false));
        assertEquals(createdOperation(), op);
        h.expect("GET", SNAP);
        h.expect("GET", VMS + "/1268054");
        h.expect("POST", SNAP);
        h.expectCount(3);
    }

    @Test
    void createWithReplacePostsAtOnce() {
        h.fixture(200, "snapshot-create-ok.json");
        assertEquals(createdOperation(), snapshots.create(new SnapshotCreate("1268054", null, "nightly", "", List.of(), true)));
        h.expect("POST", SNAP);
        h.expectCount(1);
    }

    @Test
    void createdReadsTheVmsSnapshotBack() {
        h.fixture(200, "snapshot-get-ok.json");
        assertEquals(snapshot325("1268054", null), snapshots.created(createdOperation()));
        h.expect("GET", SNAP);
        h.expectCount(1);
    }

    @Test
    void createdWithoutASnapshotIsNotFound() {
        h.noSnapshot();
        VpsnapException e = assertThrows(VpsnapException.class, () -> snapshots.created(createdOperation()));
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("snapshot not found: the create action create:1268054:8123712 finished but VM 1268054 has no snapshot", e.getMessage());
    }

    // ---- restore / delete ---------------------------------------------------------------------------------------

    @Test
    void restoreChecksTheIdThenPosts() {
        h.fixture(200, "snapshot-get-ok.json").fixture(200, "snapshot-restore-ok.json");
        Operation op = snapshots.restore(new SnapshotRestore("325", "1268054", null));
        assertEquals(new Operation("hostinger", "restore:1268054:8123713", "snapshot.restore", OperationStatus.RUNNING, "325",
                Instant.parse("2025-03-01T08:00:00Z"), null, null), op);
        h.expect("GET", SNAP);
        h.expect("POST", SNAP + "/restore");
        h.expectCount(2);
    }

    @Test
    void restoreWithoutSnapshotIdRestoresWhateverTheVmHas() {
        h.fixture(200, "snapshot-get-ok.json").fixture(200, "snapshot-restore-ok.json");
        assertEquals("325", snapshots.restore(new SnapshotRestore(null, "1268054", null)).resourceId());
        h.expect("GET", SNAP);
        h.expect("POST", SNAP + "/restore");
    }

    @Test
    void restoreOfAStaleIdSendsNothing() {
        h.fixture(200, "snapshot-get-ok.json");
        VpsnapException e = assertThrows(VpsnapException.class,
                () -> snapshots.restore(new SnapshotRestore("300", "1268054", null)));
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        h.expectCount(1);
    }

    @Test
    void deleteChecksTheIdThenDeletes() {
        h.fixture(200, "snapshot-get-ok.json").fixture(200, "snapshot-delete-ok.json");
        Operation op = snapshots.delete("325", "1268054");
        assertEquals(new Operation("hostinger", "delete:1268054:8123714", "snapshot.delete", OperationStatus.PENDING, "325",
                Instant.parse("2025-03-02T10:15:00Z"), null, null), op);
        h.expect("GET", SNAP);
        h.expect("DELETE", SNAP);
        h.expectCount(2);
    }

    @Test
    void deleteOfAMissingSnapshotSendsNothing() {
        h.noSnapshot();
        VpsnapException e = assertThrows(VpsnapException.class, () -> snapshots.delete("325", "1268054"));
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        h.expectCount(2);
    }

    @Test
    void dryRunStillChecksForAnOverwriteButSendsNoMutation() {
        List<String> curl = new ArrayList<>();
        try (HostingerHarness dry = new HostingerHarness(curl::add)) {
            dry.noSnapshot();
            assertThrows(DryRunStop.class, () -> dry.provider.snapshots()
                    .create(new SnapshotCreate("1268054", null, "nightly", null, List.of(), false)));
            dry.expect("GET", SNAP);
            dry.expect("GET", VMS + "/1268054");
            dry.expectCount(2);
            assertEquals(List.of("curl -sS -X POST '" + dry.server.url(SNAP) + "' -H 'Accept: application/json'"
                    + " -H \"Authorization: Bearer $VPSNAP_API_KEY\""), curl);
        }
    }

    private static Operation createdOperation() {
        return new Operation("hostinger", "create:1268054:8123712", "snapshot.create", OperationStatus.PENDING, null,
                Instant.parse("2025-02-27T11:54:00Z"), null, null);
    }
}
