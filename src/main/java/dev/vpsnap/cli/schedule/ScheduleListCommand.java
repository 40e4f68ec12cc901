package dev.vpsnap.cli.schedule;

import dev.vpsnap.output.Columns;
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
        if (server != null) {
            what("schedule list --server " + server);
        }
        out().list(order.apply(schedules(false).list(server)), Columns.SCHEDULE);
        return 0;
    }
}
