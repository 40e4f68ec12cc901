package dev.vpsnap.cli.snapshot;

import dev.vpsnap.model.Snapshot;
import dev.vpsnap.ops.PruneDecision;
import dev.vpsnap.ops.PruneGroup;
import dev.vpsnap.ops.PrunePlan;
import dev.vpsnap.output.Column;
import dev.vpsnap.output.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How {@code snapshot prune} shows a plan: table rows (outside-prefix rows only with {@code -o wide}), the columns of
 * the plan and of the results, and the JSON document: one object per server group
 * {@code {"serverId", "keep":[{snapshot, reasons}], "delete":[{snapshot, reasons, result}], "outsidePrefix":[...]}}.
 */
final class PruneReport {
    static final Columns<PruneDecision> PLAN = new Columns<>(List.of(
            Column.of("SERVER", d -> d.snapshot().serverId()),
            Column.of("ID", d -> d.snapshot().id()),
            Column.of("NAME", d -> d.snapshot().name()),
            Column.of("CREATED", d -> d.snapshot().createdAt()),
            Column.of("ACTION", PruneDecision::action),
            Column.of("REASON", d -> String.join(", ", d.reasons())),
            Column.wide("STATUS", d -> d.snapshot().status())));

    static final Columns<PruneResult> RESULTS = new Columns<>(List.of(
            Column.of("SNAPSHOT", PruneResult::snapshotId),
            Column.of("SERVER", PruneResult::serverId),
            Column.of("RESULT", r -> r.ok() ? "deleted" : "failed"),
            Column.of("OPERATION", r -> r.operation() == null ? null : r.operation().id()),
            Column.of("ERROR", PruneResult::error)));

    /** One snapshot in the JSON document; {@code result} is null until (unless) the deletion ran. */
    record Entry(Snapshot snapshot, List<String> reasons, PruneResult result) {
    }

    /** One server group in the JSON document. */
    record Group(String serverId, List<Entry> keep, List<Entry> delete, List<Entry> outsidePrefix) {
    }

    private PruneReport() {
    }

    static List<PruneDecision> rows(PrunePlan plan, boolean wide) {
        List<PruneDecision> rows = new ArrayList<>();
        for (PruneGroup g : plan.groups()) {
            rows.addAll(g.decisions());
            if (wide) {
                rows.addAll(g.outsidePrefix());
            }
        }
        return rows;
    }

    static List<Group> document(PrunePlan plan, Map<PruneDecision, PruneResult> results) {
        return plan.groups().stream().map(g -> new Group(g.serverId(), entries(g.keep(), results),
                entries(g.delete(), results), entries(g.outsidePrefix(), results))).toList();
    }

    private static List<Entry> entries(List<PruneDecision> decisions, Map<PruneDecision, PruneResult> results) {
        return decisions.stream().map(d -> new Entry(d.snapshot(), d.reasons(), results.get(d))).toList();
    }

    static String summary(PruneGroup g) {
        return "server " + g.serverId() + ": keep " + g.keep().size() + ", delete " + g.delete().size()
                + (g.outsidePrefix().isEmpty() ? "" : ", " + g.outsidePrefix().size() + " outside the prefix (never touched)");
    }
}
