package dev.vpsnap.ops;

import dev.vpsnap.error.VpsnapException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as the contract writes them: {@code 90s}, {@code 15m}, {@code 2h}, {@code 7d}, or ISO-8601 {@code PT15M}. */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

    private Durations() {
    }

    public static Duration parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE.matcher(s);
        if (m.matches()) {
            try {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofDays(Math.multiplyExact(7, n));
                };
            } catch (ArithmeticException | NumberFormatException tooLarge) {
                throw VpsnapException.usage("duration '" + text + "' is too large");
            }
        }
        try {
            Duration d = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            if (d.isNegative()) {
                throw new DateTimeParseException("negative", text, 0);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw VpsnapException.usage("invalid duration '" + text + "' (use e.g. 90s, 15m, 2h, 7d or PT15M)");
        }
    }

    /**
     * A duration that must lie in {@code [min, max]}: a deadline or timeout checked when the command line is read,
     * before any request (an unbounded value would overflow a deadline after the mutation was sent).
     */
    public static Duration parse(String text, Duration min, Duration max) {
        Duration d = parse(text);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw VpsnapException.usage("'" + text + "' is out of range (" + human(min) + " to " + human(max) + ")");
        }
        return d;
    }

    public static String format(Duration d) {
        long s = d.getSeconds();
        if (s % 86400 == 0 && s > 0) {
            return s / 86400 + "d";
        }
        if (s % 3600 == 0 && s > 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0 && s > 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    /** A rounded age for people: the two largest units, e.g. {@code 3h}, {@code 1d 6h}, {@code 4m 10s}. */
    public static String human(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long[] sizes = {86400, 3600, 60, 1};
        String[] units = {"d", "h", "m", "s"};
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < sizes.length && shown < 2; i++) {
            long n = s / sizes[i];
            s %= sizes[i];
            if (n > 0 || (shown > 0)) {
                if (n > 0) {
                    sb.append(sb.length() == 0 ? "" : " ").append(n).append(units[i]);
                }
                shown++;
            }
        }
        return sb.length() == 0 ? "0s" : sb.toString();
    }
}
