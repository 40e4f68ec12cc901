package dev.vpsnap.provider.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Wire shape of a core virtual machine ({@code Instance_Fields}), reduced to what vpsnap uses. {@code status} is a free
 * string (ACTIVE, BUILD, SHUTOFF, ERROR, ...); {@code environment} is an object {@code {id, name, region, ...}}.
 */
public record CoreVm(
        Long id,
        String name,
        String status,
        @JsonProperty("vm_state") String vmState,
        @JsonProperty("power_state") String powerState,
        JsonNode environment,
        @JsonProperty("created_at") String createdAt) {
}
