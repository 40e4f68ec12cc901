package dev.vpsnap.ops;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code snapshot check}: a pure evaluation of each server's newest available snapshot (optionally only names with a
 * prefix) against age thresholds. Older than {@code crit} is CRITICAL, older than {@code warn} WARNING; a server with
 * no such snapshot is CRITICAL; the worst server decides. The result renders as one monitoring-plugin status line
 * with perfdata {@code age_<server>=<seconds>s;<warn>;<crit>} ({@code U} when there is no snapshot).
 */
public final class AgeCheck {

    /** One server's newest available snapshot and its age (null when it has none). */
    public record ServerAge(String serverId, CheckState state, Long ageSeconds, Snapshot snapshot) {
    }

    /** The whole check; {@link #line()} is the plugin output. */
    public record Result(CheckState state, int exitCode, String message, Long warnAgeSeconds, Long critAgeSeconds,
                         List<ServerAge> servers, String line) {

        static Result of(CheckState state, String message, Duration warn, Duration crit, List<ServerAge> servers, String perf) {
            String line = "SNAPSHOT " + state + " - " + message + (perf.isEmpty() ? "" : "|" + perf);
            return new Result(state, state.code(), message, warn == null ? null : warn.getSeconds(),
                    crit == null ? null : crit.getSeconds(), List.copyOf(servers), line);
        }
    }

    private AgeCheck() {
    }

    /** Warn must be shorter than crit; anything else is a usage error (which the plugin reports as UNKNOWN). */
    public static void validate(Duration warn, Duration crit) {
        if (warn.compareTo(crit) >= 0) {
            throw VpsnapException.usage("--warn-age (" + Durations.format(warn) + ") must be shorter than --crit-age ("
                    + Durations.format(crit) + ")");
        }
    }

    public static Result evaluate(Map<String, List<Snapshot>> byServer, String namePrefix, Duration warn, Duration crit,
                                  Instant now) {
        validate(warn, crit);
        List<ServerAge> ages = new ArrayList<>();
        CheckState worst = CheckState.OK;
        List<String> parts = new ArrayList<>();
        List<String> perf = new ArrayList<>();
        String what = namePrefix == null ? "available snapshot" : "available snapshot named '" + namePrefix + "*'";
        for (Map.Entry<String, List<Snapshot>> e : byServer.entrySet()) {
            String server = e.getKey();
            Snapshot newest = e.getValue().stream()
                    .filter(s -> s.status() == SnapshotStatus.AVAILABLE && s.createdAt() != null)
                    .filter(s -> namePrefix == null || (s.name() != null && s.name().startsWith(namePrefix)))
                    .max(Comparator.comparing(Snapshot::createdAt)).orElse(null);
            String thresholds = ";" + warn.getSeconds() + ";" + crit.getSeconds();
            if (newest == null) {
                ages.add(new ServerAge(server, CheckState.CRITICAL, null, null));
                parts.add("no " + what + " of " + server + " (CRITICAL)");
                perf.add(label(server) + "=U" + thresholds);
                worst = worst.worst(CheckState.CRITICAL);
                continue;
            }
            Duration age = Duration.between(newest.createdAt(), now);
            age = age.isNegative() ? Duration.ZERO : age;
            CheckState state = age.compareTo(crit) > 0 ? CheckState.CRITICAL
                    : age.compareTo(warn) > 0 ? CheckState.WARNING : CheckState.OK;
            ages.add(new ServerAge(server, state, age.getSeconds(), newest));
            parts.add("newest " + what + " of " + server + " is " + Durations.human(age) + " old" + (state == CheckState.OK ? "" : " (" + state + ")"));
            perf.add(label(server) + "=" + age.getSeconds() + "s" + thresholds);
            worst = worst.worst(state);
        }
        return Result.of(worst, String.join("; ", parts), warn, crit, ages, String.join(" ", perf));
    }

    /** The check could not be made (provider, auth, network or usage error): UNKNOWN with the reason. */
    public static Result unknown(String reason) {
        return Result.of(CheckState.UNKNOWN, reason, null, null, List.of(), "");
    }

    private static String label(String server) {
        String l = "age_" + server;
        return l.matches("[A-Za-z0-9_.:-]+") ? l : "'" + l.replace("'", "") + "'";
    }
}
