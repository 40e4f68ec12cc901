package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** snapshot list (account-wide, filtered client-side) and get. */
class CoreSnapshotReadTest extends CoreMockServerTest {
    private static final long GIB = 1L << 30;

    static final Snapshot NIGHTLY_14 = new Snapshot("core", "test", "5001", "nightly-2025-01-14", "101", null, null,
            SnapshotStatus.AVAILABLE, "SUCCESSFUL", 100 * GIB, Instant.parse("2025-01-14T02:00:00Z"), null, "nightly",
            List.of("env=prod", "tier=gpu"));
    static final Snapshot PRE_UPGRADE = new Snapshot("core", "test", "5002", "pre-upgrade", "102", null, null,
            SnapshotStatus.AVAILABLE, "COMPLETE", 50 * GIB, Instant.parse("2025-01-15T08:00:00Z"), null,
            "before driver upgrade", List.of());
    static final Snapshot NIGHTLY_15 = new Snapshot("core", "test", "5003", "nightly-2025-01-15", "101", null, null,
            SnapshotStatus.PENDING, "CREATING", 0L, Instant.parse("2025-01-15T02:00:00Z"), null, "nightly", List.of());

    @Test
    void listFetchesEveryPage() {
        respond(200, "snapshot-list-page1-res.json");
        respond(200, "snapshot-list-page2-res.json");

        List<Snapshot> all = core.snapshots().list(null);

        expect("GET", "/v1/core/snapshots?page=1&pageSize=100");
        expect("GET", "/v1/core/snapshots?page=2&pageSize=100");
        expectRequestCount(2);
        assertEquals(List.of(NIGHTLY_14, PRE_UPGRADE, NIGHTLY_15), all);
    }

    @Test
    void listOfOneServerFiltersTheAccountWideListOnVmId() {
        respond(200, "snapshot-list-page1-res.json");
        respond(200, "snapshot-list-page2-res.json");

        List<Snapshot> mine = core.snapshots().list("101");

        expect("GET", "/v1/core/snapshots?page=1&pageSize=100");
        expect("GET", "/v1/core/snapshots?page=2&pageSize=100");
        expectRequestCount(2);
        assertEquals(List.of(NIGHTLY_14, NIGHTLY_15), mine);
    }

    @Test
    void emptyListIsEmpty() {
        respond(200, "snapshot-list-empty-res.json");

        assertEquals(List.of(), core.snapshots().list("999"));

        expect("GET", "/v1/core/snapshots?page=1&pageSize=100");
        expectRequestCount(1);
    }

    @Test
    void getMapsTheRetrieveFieldsWithDocsStyleObjects() {
        respond(200, "snapshot-get-res.json");

        Snapshot s = core.snapshots().get("5001", null);

        expect("GET", "/v1/core/snapshots/5001");
        expectRequestCount(1);
        assertEquals(NIGHTLY_14.withServerName("gpu-train-01"), s);
    }

    @Test
    void getReadsSpecStyleStringsLeniently() {
        respond(200, "snapshot-get-spec-strings-res.json");

        Snapshot s = core.snapshots().get("5004", "102");

        expect("GET", "/v1/core/snapshots/5004");
        assertEquals(new Snapshot("core", "test", "5004", "weekly", "102", "gpu-infer-02", "880", SnapshotStatus.FAILED,
                "ERROR", 1610612736L, Instant.parse("2025-01-12T03:04:05Z"), null, "weekly backup",
                List.of("env=staging", "owner=ops")), s);
    }

    @Test
    void getWithAnotherServerIsNotFound() {
        respond(200, "snapshot-get-res.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> core.snapshots().get("5001", "102"));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("snapshot 5001 belongs to VM 101, not VM 102", e.getMessage());
        expect("GET", "/v1/core/snapshots/5001");
        expectRequestCount(1);
    }

    @Test
    void aBadRequestSayingTheSnapshotDoesNotExistIsNotFound() {
        respond(400, "error-400-not-found-res.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> core.snapshots().get("9999", null));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals(400, e.httpStatus());
        assertEquals("Snapshot with id 9999 does not exist [bad_request]", e.getMessage());
        expect("GET", "/v1/core/snapshots/9999");
    }

    @Test
    void nonNumericIdsAreRefusedBeforeSending() {
        VpsnapException get = assertThrows(VpsnapException.class, () -> core.snapshots().get("snap-1", null));
        VpsnapException list = assertThrows(VpsnapException.class, () -> core.snapshots().list("web01"));

        assertEquals(ExitCode.USAGE, get.exitCode());
        assertEquals("core snapshot ids are whole numbers, not 'snap-1'", get.getMessage());
        assertEquals(ExitCode.USAGE, list.exitCode());
        expectRequestCount(0);
    }
}
