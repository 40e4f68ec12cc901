package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code DELETE /vps/volume/{id}} (spec {@code VPSVolumeDelete}): the body itself is required, the
 * {@code deviceId} inside it is not, so an unknown device sends {@code {}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VpsVolumeDelete(Long deviceId) {
}
