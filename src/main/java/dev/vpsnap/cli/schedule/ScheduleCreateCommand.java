package dev.vpsnap.cli.schedule;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.ops.schedule.Interval;
import dev.vpsnap.ops.schedule.LocalSchedule;
import dev.vpsnap.ops.schedule.ScheduleRules;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ScheduleCreate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schedule create (--volume ID | --server ID) --interval … --max-snapshots N}: every field rule is checked by
 * {@link ScheduleRules} before anything is sent or stored; then the provider's own schedule (native) or a local one.
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
        if (nativeSchedules()) {
            Mutation m = Mutation.of(this, dryRun, null);
            Provider p = m.provider(Capability.SCHEDULE_NATIVE);
            return m.now(() -> p.schedules().create(req), Columns.SCHEDULE);
        }
        if (req.serverId() == null) {
            throw VpsnapException.usage(providerId() + " schedules are local and snapshot a server: pass --server ID, not --volume");
        }
        LocalSchedule draft = local(req, "ls-new");
        if (dryRun) {
            note("dry run: local schedule not stored");
            out().single(draft.toSchedule(), Columns.SCHEDULE);
            return 0;
        }
        List<LocalSchedule> all = store().update(list -> {
            Set<String> taken = list.stream().map(LocalSchedule::id).collect(Collectors.toSet());
            String id;
            do {
                id = String.format(Locale.ROOT, "ls-%04x", env().random().nextInt(0x10000));
            } while (taken.contains(id));
            list.add(local(req, id));
            return list;
        });
        LocalSchedule created = all.get(all.size() - 1);
        note("local schedule " + created.id() + " stored in " + store().file() + "; nothing runs it yet: see 'vpsnap schedule export "
                + created.id() + " --format crontab|systemd|kubernetes'");
        out().single(created.toSchedule(), Columns.SCHEDULE);
        return 0;
    }

    private LocalSchedule local(ScheduleCreate req, String id) {
        Interval i = Interval.valueOf(req.interval());
        return new LocalSchedule(id, profileName(), providerId(), req.serverId(), i.lower(), req.minute(),
                i == Interval.HOURLY ? null : req.hour(), req.weekday(), req.day(), req.timezone(), req.maxSnapshots(),
                req.namePrefix(), env().clock().instant(), null, null);
    }
}
