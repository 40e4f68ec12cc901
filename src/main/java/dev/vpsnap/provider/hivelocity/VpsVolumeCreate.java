package dev.vpsnap.provider.hivelocity;

/** Body of {@code POST /vps/volume} (spec {@code VPSVolumeCreate}): both required; {@code size} in GiB. */
record VpsVolumeCreate(long deviceId, long size) {
}
