package dev.vpsnap.provider.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code SnapshotRestoreRequest}: the name of the NEW VM the snapshot is restored into (required). */
public record CoreRestorePayload(@JsonProperty("new_vm_name") String newVmName) {
}
