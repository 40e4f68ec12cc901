package dev.vpsnap.provider.vpsorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.SnapshotRestore;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class VpsOrgSnapshotsTest extends VpsOrgHttpTestBase {
    private static final Snapshot S801 = new Snapshot("vpsorg", "test", "801", "pre-migration-snapshot", "12345",
            "web-server-01", null, SnapshotStatus.AVAILABLE, "completed", 5120L * 1048576, Instant.parse("2025-01-15T18:30:00Z"),
            null, "Before major migration", List.of());
    private static final Snapshot S798 = new Snapshot("vpsorg", "test", "798", "weekly-snapshot-2025-01-08", "12345",
            "web-server-01", null, SnapshotStatus.AVAILABLE, "completed", 4856L * 1048576, Instant.parse("2025-01-08T12:00:00Z"),
            null, "Weekly snapshot", List.of());
    private static final Snapshot S802 = new Snapshot("vpsorg", "test", "802", "before-update-snapshot", "12345",
            "web-server-01", null, SnapshotStatus.PENDING, "in_progress", null, Instant.parse("2025-01-16T16:15:00Z"),
            null, "Snapshot before system update", List.of());

    // ---- list / get (no get endpoint: always a list) ----

    @Test
    void listsAllSnapshotsWithoutAFilter() throws Exception {
        enqueue("snapshots-list-all.json");

        List<Snapshot> all = provider.snapshots().list(null);

        expect("GET", "snapshots/?page_size=100");
        assertRequestCount(1);
        assertEquals(List.of(S801, S798, new Snapshot("vpsorg", "test", "805", "db-before-upgrade", "67890", "db-server-01",
                null, SnapshotStatus.AVAILABLE, "completed", 20480L * 1048576, Instant.parse("2025-01-17T09:00:00Z"), null,
                "", List.of())), all);
    }

    @Test
    void listsOneServerAcrossPages() throws Exception {
        enqueue("snapshots-list-page1.json");
        enqueue("snapshots-list-page2.json");

        List<Snapshot> list = provider.snapshots().list("12345");

        expect("GET", "snapshots/?server_id=12345");
        expect("GET", "snapshots/?page=2&server_id=12345");
        assertRequestCount(2);
        assertEquals(List.of(S801, S798, S802), list);
    }

    @Test
    void nonNumericServerIdIsRefusedBeforeSending() {
        VpsnapException e = assertThrows(VpsnapException.class, () -> provider.snapshots().list("web-server-01"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertRequestCount(0);
    }

    @Test
    void getListsTheServerAndPicksTheId() throws Exception {
        enqueue("snapshots-list.json");

        assertEquals(S798, provider.snapshots().get("798", "12345"));

        expect("GET", "snapshots/?server_id=12345");
        assertRequestCount(1);
    }

    @Test
    void getWithoutServerListsEverything() throws Exception {
        enqueue("snapshots-list-all.json");

        assertEquals(S801, provider.snapshots().get("801", null));

        expect("GET", "snapshots/?page_size=100");
        assertRequestCount(1);
    }

    @Test
    void getOfAnAbsentIdIsNotFound() throws Exception {
        enqueue("snapshots-list.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> provider.snapshots().get("999", "12345"));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("snapshot 999 not found on server 12345", e.getMessage());
        expect("GET", "snapshots/?server_id=12345");
        assertRequestCount(1);
    }

    // ---- restore ----

    @Test
    void restoreFindsTheSnapshotThenPostsWithoutBody() throws Exception {
        enqueue("snapshots-list.json");
        enqueue("snapshots-restore-res.json");

        Operation op = provider.snapshots().restore(new SnapshotRestore("801", "12345", null));

        expect("GET", "snapshots/?server_id=12345");
        RecordedRequest post = expect("POST", "snapshots/801/restore/");
        assertEquals(0, post.getBodySize());
        assertRequestCount(2);
        assertEquals(new Operation("vpsorg", "restore:12345:801", "snapshot.restore", OperationStatus.PENDING, "801",
                clock.instant(), null, "Server is being restored from snapshot. This may take 5-15 minutes."), op);
    }

    @Test
    void restoreWithoutServerFindsItByListingEverything() throws Exception {
        enqueue("snapshots-list-all.json");
        enqueue("snapshots-restore-res.json");

        Operation op = provider.snapshots().restore(new SnapshotRestore("801", null, null));

        expect("GET", "snapshots/?page_size=100");
        expect("POST", "snapshots/801/restore/");
        assertRequestCount(2);
        assertEquals("restore:12345:801", op.id());
    }

    @Test
    void restoreOfAnUnknownSnapshotSendsNoMutation() throws Exception {
        enqueue("snapshots-list-all.json");

        VpsnapException e = assertThrows(VpsnapException.class,
                () -> provider.snapshots().restore(new SnapshotRestore("999", null, null)));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("snapshot 999 not found", e.getMessage());
        expect("GET", "snapshots/?page_size=100");
        assertRequestCount(1);
    }

    @Test
    void restoreOfANonRestorableServerIsRejected() throws Exception {
        enqueue("snapshots-list.json");
        enqueue(400, "error-restore-400.json");

        VpsnapException e = assertThrows(VpsnapException.class,
                () -> provider.snapshots().restore(new SnapshotRestore("801", "12345", null)));

        assertEquals(ExitCode.REJECTED, e.exitCode());
        assertEquals("Server is not in a valid state for restoration.", e.getMessage());
        assertTrue(e.hint().contains("vpsnap server list"), e.hint());
        assertRequestCount(2);
    }

    @Test
    void restoreToANewVmIsUnsupported() {
        VpsnapException e = assertThrows(VpsnapException.class,
                () -> provider.snapshots().restore(new SnapshotRestore("801", "12345", "copy-of-web")));
        assertEquals(ExitCode.UNSUPPORTED, e.exitCode());
        assertRequestCount(0);
    }

    // ---- delete ----

    @Test
    void deleteFindsTheServerThenDeletes() throws Exception {
        enqueue("snapshots-list-all.json");
        enqueueNoContent();

        Operation op = provider.snapshots().delete("805", null);

        expect("GET", "snapshots/?page_size=100");
        RecordedRequest del = expect("DELETE", "snapshots/805/");
        assertEquals(0, del.getBodySize());
        assertRequestCount(2);
        assertEquals(new Operation("vpsorg", "delete:67890:805", "snapshot.delete", OperationStatus.RUNNING, "805",
                clock.instant(), null, null), op);
    }

    @Test
    void deleteWithServerListsOnlyThatServer() throws Exception {
        enqueue("snapshots-list.json");
        enqueueNoContent();

        assertEquals("delete:12345:798", provider.snapshots().delete("798", "12345").id());

        expect("GET", "snapshots/?server_id=12345");
        expect("DELETE", "snapshots/798/");
        assertRequestCount(2);
    }

    @Test
    void deleteOfASnapshotNotOnThatServerSendsNothing() throws Exception {
        enqueue("snapshots-list.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> provider.snapshots().delete("805", "12345"));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertRequestCount(1);
    }

    // ---- created ----

    @Test
    void createdFetchesTheSnapshotByListingItsServer() throws Exception {
        enqueue("snapshots-list-completed.json");
        Operation done = VpsOrgRefs.operation(VpsOrgRefs.ref(OperationKinds.SNAPSHOT_CREATE, 12345, 802),
                OperationStatus.SUCCEEDED, null, null, null);

        Snapshot s = provider.snapshots().created(done);

        expect("GET", "snapshots/?server_id=12345");
        assertRequestCount(1);
        assertEquals(new Snapshot("vpsorg", "test", "802", "before-update-snapshot", "12345", "web-server-01", null,
                SnapshotStatus.AVAILABLE, "completed", 5200L * 1048576, Instant.parse("2025-01-16T16:15:00Z"), null,
                "Snapshot before system update", List.of()), s);
    }

    @Test
    void createdOfAnotherKindOfOperationIsAUsageError() {
        Operation del = VpsOrgRefs.operation(VpsOrgRefs.ref(OperationKinds.SNAPSHOT_DELETE, 12345, 802),
                OperationStatus.SUCCEEDED, null, null, null);
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> provider.snapshots().created(del)).exitCode());
        assertRequestCount(0);
    }
}
