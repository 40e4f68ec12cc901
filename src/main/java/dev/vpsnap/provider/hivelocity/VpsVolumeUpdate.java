package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code PUT /vps/volume/{id}} (spec {@code VPSVolumeUpdate}): {@code size} GiB required, deviceId not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VpsVolumeUpdate(long size, Long deviceId) {
}
