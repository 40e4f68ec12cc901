package dev.vpsnap.cli.schedule;

import dev.vpsnap.output.Columns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schedule list [--server ID]}: the provider's schedules, or this profile's local ones. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List schedules (native or this profile's local ones).")
public final class ScheduleListCommand extends ScheduleCommand {
    @Option(names = "--server", paramLabel = "ID", description = "Only this server's schedules.")
    String server;

    @Override
    protected int doCall() {
        if (server != null) {
            what("schedule list --server " + server);
        }
        out().list(schedules(false).list(server), Columns.SCHEDULE);
        return 0;
    }
}
