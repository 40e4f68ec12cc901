package dev.vpsnap.provider.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Wire shape of a core snapshot: the spec's {@code SnapshotFields} (list, create) and {@code SnapshotRetrieveFields}
 * (get), which adds {@code vm_name}, {@code volume_id}, ... Only the members vpsnap uses are declared.
 *
 * <p>Quirk: the spec types {@code labels} (in the get response) and {@code volume_id} as strings while the vendor docs
 * show an array and the list/create responses use an array; both are kept as {@link JsonNode} and read leniently by
 * {@link CoreMapper}. The {@code vm_environment}/{@code vm_flavor}/{@code vm_image}/{@code vm_keypair} members
 * (strings in the spec, objects in the docs) are not used, so whatever type arrives is ignored. {@code size} is GB.
 */
public record CoreSnapshot(
        Long id,
        String name,
        String description,
        @JsonProperty("vm_id") Long vmId,
        @JsonProperty("vm_name") String vmName,
        @JsonProperty("region_id") Long regionId,
        String region,
        String status,
        @JsonProperty("is_image") Boolean isImage,
        Double size,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        JsonNode labels,
        @JsonProperty("volume_id") JsonNode volumeId) {
}
