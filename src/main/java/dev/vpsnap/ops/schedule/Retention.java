package dev.vpsnap.ops.schedule;

import dev.vpsnap.model.Snapshot;
import dev.vpsnap.ops.PruneDecision;
import dev.vpsnap.ops.PrunePlanner;
import dev.vpsnap.ops.PrunePolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which of a server's snapshots a schedule's run deletes: the prune planner's answer ({@link PrunePlanner}, the
 * same as {@code snapshot prune}'s) for the policy "names {@code <prefix>-…}, keep the last {@code maxSnapshots}"
 * (at least one). So its safety rules hold here too: only {@code available} snapshots with a known creation time
 * are candidates or counted, the newest available one is always kept, nothing outside the prefix is touched.
 * Oldest first.
 */
public final class Retention {
    private Retention() {
    }

    /** The schedule's keep rule as a prune policy. */
    public static PrunePolicy policy(String namePrefix, int maxSnapshots) {
        return new PrunePolicy(namePrefix + "-", Math.max(1, maxSnapshots), 0, 0, 0, 0, null);
    }

    public static List<Snapshot> toDelete(List<Snapshot> snapshots, String namePrefix, int maxSnapshots) {
        List<Snapshot> doomed = new ArrayList<>(PrunePlanner.plan(snapshots, policy(namePrefix, maxSnapshots))
                .deletions().stream().map(PruneDecision::snapshot).toList());
        Collections.reverse(doomed);
        return List.copyOf(doomed);
    }
}
