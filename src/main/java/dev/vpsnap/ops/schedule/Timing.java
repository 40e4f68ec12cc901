package dev.vpsnap.ops.schedule;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * When a schedule fires, already validated by {@link ScheduleRules}: {@code hour} is null for hourly schedules,
 * {@code weekday} (1-7, Monday = 1) only for weekly, {@code day} (1-28) only for monthly.
 */
public record Timing(Interval interval, int minute, Integer hour, Integer weekday, Integer day, ZoneId zone) {

    /** E.g. {@code weekly on Monday at 03:15 Europe/Berlin}. */
    public String describe() {
        String at = String.format(Locale.ROOT, "%02d:%02d", hour == null ? 0 : hour, minute);
        return switch (interval) {
            case HOURLY -> String.format(Locale.ROOT, "hourly at minute %02d", minute) + " " + zone.getId();
            case DAILY -> "daily at " + at + " " + zone.getId();
            case WEEKLY -> "weekly on " + DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " at " + at + " " + zone.getId();
            case MONTHLY -> "monthly on day " + day + " at " + at + " " + zone.getId();
        };
    }

    /**
     * The five cron fields (minute hour day-of-month month day-of-week) in the schedule's own zone; cron counts
     * Sunday as 0, so weekday 7 (Sunday) becomes 0 and Monday..Saturday keep 1..6.
     */
    public String cronFields() {
        String h = hour == null ? "*" : String.valueOf(hour);
        String dom = day == null ? "*" : String.valueOf(day);
        String dow = weekday == null ? "*" : String.valueOf(weekday % 7);
        return minute + " " + h + " " + dom + " * " + dow;
    }

    /** A systemd {@code OnCalendar=} value with the zone, e.g. {@code Mon *-*-* 03:15:00 Europe/Berlin}. */
    public String onCalendar() {
        String dow = weekday == null ? "" : DayOfWeek.of(weekday).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " ";
        String date = day == null ? "*-*-*" : String.format(Locale.ROOT, "*-*-%02d", day);
        String time = (hour == null ? "*" : String.format(Locale.ROOT, "%02d", hour))
                + String.format(Locale.ROOT, ":%02d:00", minute);
        return dow + date + " " + time + " " + zone.getId();
    }
}
