package dev.vpsnap.provider;

/** Portable restore request; {@code newVmName} is required by providers that restore into a new VM. */
public record SnapshotRestore(String snapshotId, String serverId, String newVmName) {
}
