package dev.vpsnap.model;

/** A snapshot schedule; {@code source} is {@code native} (provider-run) or {@code local} (run by vpsnap). */
public record Schedule(String provider, String id, String source, String serverId, String volumeId, String interval,
                       Integer minute, Integer hour, Integer weekday, Integer day, String timezone,
                       Integer maxSnapshots, String namePrefix) {
}
