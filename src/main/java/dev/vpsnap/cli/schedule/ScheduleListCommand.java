package dev.vpsnap.cli.schedule;

import dev.vpsnap.model.Schedule;
import dev.vpsnap.ops.schedule.LocalSchedule;
import dev.vpsnap.output.Columns;
import java.util.List;
import dev.vpsnap.cli.SortOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code schedule list [--server ID] [--sort FIELD]}: the provider's schedules, or this profile's local ones. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List schedules (native or this profile's local ones).")
public final class ScheduleListCommand extends ScheduleCommand {
    @Option(names = "--server", paramLabel = "ID", description = "Only this server's schedules.")
    String server;

    @Mixin
    SortOption sort;

    @Override
    protected int doCall() {
        var order = sort.order(Columns.SCHEDULE);
        List<Schedule> shown = nativeSchedules() ? provider().schedules().list(server)
                : store().all().stream().filter(this::ours)
                        .filter(s -> server == null || server.equals(s.serverId()))
                        .map(LocalSchedule::toSchedule).toList();
        out().list(order.apply(shown), Columns.SCHEDULE);
        return 0;
    }
}
