package dev.vpsnap.cli;

import dev.vpsnap.config.ResolvedProfile;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.ops.AgeCheck;
import dev.vpsnap.ops.CheckState;
import dev.vpsnap.ops.schedule.RunResult;
import dev.vpsnap.output.PrometheusTextfile;
import dev.vpsnap.output.StderrLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --prometheus FILE} of {@code snapshot check} and {@code schedule run}: node_exporter textfile metrics of the
 * run, written atomically when it ends. A file that cannot be written is one warning line; the exit code stays the
 * command's. The time of the last success is carried over from the previous file when this run has none for a series
 * (a failed run must not make the last success disappear).
 */
public final class PrometheusOption {
    static final String AGE = "vpsnap_snapshot_age_seconds";
    static final String LAST_SUCCESS = "vpsnap_snapshot_last_success_timestamp_seconds";
    static final String STATUS = "vpsnap_check_status";
    static final String DURATION = "vpsnap_run_duration_seconds";
    static final String EXIT_CODE = "vpsnap_run_exit_code";
    static final String RUN_AT = "vpsnap_run_timestamp_seconds";

    @Option(names = "--prometheus", paramLabel = "FILE",
            description = "Write node_exporter textfile-collector metrics of this run to FILE (atomically; e.g. "
                    + "/var/lib/prometheus/node-exporter/vpsnap.prom).")
    public Path file;

    private Instant started;

    /** First thing a command does: the run's start, and FILE's directory checked before any request (exit 2). */
    public void begin(BaseCommand cmd) {
        started = cmd.env().clock().instant();
        if (file != null) {
            Path dir = file.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir) || Files.isDirectory(file)) {
                throw VpsnapException.usage("--prometheus: " + (dir == null || !Files.isDirectory(dir)
                        ? "no directory " + dir : file + " is a directory"));
            }
        }
    }

    /** {@code snapshot check}: per server its age, last success and state; UNKNOWN for each server when it failed. */
    public void check(BaseCommand cmd, AgeCheck.Result result, List<String> servers) {
        write(cmd, result.exitCode(), (t, labels) -> {
            if (result.state() == CheckState.UNKNOWN && result.servers().isEmpty()) {
                servers.forEach(s -> t.sample(STATUS, labels.apply(s), CheckState.UNKNOWN.code()));
            }
            for (AgeCheck.ServerAge a : result.servers()) {
                Map<String, String> l = labels.apply(a.serverId());
                snapshot(t, l, a.snapshot(), cmd.env().clock().instant());
                t.sample(STATUS, l, a.state().code());
            }
        });
    }

    /** {@code schedule run}: per schedule (labelled with its server) the snapshot it made, 0 ok or 2 failed. */
    public void scheduleRun(BaseCommand cmd, List<RunResult> results, Function<String, String> serverOf, int exitCode) {
        write(cmd, exitCode, (t, labels) -> {
            for (RunResult r : results) {
                Map<String, String> l = new LinkedHashMap<>(labels.apply(r.snapshot() != null ? r.snapshot().serverId()
                        : serverOf.apply(r.schedule())));
                l.put("schedule", r.schedule());
                if (r.ok() && r.snapshot() != null) {
                    snapshot(t, l, r.snapshot(), cmd.env().clock().instant());
                }
                if (!r.skipped()) {
                    t.sample(STATUS, l, r.ok() ? CheckState.OK.code() : CheckState.CRITICAL.code());
                }
            }
        });
    }

    private static void snapshot(PrometheusTextfile t, Map<String, String> labels, Snapshot s, Instant now) {
        if (s == null || s.createdAt() == null) {
            return;
        }
        Duration age = Duration.between(s.createdAt(), now);
        t.sample(AGE, labels, Math.max(0, age.getSeconds()));
        t.sample(LAST_SUCCESS, labels, s.createdAt().getEpochSecond());
    }

    private interface Samples {
        void add(PrometheusTextfile t, Function<String, Map<String, String>> labelsOfServer);
    }

    private void write(BaseCommand cmd, int exitCode, Samples samples) {
        if (file == null) {
            return;
        }
        Environment env = cmd.env();
        Instant now = env.clock().instant();
        Map<String, String> base = new LinkedHashMap<>();
        base.put("provider", "");
        base.put("profile", "");
        try {
            ResolvedProfile p = cmd.session().profile();
            base.put("provider", p.provider());
            base.put("profile", p.name() == null ? "" : p.name());
        } catch (RuntimeException unresolved) {
            // an UNKNOWN because the profile itself is wrong: the metrics still say the run failed
        }
        PrometheusTextfile t = new PrometheusTextfile()
                .gauge(AGE, "Age in seconds of the newest available snapshot of the server (that this run saw or made).")
                .gauge(LAST_SUCCESS, "Unix time the newest available snapshot of the server was created (snapshot check), "
                        + "or the snapshot a schedule made; kept from the previous file while runs fail.")
                .gauge(STATUS, "Monitoring-plugin state per server: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN "
                        + "(schedule run: 0 ok, 2 failed).")
                .gauge(DURATION, "Wall-clock seconds the vpsnap run took.")
                .gauge(EXIT_CODE, "Exit code of the vpsnap run (docs/exit-codes.md; snapshot check: 0-3).")
                .gauge(RUN_AT, "Unix time the vpsnap run ended.");
        samples.add(t, server -> {
            Map<String, String> l = new LinkedHashMap<>(base);
            l.put("server", server == null ? "" : server);
            return l;
        });
        Map<String, String> run = new LinkedHashMap<>();
        run.put("command", cmd.spec.qualifiedName(" ").replaceFirst("^vpsnap ", ""));
        run.putAll(base);
        t.sample(DURATION, run, started == null ? 0 : Duration.between(started, now).toMillis() / 1000.0);
        t.sample(EXIT_CODE, run, exitCode);
        t.sample(RUN_AT, run, now.getEpochSecond());
        try {
            if (Files.isRegularFile(file)) {
                t.carryOver(LAST_SUCCESS, Files.readString(file));
            }
            t.write(file);
        } catch (IOException | RuntimeException e) {
            env.log().emit(StderrLog.Level.WARN, "prometheus", "--prometheus: cannot write " + file + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), Map.of());
        }
    }
}
