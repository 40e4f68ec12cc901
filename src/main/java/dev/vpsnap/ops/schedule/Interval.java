package dev.vpsnap.ops.schedule;

import dev.vpsnap.error.VpsnapException;
import java.util.Locale;

/** How often a schedule fires. Written lowercase in vpsnap's JSON, uppercase on Hivelocity's wire. */
public enum Interval {
    HOURLY, DAILY, WEEKLY, MONTHLY;

    /** Case-insensitive; anything else is a usage error (exit 2). */
    public static Interval parse(String text) {
        if (text != null) {
            for (Interval i : values()) {
                if (i.name().equalsIgnoreCase(text.trim())) {
                    return i;
                }
            }
        }
        throw VpsnapException.usage("--interval must be hourly, daily, weekly or monthly, not '" + text + "'");
    }

    public String lower() {
        return name().toLowerCase(Locale.ROOT);
    }
}
