package dev.vpsnap.ops.schedule;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.provider.ScheduleCreate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * THE one place schedule field rules are checked, for native (provider-run) and local schedules alike, before any
 * request is sent; every violation is a usage error (exit 2) naming the option. Adapters do not re-check.
 *
 * <ul>
 *   <li>exactly one of {@code --server} / {@code --volume};</li>
 *   <li>{@code --interval} hourly|daily|weekly|monthly, any case;</li>
 *   <li>{@code --minute} 0-59 (default 0);</li>
 *   <li>{@code --hour} 0-23 (default 0); refused for hourly schedules, which fire every hour at {@code --minute}
 *       (the provider's required {@code hour} field is then sent as 0);</li>
 *   <li>{@code --weekday} 1-7 (Monday = 1): required for weekly, refused otherwise;</li>
 *   <li>{@code --day} 1-28: required for monthly, refused otherwise;</li>
 *   <li>{@code --timezone} an IANA region id such as {@code Europe/Berlin} (default {@code UTC}); offsets like
 *       {@code +02:00} are refused because they ignore daylight saving time;</li>
 *   <li>{@code --max-snapshots} at least 1 (required);</li>
 *   <li>{@code --name-prefix} 1-32 of {@code [A-Za-z0-9_-]} (safe as a snapshot name on every provider, vps.org
 *       included), default {@code vpsnap-sched}.</li>
 * </ul>
 */
public final class ScheduleRules {
    public static final String DEFAULT_PREFIX = "vpsnap-sched";
    public static final String DEFAULT_ZONE = "UTC";
    static final int MAX_PREFIX = 32;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_PREFIX + "}");

    /** The options as given (null = not given). */
    public record Fields(String serverId, String volumeId, String interval, Integer minute, Integer hour,
                         Integer weekday, Integer day, String timezone, Integer maxSnapshots, String namePrefix) {
    }

    private ScheduleRules() {
    }

    /** The validated request: interval uppercase (the SPI's spelling), defaults filled in. */
    public static ScheduleCreate validate(Fields f) {
        if ((f.serverId() == null) == (f.volumeId() == null)) {
            throw VpsnapException.usage("give exactly one of --server ID or --volume ID");
        }
        Timing t = timing(f.interval(), f.minute(), f.hour(), f.weekday(), f.day(), f.timezone());
        if (f.maxSnapshots() == null) {
            throw VpsnapException.usage("--max-snapshots N is required (how many of this schedule's snapshots to keep)");
        }
        if (f.maxSnapshots() < 1) {
            throw VpsnapException.usage("--max-snapshots must be at least 1, not " + f.maxSnapshots());
        }
        String prefix = f.namePrefix() == null ? DEFAULT_PREFIX : f.namePrefix();
        if (!PREFIX.matcher(prefix).matches()) {
            throw VpsnapException.usage("--name-prefix must be 1-" + MAX_PREFIX
                    + " letters, digits, '-' or '_' (safe on every provider), not '" + prefix + "'");
        }
        return new ScheduleCreate(f.serverId(), f.volumeId(), t.interval().name(), t.minute(),
                t.hour() == null ? 0 : t.hour(), t.weekday(), t.day(), t.zone().getId(), f.maxSnapshots(), prefix);
    }

    /** The timing rules alone (also used to read a stored schedule back). */
    public static Timing timing(String intervalText, Integer minute, Integer hour, Integer weekday, Integer day,
                                String timezone) {
        if (intervalText == null) {
            throw VpsnapException.usage("--interval is required: hourly, daily, weekly or monthly");
        }
        Interval interval = Interval.parse(intervalText);
        int m = minute == null ? 0 : range("--minute", minute, 0, 59);
        Integer h = null;
        if (interval == Interval.HOURLY) {
            if (hour != null) {
                throw VpsnapException.usage("--hour does not apply to an hourly schedule (it fires every hour at --minute)");
            }
        } else {
            h = hour == null ? 0 : range("--hour", hour, 0, 23);
        }
        if (interval == Interval.WEEKLY) {
            if (weekday == null) {
                throw VpsnapException.usage("a weekly schedule needs --weekday 1-7 (Monday = 1)");
            }
            range("--weekday", weekday, 1, 7);
        } else if (weekday != null) {
            throw VpsnapException.usage("--weekday applies only to a weekly schedule, not " + interval.lower());
        }
        if (interval == Interval.MONTHLY) {
            if (day == null) {
                throw VpsnapException.usage("a monthly schedule needs --day 1-28");
            }
            range("--day", day, 1, 28);
        } else if (day != null) {
            throw VpsnapException.usage("--day applies only to a monthly schedule, not " + interval.lower());
        }
        return new Timing(interval, m, h, weekday, day, zone(timezone));
    }

    /** An IANA region id (e.g. {@code Europe/Berlin}, {@code UTC}); fixed offsets and unknown names are refused. */
    public static ZoneId zone(String timezone) {
        String id = timezone == null ? DEFAULT_ZONE : timezone.trim();
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw VpsnapException.usage("--timezone must be an IANA time zone such as Europe/Berlin or America/New_York, not '"
                    + timezone + "'");
        }
        return ZoneId.of(id);
    }

    private static int range(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw VpsnapException.usage(option + " must be " + min + "-" + max + ", not " + value);
        }
        return value;
    }
}
