package dev.vpsnap.provider.vpsorg;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A vps.org snapshot as the API returns it (list results and the 201 of create). The same shape, with only
 * {@code id, name, created_at}, is nested in the restore response.
 *
 * @param sizeMb    size in MB (read as MiB, see {@link VpsOrgMapper}); null while {@code in_progress}
 * @param createdAt ISO-8601 text, e.g. {@code 2025-01-15T18:30:00Z}
 * @param message   only on the create response ("Snapshot is being created...")
 */
public record VpsOrgSnapshot(Long id, VpsOrgServer server, String name, String status,
                             @JsonProperty("size_mb") Long sizeMb, @JsonProperty("created_at") String createdAt,
                             String description, String message) {
}
