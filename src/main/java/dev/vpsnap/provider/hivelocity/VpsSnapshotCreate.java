package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code POST /vps/snapshot} (spec {@code VPSSnapshotCreate}): clientId is optional, the rest required. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VpsSnapshotCreate(String volumeId, String name, String facilityCode, Long clientId) {
}
