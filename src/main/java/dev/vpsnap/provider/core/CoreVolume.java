package dev.vpsnap.provider.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Wire shape of a core volume ({@code Volume_Fields}), reduced to what vpsnap uses. {@code size} is GB (whole, as
 * requested on create); {@code status} is lowercase ({@code creating, available, in-use, deleting, error, ...});
 * {@code attachments} name the VMs ({@code instance_id}) it is attached to.
 */
public record CoreVolume(
        Long id,
        String name,
        String description,
        Long size,
        String status,
        @JsonProperty("volume_type") String volumeType,
        Boolean bootable,
        JsonNode environment,
        List<Attachment> attachments,
        @JsonProperty("created_at") String createdAt) {

    public CoreVolume {
        attachments = attachments == null ? List.of() : attachments.stream().filter(a -> a != null).toList();
    }

    /** {@code Attachments_Fields_for_Volume} (and {@code Attach_Volume_Fields}, which adds {@code volume_id}). */
    public record Attachment(Long id, @JsonProperty("instance_id") Long instanceId,
                             @JsonProperty("volume_id") Long volumeId, String device, String status) {
    }

    /** Whether it is attached to this VM. */
    boolean attachedTo(String vmId) {
        return attachments.stream().anyMatch(a -> a.instanceId() != null && vmId.equals(String.valueOf(a.instanceId())));
    }
}
