package dev.vpsnap.ops;

import java.util.List;

/**
 * The plan for one server: a decision for every candidate (name with the prefix), newest first, and the snapshots
 * outside the prefix, which are never candidates (each kept with the reason {@code outside prefix}).
 */
public record PruneGroup(String serverId, List<PruneDecision> decisions, List<PruneDecision> outsidePrefix) {

    public PruneGroup {
        decisions = List.copyOf(decisions);
        outsidePrefix = List.copyOf(outsidePrefix);
    }

    public List<PruneDecision> keep() {
        return decisions.stream().filter(d -> !d.deleted()).toList();
    }

    public List<PruneDecision> delete() {
        return decisions.stream().filter(PruneDecision::deleted).toList();
    }
}
