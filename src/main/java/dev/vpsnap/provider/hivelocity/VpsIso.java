package dev.vpsnap.provider.hivelocity;

import java.util.List;

/**
 * Wire shape of the spec's {@code VPSISO}. {@code size} has no unit in the spec; it is read as bytes, like every
 * other size Hivelocity answers with. {@code deviceIds} are the VPSes it is attached to.
 */
record VpsIso(String isoId, String name, String description, String url, Long size, String status, Boolean ready,
              Boolean bootable, List<Long> deviceIds, String facilityCode) {
}
