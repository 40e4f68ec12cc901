package dev.vpsnap.provider.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code Attach_Volumes_Payload} / {@code Detach_Volumes_Payload}: the integer ids of the volumes. */
public record CoreVolumeIds(@JsonProperty("volume_ids") List<Long> volumeIds) {
}
