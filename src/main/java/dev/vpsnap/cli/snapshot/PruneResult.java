package dev.vpsnap.cli.snapshot;

import dev.vpsnap.model.Operation;

/** What happened to one snapshot a prune deleted: the final operation, or why it failed. */
public record PruneResult(String snapshotId, String serverId, boolean ok, Operation operation, String error) {
}
