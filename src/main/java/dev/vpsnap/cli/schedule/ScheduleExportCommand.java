package dev.vpsnap.cli.schedule;

import dev.vpsnap.config.Profile;
import dev.vpsnap.config.ResolvedProfile;
import dev.vpsnap.ops.schedule.ExportFormat;
import dev.vpsnap.ops.schedule.ExportInput;
import dev.vpsnap.ops.schedule.LocalSchedule;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schedule export SCHEDULE_ID --format crontab|systemd|kubernetes}: a local schedule as a crontab entry, a
 * systemd service + timer pair, or a Kubernetes CronJob that runs {@code vpsnap schedule run ID}. Never a secret. A
 * sandbox schedule's export runs it with {@code --sandbox} (where it lives).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print a crontab entry, systemd service+timer, or Kubernetes CronJob that runs a local schedule.")
public final class ScheduleExportCommand extends ScheduleCommand {
    @Parameters(paramLabel = "SCHEDULE_ID", description = "The local schedule.")
    String id;

    @Option(names = "--format", required = true, paramLabel = "F", description = "crontab, systemd or kubernetes.")
    String format;

    @Option(names = "--binary", paramLabel = "PATH", defaultValue = "/usr/local/bin/vpsnap",
            description = "Where vpsnap is installed on the host (crontab, systemd; default ${DEFAULT-VALUE}).")
    String binary;

    @Option(names = "--image", paramLabel = "IMAGE", defaultValue = "vpsnap:latest",
            description = "Container image with vpsnap as its entrypoint (kubernetes; default ${DEFAULT-VALUE}).")
    String image;

    @Override
    protected int doCall() {
        ExportFormat f = ExportFormat.parse(format);
        what("schedule export " + id);
        LocalSchedule s = localSchedule(id, "schedule export");
        String text = f.render(input(s));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schedule", s.id());
        doc.put("format", f.lower());
        doc.put("text", text);
        out().document(doc, text);
        return 0;
    }

    /** The schedule's profile's non-secret settings (or, made without a profile, the current ones of its provider). */
    private ExportInput input(LocalSchedule s) {
        boolean sandbox = session().sandboxMode();
        if (s.profile() != null) {
            Profile p = session().config().profile(s.profile()).orElse(null);
            return new ExportInput(s, s.profile(), s.provider(), p == null ? null : p.endpoint(),
                    p == null ? null : p.facilityCode(), p == null ? null : p.clientId(), binary, image, sandbox);
        }
        ResolvedProfile rp = session().profile();
        boolean same = s.provider().equals(rp.provider());
        return new ExportInput(s, null, s.provider(), same ? rp.endpoint() : null, same ? rp.facilityCode() : null,
                same ? rp.clientId() : null, binary, image, sandbox);
    }
}
