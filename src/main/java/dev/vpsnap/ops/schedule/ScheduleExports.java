package dev.vpsnap.ops.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.vpsnap.common.Json;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders a local schedule for the schedulers fleets already run: a crontab entry, a systemd service + timer pair, a
 * Kubernetes CronJob. Each fires at the schedule's own time in its own zone and runs {@code vpsnap schedule run ID}
 * (the run lock makes overlapping firings harmless). Secrets never appear: the key comes from the profile's key
 * source, the unit's environment, or a Kubernetes Secret.
 */
final class ScheduleExports {
    static final String STATE_MOUNT = "/var/lib/vpsnap";
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ScheduleExports() {
    }

    static String crontab(ExportInput in) {
        Timing t = in.schedule().timing();
        return header(in, t)
                + "# CRON_TZ makes cron read the time below in " + t.zone().getId() + " (cronie: Fedora, RHEL, Arch);\n"
                + "# a cron without CRON_TZ (e.g. Debian's) uses the system time zone (TZ): there convert the time.\n"
                + "# Runs overlapping a still-running one are skipped by vpsnap's run lock; cron mails any output.\n"
                + "CRON_TZ=" + t.zone().getId() + "\n"
                + t.cronFields() + " " + command(in) + "\n";
    }

    static String systemd(ExportInput in) {
        Timing t = in.schedule().timing();
        String unit = unitName(in);
        return "# --- file: " + unit + ".service ---\n"
                + header(in, t)
                + "[Unit]\n"
                + "Description=vpsnap schedule " + in.schedule().id() + " (snapshot of server " + in.schedule().serverId() + ")\n"
                + "Wants=network-online.target\n"
                + "After=network-online.target\n"
                + "\n"
                + "[Service]\n"
                + "Type=oneshot\n"
                + "# Run as the user whose config directory holds the profile and schedules.json:\n"
                + "#User=vpsnap\n"
                + "# The key comes from the profile (api_key_env / api_key_command), or e.g. a root-only file with\n"
                + "# VPSNAP_API_KEY=...:\n"
                + "#EnvironmentFile=/etc/vpsnap/" + in.schedule().id() + ".env\n"
                + "ExecStart=" + command(in) + "\n"
                + "\n"
                + "# --- file: " + unit + ".timer ---\n"
                + "[Unit]\n"
                + "Description=Timer of vpsnap schedule " + in.schedule().id() + ": " + t.describe() + "\n"
                + "\n"
                + "[Timer]\n"
                + "# A time zone in OnCalendar= needs systemd 235 or later.\n"
                + "OnCalendar=" + t.onCalendar() + "\n"
                + "# Persistent: a firing missed while the machine was off runs at the next boot.\n"
                + "Persistent=true\n"
                + "\n"
                + "[Install]\n"
                + "WantedBy=timers.target\n";
    }

    static String kubernetes(ExportInput in) {
        LocalSchedule s = in.schedule();
        Timing t = s.timing();
        String secret = "vpsnap-" + s.provider();
        StringBuilder env = new StringBuilder();
        envValue(env, "VPSNAP_PROVIDER", s.provider());
        if (in.endpoint() != null) {
            envValue(env, "VPSNAP_ENDPOINT", in.endpoint());
        }
        env.append("                - name: VPSNAP_API_KEY\n")
                .append("                  valueFrom:\n")
                .append("                    secretKeyRef:\n")
                .append("                      name: ").append(q(secret)).append('\n')
                .append("                      key: api-key\n");
        envValue(env, "XDG_CONFIG_HOME", STATE_MOUNT + "/config");
        envValue(env, "XDG_STATE_HOME", STATE_MOUNT + "/state");
        return header(in, t)
                + "# Before applying:\n"
                + "#   kubectl create secret generic " + secret + " --from-literal=api-key=YOUR_KEY\n"
                + "#   (the key never goes in this file; the pod reads it as VPSNAP_API_KEY)\n"
                + "# The local schedule's definition and its lastRunAt live in schedules.json, which must be on the\n"
                + "# volume below at config/vpsnap/schedules.json (copy yours there, e.g. with kubectl cp): every firing\n"
                + "# runs this schedule by id, so no --due bookkeeping has to survive between pods, but the store does.\n"
                + "# The image needs vpsnap on its PATH as its entrypoint. concurrencyPolicy Forbid plus vpsnap's run\n"
                + "# lock mean overlapping firings never snapshot twice. spec.timeZone needs Kubernetes 1.27 or later.\n"
                + "apiVersion: batch/v1\n"
                + "kind: CronJob\n"
                + "metadata:\n"
                + "  name: " + q(unitName(in)) + "\n"
                + "  labels:\n"
                + "    app.kubernetes.io/name: vpsnap\n"
                + "    vpsnap.dev/schedule: " + q(s.id()) + "\n"
                + "spec:\n"
                + "  schedule: " + q(t.cronFields()) + "\n"
                + "  timeZone: " + q(t.zone().getId()) + "\n"
                + "  concurrencyPolicy: Forbid\n"
                + "  startingDeadlineSeconds: 600\n"
                + "  successfulJobsHistoryLimit: 3\n"
                + "  failedJobsHistoryLimit: 3\n"
                + "  jobTemplate:\n"
                + "    spec:\n"
                + "      backoffLimit: 0\n"
                + "      template:\n"
                + "        spec:\n"
                + "          restartPolicy: Never\n"
                + "          containers:\n"
                + "            - name: vpsnap\n"
                + "              image: " + q(in.image()) + "\n"
                + "              args: " + q(in.runArgs(true)) + "\n"
                + "              env:\n"
                + env
                + "              volumeMounts:\n"
                + "                - name: vpsnap-state\n"
                + "                  mountPath: " + STATE_MOUNT + "\n"
                + "          volumes:\n"
                + "            - name: vpsnap-state\n"
                + "              persistentVolumeClaim:\n"
                + "                claimName: vpsnap-state\n";
    }

    private static void envValue(StringBuilder env, String name, String value) {
        env.append("                - name: ").append(name).append('\n')
                .append("                  value: ").append(q(value)).append('\n');
    }

    private static String header(ExportInput in, Timing t) {
        LocalSchedule s = in.schedule();
        return "# vpsnap schedule " + s.id() + ": " + t.describe() + "; snapshot server " + s.serverId() + " ("
                + s.provider() + "), keep " + s.maxSnapshots() + " named " + s.namePrefix() + "-*\n";
    }

    private static String unitName(ExportInput in) {
        return "vpsnap-schedule-" + in.schedule().id();
    }

    private static String command(ExportInput in) {
        StringBuilder b = new StringBuilder(shell(in.binary()));
        for (String a : in.hostArgs()) {
            b.append(' ').append(shell(a));
        }
        return b.toString();
    }

    /** Single-quoted for sh unless plainly safe. */
    static String shell(String s) {
        return SHELL_SAFE.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** A YAML scalar or flow sequence written as JSON (a subset of YAML), so no value can break the document. */
    private static String q(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value instanceof List<?> l ? List.copyOf(l) : value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
