package dev.vpsnap.ops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {
    static Snapshot snap(String id, String name, SnapshotStatus status, String created) {
        return new Snapshot("vpsorg", null, id, name, "940", null, null, status, status.toString(), null,
                created == null ? null : Instant.parse(created), null, null, List.of());
    }

    private static List<String> ids(List<Snapshot> s) {
        return s.stream().map(Snapshot::id).toList();
    }

    @Test
    void deletesTheOldestAvailableBeyondMaxOldestFirst() {
        List<Snapshot> all = List.of(
                snap("1", "db-20260101-000000", SnapshotStatus.AVAILABLE, "2026-01-01T00:00:00Z"),
                snap("2", "db-20260102-000000", SnapshotStatus.AVAILABLE, "2026-01-02T00:00:00Z"),
                snap("3", "db-20260103-000000", SnapshotStatus.AVAILABLE, "2026-01-03T00:00:00Z"),
                snap("4", "db-20260104-000000", SnapshotStatus.AVAILABLE, "2026-01-04T00:00:00Z"));
        assertEquals(List.of("1", "2"), ids(Retention.toDelete(all, "db", 2)));
        assertEquals(List.of(), ids(Retention.toDelete(all, "db", 4)));
        assertEquals(List.of(), ids(Retention.toDelete(all, "db", 9)));
    }

    @Test
    void neverTouchesOtherNamesNonAvailableUndatedOrTheNewestAvailable() {
        List<Snapshot> all = new ArrayList<>(List.of(
                snap("old-manual", "manual-backup", SnapshotStatus.AVAILABLE, "2020-01-01T00:00:00Z"),
                snap("lookalike", "dbx-20200101-000000", SnapshotStatus.AVAILABLE, "2020-01-01T00:00:00Z"),
                snap("bare", "db", SnapshotStatus.AVAILABLE, "2020-01-01T00:00:00Z"),
                snap("unnamed", null, SnapshotStatus.AVAILABLE, "2020-01-01T00:00:00Z"),
                snap("failed", "db-20250101-000000", SnapshotStatus.FAILED, "2025-01-01T00:00:00Z"),
                snap("pending", "db-20260105-000000", SnapshotStatus.PENDING, "2026-01-05T00:00:00Z"),
                snap("undated", "db-x", SnapshotStatus.AVAILABLE, null),
                snap("a", "db-20260101-000000", SnapshotStatus.AVAILABLE, "2026-01-01T00:00:00Z"),
                snap("b", "db-20260102-000000", SnapshotStatus.AVAILABLE, "2026-01-02T00:00:00Z")));
        assertEquals(List.of("a"), ids(Retention.toDelete(all, "db", 1)));
        // max below one still keeps the newest available
        assertEquals(List.of("a"), ids(Retention.toDelete(all, "db", 0)));
    }

    @Test
    void sameCreationTimeIsOrderedById() {
        List<Snapshot> all = List.of(
                snap("10", "p-1", SnapshotStatus.AVAILABLE, "2026-01-01T00:00:00Z"),
                snap("11", "p-2", SnapshotStatus.AVAILABLE, "2026-01-01T00:00:00Z"));
        assertEquals(List.of("10"), ids(Retention.toDelete(all, "p", 1)));
    }
}
