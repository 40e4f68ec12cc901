package dev.vpsnap.output;

import java.time.Duration;

/** Ages as tables show them (kubectl's style): {@code 45s}, {@code 90m}, {@code 30h}, {@code 12d}, {@code 3y}. */
public final class Ages {
    private Ages() {
    }

    /** The age; a time in the future (clock skew) is {@code 0s}. */
    public static String format(Duration age) {
        long s = Math.max(0, age.getSeconds());
        if (s < 120) {
            return s + "s";
        }
        long m = s / 60;
        if (m < 120) {
            return m + "m";
        }
        long h = m / 60;
        if (h < 48) {
            return h + "h";
        }
        long d = h / 24;
        return d < 730 ? d + "d" : d / 365 + "y";
    }
}
