package dev.vpsnap.ops;

import java.util.List;

/** What {@code snapshot prune} would do, per server group, before anything is sent. */
public record PrunePlan(List<PruneGroup> groups) {

    public PrunePlan {
        groups = List.copyOf(groups);
    }

    public List<PruneDecision> deletions() {
        return groups.stream().flatMap(g -> g.delete().stream()).toList();
    }
}
