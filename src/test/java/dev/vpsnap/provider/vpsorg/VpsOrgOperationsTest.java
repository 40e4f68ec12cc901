package dev.vpsnap.provider.vpsorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.SnapshotCreate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VpsOrgOperationsTest extends VpsOrgHttpTestBase {
    private static final Instant CREATED_AT = Instant.parse("2025-01-16T16:15:00Z");

    private static Operation running(String kind, long server, long snapshot, Instant started) {
        return VpsOrgRefs.operation(VpsOrgRefs.ref(kind, server, snapshot), OperationStatus.RUNNING, started, null, "started");
    }

    @ParameterizedTest
    @CsvSource({
            "snapshots-list-in-progress.json, RUNNING, started",
            "snapshots-list-completed.json, SUCCEEDED, snapshot 802 completed",
            "snapshots-list-failed.json, FAILED, snapshot 802 failed (status 'failed')",
            "snapshots-list.json, FAILED, snapshot 802 disappeared from server 12345 before it completed"})
    void createIsPolledByListingTheServer(String listing, OperationStatus expected, String message) throws Exception {
        enqueue(listing);
        Operation op = running(OperationKinds.SNAPSHOT_CREATE, 12345, 802, CREATED_AT);

        Operation now = provider.operations().refresh(op);

        expect("GET", "snapshots/?server_id=12345");
        assertRequestCount(1);
        assertEquals(new Operation("vpsorg", "create:12345:802", "snapshot.create", expected, "802", CREATED_AT,
                expected.terminal() ? clock.instant() : null, message), now);
    }

    @ParameterizedTest
    @CsvSource({
            "snapshots-list.json, RUNNING, started",
            "snapshots-list-in-progress.json, SUCCEEDED, snapshot 798 deleted"})
    void deleteSucceedsOnceTheSnapshotIsNoLongerListed(String listing, OperationStatus expected, String message)
            throws Exception {
        enqueue(listing);
        Instant started = clock.instant();
        clock.advance(Duration.ofSeconds(5));

        Operation now = provider.operations().refresh(running(OperationKinds.SNAPSHOT_DELETE, 12345, 798, started));

        expect("GET", "snapshots/?server_id=12345");
        assertRequestCount(1);
        assertEquals(new Operation("vpsorg", "delete:12345:798", "snapshot.delete", expected, "798", started,
                expected.terminal() ? clock.instant() : null, message), now);
    }

    @ParameterizedTest
    @CsvSource({
            "servers-list-restoring.json, RUNNING, server 12345 is restoring",
            "servers-list-active.json, SUCCEEDED, server 12345 restored (status 'active')",
            "servers-list-stopped.json, SUCCEEDED, server 12345 restored (status 'stopped')",
            "servers-list-error.json, FAILED, server 12345 is in state 'error' after the restore",
            "servers-list-page2.json, FAILED, server 12345 is no longer listed"})
    void restoreWatchesTheServerStatus(String listing, OperationStatus expected, String message) throws Exception {
        enqueue(listing);
        Instant started = clock.instant();

        Operation now = provider.operations().refresh(running(OperationKinds.SNAPSHOT_RESTORE, 12345, 801, started));

        expect("GET", "servers/");
        assertRequestCount(1);
        assertEquals(new Operation("vpsorg", "restore:12345:801", "snapshot.restore", expected, "801", started,
                expected.terminal() ? clock.instant() : null, message), now);
    }

    /** Before a poll has seen {@code restoring}, a settled server is the stop phase or a restore not begun. */
    @ParameterizedTest
    @CsvSource({
            "servers-list-restoring.json, RUNNING, server 12345 is restoring",
            "servers-list-active.json, PENDING, server 12345 is 'active'; vps.org has not shown the restore running yet",
            "servers-list-stopped.json, PENDING, server 12345 is 'stopped'; vps.org has not shown the restore running yet"})
    void aRestoreNotYetSeenRestoringIsNotDoneWhenTheServerLooksSettled(String listing, OperationStatus expected,
                                                                      String message) throws Exception {
        enqueue(listing);
        Instant started = clock.instant();
        Operation pending = VpsOrgRefs.operation(VpsOrgRefs.ref(OperationKinds.SNAPSHOT_RESTORE, 12345, 801),
                OperationStatus.PENDING, started, null, "started");

        Operation now = provider.operations().refresh(pending);

        expect("GET", "servers/");
        assertEquals(new Operation("vpsorg", "restore:12345:801", "snapshot.restore", expected, "801", started, null,
                message), now);
    }

    @Test
    void getResumesFromTheIdAloneInALaterProcess() throws Exception {
        enqueue("snapshots-list-in-progress.json");

        Operation op = provider.operations().get("create:12345:802");

        expect("GET", "snapshots/?server_id=12345");
        assertRequestCount(1);
        assertEquals(new Operation("vpsorg", "create:12345:802", "snapshot.create", OperationStatus.RUNNING, "802",
                CREATED_AT, null, null), op);
    }

    @Test
    void getOfAForeignIdIsAUsageErrorAndSendsNothing() {
        VpsnapException e = assertThrows(VpsnapException.class, () -> provider.operations().get("1268054:77"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertRequestCount(0);
    }

    @Test
    void aTerminalOperationIsNotPolledAgain() {
        Operation done = VpsOrgRefs.operation(VpsOrgRefs.ref(OperationKinds.SNAPSHOT_DELETE, 1, 2),
                OperationStatus.SUCCEEDED, null, clock.instant(), "snapshot 2 deleted");
        assertSame(done, provider.operations().refresh(done));
        assertRequestCount(0);
    }

    @Test
    void createThenPollThenCreatedGivesTheFinalSnapshot() throws Exception {
        enqueue("snapshots-list-empty.json");
        enqueue(201, "snapshots-create-res.json");
        enqueue("snapshots-list-in-progress.json");
        enqueue("snapshots-list-completed.json");
        enqueue("snapshots-list-completed.json");

        Operation op = provider.snapshots().create(
                new SnapshotCreate("12345", null, "before-update-snapshot", "Snapshot before system update", List.of(), false));
        op = provider.operations().refresh(op);
        assertEquals(OperationStatus.RUNNING, op.status());
        assertNull(op.finishedAt());
        clock.advance(Duration.ofMinutes(4));
        op = provider.operations().refresh(op);
        assertEquals(OperationStatus.SUCCEEDED, op.status());
        assertEquals(clock.instant(), op.finishedAt());
        assertEquals(CREATED_AT, op.startedAt());

        var snapshot = provider.snapshots().created(op);

        assertEquals("802", snapshot.id());
        assertEquals(SnapshotStatus.AVAILABLE, snapshot.status());
        assertEquals(5200L * 1048576, snapshot.sizeBytes());
        expect("GET", "snapshots/?server_id=12345");
        expect("POST", "snapshots/");
        expect("GET", "snapshots/?server_id=12345");
        expect("GET", "snapshots/?server_id=12345");
        expect("GET", "snapshots/?server_id=12345");
        assertRequestCount(5);
    }
}
