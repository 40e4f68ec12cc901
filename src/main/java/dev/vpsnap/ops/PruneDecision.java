package dev.vpsnap.ops;

import dev.vpsnap.model.Snapshot;
import java.util.List;

/** One snapshot in a prune plan: keep or delete, and every reason why. */
public record PruneDecision(Snapshot snapshot, Action action, List<String> reasons) {
    public enum Action {
        KEEP, DELETE;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PruneDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean deleted() {
        return action == Action.DELETE;
    }
}
