package dev.vpsnap.provider;

/**
 * Portable schedule create. {@code interval} is HOURLY, DAILY, WEEKLY or MONTHLY; {@code weekday} 1-7 (Monday = 1)
 * only for WEEKLY, {@code day} 1-28 only for MONTHLY; {@code timezone} an IANA name. Validated before sending.
 */
public record ScheduleCreate(String serverId, String volumeId, String interval, int minute, int hour, Integer weekday,
                             Integer day, String timezone, int maxSnapshots, String namePrefix) {
}
