package dev.vpsnap.output;

import dev.vpsnap.model.OperationStatus;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The few colours vpsnap uses: statuses in tables (available/succeeded green, failed red, pending and other
 * transitional states yellow) and the red {@code vpsnap:} of an error line. Never in json, yaml, csv or ids.
 */
public final class Ansi {
    static final String RED = "\u001b[31m";
    static final String GREEN = "\u001b[32m";
    static final String YELLOW = "\u001b[33m";
    static final String RESET = "\u001b[0m";

    private static final Set<String> GOOD = Set.of("available", "succeeded", "ready", "running", "active", "ok");
    private static final Set<String> BAD = Set.of("failed", "error");
    private static final Set<String> BUSY = Set.of("pending", "restoring", "deleting", "creating", "resizing",
            "attaching", "detaching", "in_progress", "provisioning");

    private Ansi() {
    }

    /**
     * Whether to colour: {@code always} and {@code never} decide alone; {@code auto} is off when {@code NO_COLOR} is set
     * (no-color.org), on when {@code CLICOLOR_FORCE} is set and not {@code 0}, else on only on a terminal whose
     * {@code TERM} is not {@code dumb}.
     */
    public static boolean enabled(ColorMode mode, Function<String, String> getenv, boolean tty) {
        if (mode == ColorMode.ALWAYS || mode == ColorMode.NEVER) {
            return mode == ColorMode.ALWAYS;
        }
        if (set(getenv.apply("NO_COLOR"))) {
            return false;
        }
        String force = getenv.apply("CLICOLOR_FORCE");
        if (set(force) && !"0".equals(force)) {
            return true;
        }
        return tty && !"dumb".equals(getenv.apply("TERM"));
    }

    /** The {@code vpsnap:} that starts an error line, red when {@code color}. */
    public static String errorPrefix(boolean color) {
        return color ? RED + "vpsnap:" + RESET : "vpsnap:";
    }

    /**
     * A status cell painted by what it means; {@code raw} is the model value (an {@link OperationStatus} is typed:
     * {@code running} is in progress there, while a server that is {@code running} is fine).
     */
    static String status(Object raw, String text) {
        String colour;
        if (raw instanceof OperationStatus s) {
            colour = s == OperationStatus.SUCCEEDED ? GREEN : s == OperationStatus.FAILED ? RED : YELLOW;
        } else {
            String key = text.toLowerCase(Locale.ROOT);
            colour = GOOD.contains(key) ? GREEN : BAD.contains(key) ? RED
                    : BUSY.contains(key) ? YELLOW : null;
        }
        return colour == null ? text : colour + text + RESET;
    }

    private static boolean set(String v) {
        return v != null && !v.isEmpty();
    }
}
