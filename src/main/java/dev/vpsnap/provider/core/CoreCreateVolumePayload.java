package dev.vpsnap.provider.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code Create_Volume_Payload}: {@code name} (at most 50 characters), {@code environment_name}, {@code volume_type}
 * and {@code size} (GB) are required; {@code description} is optional and left out when null.
 */
public record CoreCreateVolumePayload(String name, @JsonProperty("environment_name") String environmentName,
                                      @JsonProperty("volume_type") String volumeType, long size,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) String description) {
}
