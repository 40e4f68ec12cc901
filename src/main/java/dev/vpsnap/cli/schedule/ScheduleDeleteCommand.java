package dev.vpsnap.cli.schedule;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationOptions;
import dev.vpsnap.model.Schedule;
import dev.vpsnap.ops.schedule.LocalSchedule;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code schedule delete SCHEDULE_ID}: asks on a TTY, needs --yes without; prints the schedule it deleted. The
 * schedule's snapshots are kept.
 */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a schedule (its snapshots are kept).")
public final class ScheduleDeleteCommand extends ScheduleCommand {
    @Parameters(paramLabel = "SCHEDULE_ID", description = "The schedule.")
    String id;

    @Mixin
    MutationOptions options;

    @Override
    protected int doCall() {
        what("schedule delete " + id);
        Mutation m = new Mutation(this, options);
        boolean isNative = nativeSchedules();
        Provider p = isNative ? m.provider(Capability.SCHEDULE_NATIVE) : null;
        Schedule s = isNative ? p.schedules().get(id) : local(id).toSchedule();
        m.confirm("delete " + s.source() + " schedule " + id + " (" + s.interval() + ", server "
                + (s.serverId() != null ? s.serverId() : "-") + (s.volumeId() != null ? ", volume " + s.volumeId() : "")
                + ")", "No further snapshots will be taken by it; those it took are kept.");
        if (isNative) {
            return m.now(() -> {
                p.schedules().delete(id);
                return s;
            }, Columns.SCHEDULE);
        }
        if (m.dryRun()) {
            note("dry run: local schedule " + id + " not deleted");
            return 0;
        }
        store().update(list -> {
            list.removeIf((LocalSchedule l) -> l.id().equals(id));
            return list;
        });
        out().single(s, Columns.SCHEDULE);
        return 0;
    }
}
