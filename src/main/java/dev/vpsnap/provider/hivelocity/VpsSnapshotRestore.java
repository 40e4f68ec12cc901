package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code POST /vps/snapshot/{id}} (spec {@code VPSSnapshotRestore}): facilityCode required, clientId not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VpsSnapshotRestore(String facilityCode, Long clientId) {
}
