package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /vps/snapshotSchedule} (spec {@code VPSSnapshotScheduleCreate}): seven required fields;
 * {@code day} (MONTHLY only), {@code weekday} (WEEKLY only) and {@code clientId} are left out when null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VpsSnapshotScheduleCreate(String volumeId, String facilityCode, String intervalType, int hour, int minute,
                                 int maxSnapshots, String timezone, Integer day, Integer weekday, Long clientId) {
}
