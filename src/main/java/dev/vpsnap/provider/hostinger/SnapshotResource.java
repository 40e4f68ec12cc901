package dev.vpsnap.provider.hostinger;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire shape of {@code VPS.V1.Snapshot.SnapshotResource} ({@code GET .../virtual-machines/{id}/snapshot}).
 * Hostinger's snapshot has no name, no status and no size: just these four fields.
 *
 * @param restoreTime estimated restore duration in seconds (not mapped: the model has no such field)
 */
public record SnapshotResource(
        Long id,
        @JsonProperty("restore_time") Long restoreTime,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("expires_at") String expiresAt) {
}
