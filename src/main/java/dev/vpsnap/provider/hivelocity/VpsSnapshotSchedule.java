package dev.vpsnap.provider.hivelocity;

/**
 * Wire shape of the spec's {@code VPSSnapshotSchedule}: a schedule of ONE volume (no device id in it).
 * {@code intervalType} is HOURLY, DAILY, WEEKLY or MONTHLY; {@code weekday} 1-7 with Monday = 1.
 */
record VpsSnapshotSchedule(String snapshotScheduleId, String volumeId, String intervalType, Integer hour,
                           Integer minute, Integer day, Integer weekday, Integer maxSnapshots, String timezone) {
}
