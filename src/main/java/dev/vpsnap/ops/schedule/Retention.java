package dev.vpsnap.ops.schedule;

import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a server's snapshots a schedule's run deletes (pure): only those named {@code <prefix>-…}, only
 * {@code available} ones with a known creation time, never the newest available one, and only beyond the
 * {@code maxSnapshots} newest available. Oldest first. Pending, failed or undated snapshots are neither deleted nor
 * counted. (Deliberately minimal: the general prune planner with keep-hourly/daily/… policies lives elsewhere.)
 */
public final class Retention {
    private static final Comparator<Snapshot> NEWEST_FIRST = Comparator.comparing(Snapshot::createdAt)
            .thenComparing(Snapshot::id, Comparator.nullsFirst(Comparator.naturalOrder())).reversed();

    private Retention() {
    }

    public static List<Snapshot> toDelete(List<Snapshot> snapshots, String namePrefix, int maxSnapshots) {
        int keep = Math.max(1, maxSnapshots);
        String owned = namePrefix + "-";
        List<Snapshot> candidates = snapshots.stream()
                .filter(s -> s.name() != null && s.name().startsWith(owned))
                .filter(s -> s.status() == SnapshotStatus.AVAILABLE && s.createdAt() != null)
                .sorted(NEWEST_FIRST)
                .toList();
        if (candidates.size() <= keep) {
            return List.of();
        }
        List<Snapshot> beyond = new java.util.ArrayList<>(candidates.subList(keep, candidates.size()));
        java.util.Collections.reverse(beyond);
        return List.copyOf(beyond);
    }
}
