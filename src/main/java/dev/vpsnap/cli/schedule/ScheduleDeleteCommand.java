package dev.vpsnap.cli.schedule;

import dev.vpsnap.cli.ConfirmOptions;
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
    ConfirmOptions confirm;

    @Override
    protected int doCall() {
        what("schedule delete " + id);
        boolean isNative = nativeSchedules();
        Provider p = isNative ? provider(confirm.dryRun) : null;
        if (p != null) {
            p.require(Capability.SCHEDULE_NATIVE);
        }
        Schedule s = isNative ? p.schedules().get(id) : local(id).toSchedule();
        if (!confirm.dryRun) {
            confirmer().confirm(confirm.yes, "delete " + s.source() + " schedule " + id + " (" + s.interval() + ", server "
                    + (s.serverId() != null ? s.serverId() : "-") + (s.volumeId() != null ? ", volume " + s.volumeId() : "")
                    + ")", "No further snapshots will be taken by it; those it took are kept.");
        }
        if (isNative) {
            if (sendOrDryRun(() -> {
                p.schedules().delete(id);
                return s;
            }) == null) {
                return 0;
            }
        } else if (confirm.dryRun) {
            note("dry run: local schedule " + id + " not deleted");
            return 0;
        } else {
            store().update(list -> {
                list.removeIf((LocalSchedule l) -> l.id().equals(id));
                return list;
            });
        }
        out().single(s, Columns.SCHEDULE);
        return 0;
    }
}
