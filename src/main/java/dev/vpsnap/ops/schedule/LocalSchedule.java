package dev.vpsnap.ops.schedule;

import dev.vpsnap.model.Schedule;
import java.time.Instant;

/**
 * A schedule vpsnap runs itself ({@code schedule run}), kept in the local store. {@code interval} is lowercase;
 * {@code hour} is null for hourly schedules. {@code lastRunAt}/{@code lastResult} are updated by every run.
 *
 * @param profile the profile it was created under (null when none applied, e.g. settings from the environment)
 */
public record LocalSchedule(String id, String profile, String provider, String serverId, String interval, int minute,
                            Integer hour, Integer weekday, Integer day, String timezone, int maxSnapshots,
                            String namePrefix, Instant createdAt, Instant lastRunAt, String lastResult) {

    public static final String SOURCE = "local";

    /** The timing, re-validated: a hand-edited store cannot make a run fire at an impossible time. */
    public Timing timing() {
        return ScheduleRules.timing(interval, minute, hour, weekday, day, timezone);
    }

    /** The contract's Schedule, {@code "source":"local"}. */
    public Schedule toSchedule() {
        return new Schedule(provider, id, SOURCE, serverId, null, interval, minute, hour, weekday, day, timezone,
                maxSnapshots, namePrefix);
    }

    public LocalSchedule withRun(Instant at, String result) {
        return new LocalSchedule(id, profile, provider, serverId, interval, minute, hour, weekday, day, timezone,
                maxSnapshots, namePrefix, createdAt, at, result);
    }
}
