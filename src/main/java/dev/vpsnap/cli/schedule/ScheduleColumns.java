package dev.vpsnap.cli.schedule;

import dev.vpsnap.ops.schedule.RunResult;
import dev.vpsnap.output.Column;
import dev.vpsnap.output.Columns;
import java.util.List;

/** Table columns of {@code schedule run}'s results. */
final class ScheduleColumns {
    private ScheduleColumns() {
    }

    static final Columns<RunResult> RUN = new Columns<>(List.of(
            Column.of("SCHEDULE", RunResult::schedule),
            Column.of("OK", RunResult::ok),
            Column.of("SNAPSHOT", r -> r.snapshot() == null ? null : r.snapshot().id()),
            Column.of("DELETED", r -> String.join(" ", r.deleted())),
            Column.of("MISSED", RunResult::missed),
            Column.of("SKIPPED", RunResult::skipped),
            Column.wide("LAST RUN", RunResult::lastRunAt),
            Column.wide("ERROR", r -> r.error() == null ? null : r.error().message())));
}
