package dev.vpsnap.provider.hivelocity;

/**
 * Wire shape of the spec's {@code VPSSnapshot}: a snapshot of ONE volume (no device id in it). {@code size} is in
 * bytes; {@code state} is described as Scheduled, Started or Completed (no enum); {@code snapshotType} names the
 * schedule interval that made it (HOURLY, DAILY, WEEKLY, MONTHLY).
 */
record VpsSnapshot(String snapshotId, String volumeId, String name, String state, Long size, String snapshotType,
                   String createdAt) {
}
