package dev.vpsnap.ops.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * When a schedule should have fired, computed in its own time zone (pure; no clock inside).
 *
 * <p>Daylight saving time: a wall-clock time that does not exist on a spring-forward day fires at the shifted time
 * (02:30 becomes 03:30), and one that occurs twice on a fall-back day fires once, at the first occurrence — the same
 * as {@link ZonedDateTime#of} resolves them, so a daily schedule fires exactly once every day.
 */
public final class Slots {
    /** Counting stops here: "at least this many" is all a report needs, and it bounds the work. */
    public static final int COUNT_CAP = 10_000;

    private Slots() {
    }

    /** The latest slot at or before {@code t}. */
    public static Instant latestAtOrBefore(Timing timing, Instant t) {
        ZonedDateTime now = t.atZone(timing.zone());
        return switch (timing.interval()) {
            case HOURLY -> {
                ZonedDateTime c = now.truncatedTo(ChronoUnit.HOURS).withMinute(timing.minute());
                yield (c.isAfter(now) ? c.minusHours(1) : c).toInstant();
            }
            case DAILY -> latest(timing, now, now.toLocalDate(), 1, 0);
            case WEEKLY -> latest(timing, now,
                    now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.of(timing.weekday()))), 7, 0);
            case MONTHLY -> latest(timing, now, now.toLocalDate().withDayOfMonth(timing.day()), 0, 1);
        };
    }

    private static Instant latest(Timing timing, ZonedDateTime now, LocalDate date, int backDays, int backMonths) {
        ZonedDateTime c = at(timing, date);
        if (c.isAfter(now)) {
            LocalDate earlier = backMonths > 0 ? date.minusMonths(backMonths).withDayOfMonth(timing.day())
                    : date.minusDays(backDays);
            c = at(timing, earlier);
        }
        return c.toInstant();
    }

    private static ZonedDateTime at(Timing timing, LocalDate date) {
        return ZonedDateTime.of(date, LocalTime.of(timing.hour(), timing.minute()), timing.zone());
    }

    /** How many slots fall in {@code (after, upTo]} (at most {@link #COUNT_CAP}). */
    public static int countBetween(Timing timing, Instant after, Instant upTo) {
        int n = 0;
        Instant s = latestAtOrBefore(timing, upTo);
        while (s.isAfter(after) && n < COUNT_CAP) {
            n++;
            s = latestAtOrBefore(timing, s.minusNanos(1));
        }
        return n;
    }

    /**
     * Whether a run is due now and how many runs were missed: slots since {@code lastRunAt} (or, never run, since the
     * schedule was created) up to {@code now}. One slot is the run that is due; every further one was missed.
     */
    public static Due due(Timing timing, Instant lastRunAt, Instant createdAt, Instant now) {
        Instant since = lastRunAt != null ? lastRunAt : createdAt;
        if (since == null) {
            return new Due(true, 0, latestAtOrBefore(timing, now));
        }
        int slots = countBetween(timing, since, now);
        return new Due(slots > 0, Math.max(0, slots - 1), latestAtOrBefore(timing, now));
    }

    /** @param latestSlot the most recent slot at or before now */
    public record Due(boolean due, int missed, Instant latestSlot) {
    }
}
