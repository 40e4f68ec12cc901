package dev.vpsnap.cli.schedule;

import dev.vpsnap.output.Columns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code schedule get SCHEDULE_ID}. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one schedule.")
public final class ScheduleGetCommand extends ScheduleCommand {
    @Parameters(paramLabel = "SCHEDULE_ID", description = "The schedule.")
    String id;

    @Override
    protected int doCall() {
        what("schedule get " + id);
        out().single(schedules(false).get(id), Columns.SCHEDULE);
        return 0;
    }
}
