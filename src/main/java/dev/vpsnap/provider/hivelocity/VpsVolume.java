package dev.vpsnap.provider.hivelocity;

/**
 * Wire shape of the spec's {@code VPSVolume}. {@code type} is {@code ROOT} or {@code DATADISK}; {@code size} is in
 * BYTES here, although volume create/resize take GiB (Hivelocity's GiB-in/bytes-out quirk, handled by the volume
 * commands).
 */
record VpsVolume(String volumeId, String type, Long size, Long deviceId, String facilityCode, String createdAt) {

    static final String ROOT = "ROOT";

    boolean isRoot() {
        return type != null && ROOT.equalsIgnoreCase(type.trim());
    }
}
