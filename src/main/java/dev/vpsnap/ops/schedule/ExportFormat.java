package dev.vpsnap.ops.schedule;

import dev.vpsnap.error.VpsnapException;
import java.util.Locale;
import java.util.function.Function;

/** {@code schedule export --format}: each format renders one local schedule as text for another scheduler. */
public enum ExportFormat {
    CRONTAB(ScheduleExports::crontab),
    SYSTEMD(ScheduleExports::systemd),
    KUBERNETES(ScheduleExports::kubernetes);

    private final Function<ExportInput, String> render;

    ExportFormat(Function<ExportInput, String> render) {
        this.render = render;
    }

    public String render(ExportInput input) {
        return render.apply(input);
    }

    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw VpsnapException.usage("--format must be crontab, systemd or kubernetes, not '" + text + "'");
    }

    public String lower() {
        return name().toLowerCase(Locale.ROOT);
    }
}
