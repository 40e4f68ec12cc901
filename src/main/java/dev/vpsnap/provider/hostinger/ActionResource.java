package dev.vpsnap.provider.hostinger;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire shape of {@code VPS.V1.Action.ActionResource}: what snapshot create/restore/delete return and what
 * {@code GET .../virtual-machines/{vmId}/actions/{actionId}} polls.
 *
 * @param name  free text, not enumerated by the spec (the emulator uses {@code snapshot_create} etc.)
 * @param state {@code created, sent, delayed, success, error}
 */
public record ActionResource(
        Long id,
        String name,
        String state,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {
}
