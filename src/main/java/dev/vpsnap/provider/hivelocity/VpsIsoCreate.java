package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /vps/iso} (spec {@code VPSISOCreate}): all required but {@code clientId}; {@code bootable} is
 * a JSON boolean (the seed's "True"/"False" string is wrong).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VpsIsoCreate(String name, String description, String url, boolean bootable, String facilityCode,
                    Long clientId) {
}
