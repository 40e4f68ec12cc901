package dev.vpsnap.cli.schedule;

import dev.vpsnap.model.Schedule;
import dev.vpsnap.ops.schedule.ScheduleRules;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.ScheduleCreate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schedule create (--volume ID | --server ID) --interval … --max-snapshots N}: every field rule is checked by
 * {@link ScheduleRules} before anything is sent or stored; then the provider's own schedule (native) or a local one
 * (whose server is looked up once: an unknown server is exit 4). {@code --dry-run}: a native create prints its curl
 * line, a local one the schedule it would store.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a snapshot schedule.")
public final class ScheduleCreateCommand extends ScheduleCommand {
    @Option(names = "--server", paramLabel = "ID", description = "The server to snapshot.")
    String server;

    @Option(names = "--volume", paramLabel = "ID", description = "The volume to snapshot (native schedules; Hivelocity).")
    String volume;

    @Option(names = "--interval", required = true, paramLabel = "I", description = "hourly, daily, weekly or monthly.")
    String interval;

    @Option(names = "--minute", paramLabel = "M", description = "Minute of the hour, 0-59 (default 0).")
    Integer minute;

    @Option(names = "--hour", paramLabel = "H", description = "Hour of the day, 0-23 (default 0; not for hourly).")
    Integer hour;

    @Option(names = "--weekday", paramLabel = "1-7", description = "Day of the week, Monday = 1 (weekly only, required there).")
    Integer weekday;

    @Option(names = "--day", paramLabel = "1-28", description = "Day of the month (monthly only, required there).")
    Integer day;

    @Option(names = "--timezone", paramLabel = "Area/City", description = "IANA time zone of those times (default UTC).")
    String timezone;

    @Option(names = "--max-snapshots", required = true, paramLabel = "N", description = "How many of its snapshots to keep (>= 1).")
    Integer maxSnapshots;

    @Option(names = "--name-prefix", paramLabel = "P",
            description = "Its snapshots are named P-<UTC yyyyMMdd-HHmmss>; [A-Za-z0-9_-] (default " + ScheduleRules.DEFAULT_PREFIX + ").")
    String namePrefix;

    @Option(names = "--dry-run", description = "Send or store nothing; show what would be created.")
    boolean dryRun;

    @Override
    protected int doCall() {
        ScheduleCreate req = ScheduleRules.validate(new ScheduleRules.Fields(server, volume, interval, minute, hour,
                weekday, day, timezone, maxSnapshots, namePrefix));
        what("schedule create");
        Schedule s = sendOrDryRun(() -> schedules(dryRun).create(req));
        if (s != null) {
            out().single(s, Columns.SCHEDULE);
        }
        return 0;
    }
}
