package dev.vpsnap.ops;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.ops.PruneDecision.Action;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The prune planner: a pure function from snapshots and a {@link PrunePolicy} to a {@link PrunePlan}, with the
 * reasons for every decision. Semantics follow restic {@code forget}, per server:
 * <ul>
 * <li>{@code keep-last N}: the N newest;</li>
 * <li>{@code keep-hourly/daily/weekly/monthly N}: the newest snapshot in each of the N most recent hours, days, ISO
 *     weeks or months (UTC) that have one;</li>
 * <li>{@code keep-within DUR}: every snapshot created at most DUR before the <em>newest</em> one of its server
 *     (restic's anchor, not "now": a server whose snapshots stopped does not lose its history to the clock);</li>
 * <li>a snapshot kept by any rule is kept; the rest of the candidates are deleted.</li>
 * </ul>
 * Safety rules override every rule: a name without the prefix is never a candidate; a snapshot that is not
 * {@code available} (or whose creation time is unknown) is kept and does not use up any rule's count; the newest
 * available snapshot of each server is always kept. An empty policy is refused.
 */
public final class PrunePlanner {
    private static final Comparator<Snapshot> NEWEST_FIRST = Comparator
            .comparing(Snapshot::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Snapshot::id, Comparator.nullsLast(Comparator.reverseOrder()));

    private PrunePlanner() {
    }

    /** Refuses a policy without any keep rule (exit 2), before anything is fetched. */
    public static void requireKeepRule(PrunePolicy policy) {
        if (policy.isEmpty()) {
            throw VpsnapException.usage("refusing to prune with no keep rule; give at least one of --keep-last, "
                    + "--keep-hourly, --keep-daily, --keep-weekly, --keep-monthly, --keep-within");
        }
    }

    /** Groups by each snapshot's server id, in order of appearance. */
    public static PrunePlan plan(List<Snapshot> snapshots, PrunePolicy policy) {
        Map<String, List<Snapshot>> byServer = new LinkedHashMap<>();
        for (Snapshot s : snapshots) {
            byServer.computeIfAbsent(Objects.toString(s.serverId(), ""), k -> new ArrayList<>()).add(s);
        }
        return plan(byServer, policy);
    }

    /** One group per key, in the map's order (a server without snapshots is an empty group). */
    public static PrunePlan plan(Map<String, List<Snapshot>> byServer, PrunePolicy policy) {
        requireKeepRule(policy);
        List<PruneGroup> groups = new ArrayList<>();
        byServer.forEach((server, list) -> groups.add(group(server, list, policy)));
        return new PrunePlan(groups);
    }

    private static PruneGroup group(String serverId, List<Snapshot> snapshots, PrunePolicy policy) {
        List<Snapshot> sorted = snapshots.stream().sorted(NEWEST_FIRST).toList();
        List<Snapshot> eligible = sorted.stream()
                .filter(s -> policy.matches(s.name()) && s.status() == SnapshotStatus.AVAILABLE && s.createdAt() != null)
                .toList();
        Map<Snapshot, Set<String>> reasons = new LinkedHashMap<>();
        eligible.forEach(s -> reasons.put(s, new LinkedHashSet<>()));
        if (!eligible.isEmpty()) {
            reasons.get(eligible.get(0)).add("newest available");
        }
        for (int i = 0; i < Math.min(policy.keepLast(), eligible.size()); i++) {
            reasons.get(eligible.get(i)).add("keep-last " + policy.keepLast());
        }
        bucket(eligible, policy.keepHourly(), "hourly", t -> String.format(Locale.ROOT, "%tFT%<tH", t), reasons);
        bucket(eligible, policy.keepDaily(), "daily", t -> String.format(Locale.ROOT, "%tF", t), reasons);
        bucket(eligible, policy.keepWeekly(), "weekly", t -> String.format(Locale.ROOT, "%d-W%02d",
                t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), reasons);
        bucket(eligible, policy.keepMonthly(), "monthly", t -> String.format(Locale.ROOT, "%tY-%<tm", t), reasons);
        Duration within = policy.keepWithin();
        if (within != null && !within.isZero() && !eligible.isEmpty()) {
            Instant from = eligible.get(0).createdAt().minus(within);
            eligible.stream().filter(s -> !s.createdAt().isBefore(from))
                    .forEach(s -> reasons.get(s).add("within " + Durations.format(within)));
        }
        List<PruneDecision> decisions = new ArrayList<>();
        List<PruneDecision> outside = new ArrayList<>();
        for (Snapshot s : sorted) {
            if (!policy.matches(s.name())) {
                outside.add(new PruneDecision(s, Action.KEEP, List.of("outside prefix")));
            } else if (s.status() != SnapshotStatus.AVAILABLE) {
                decisions.add(new PruneDecision(s, Action.KEEP, List.of("not available (" + s.status() + ")")));
            } else if (s.createdAt() == null) {
                decisions.add(new PruneDecision(s, Action.KEEP, List.of("unknown creation time")));
            } else {
                Set<String> why = reasons.get(s);
                decisions.add(why.isEmpty()
                        ? new PruneDecision(s, Action.DELETE, List.of("no keep rule matched"))
                        : new PruneDecision(s, Action.KEEP, List.copyOf(why)));
            }
        }
        return new PruneGroup(serverId, decisions, outside);
    }

    /** restic's bucket rule: walking newest first, keep the first snapshot of each new bucket until N are kept. */
    private static void bucket(List<Snapshot> newestFirst, int count, String rule, Function<ZonedDateTime, String> key,
                               Map<Snapshot, Set<String>> reasons) {
        String last = null;
        int kept = 0;
        for (Snapshot s : newestFirst) {
            if (kept >= count) {
                return;
            }
            String k = key.apply(s.createdAt().atZone(ZoneOffset.UTC));
            if (!k.equals(last)) {
                reasons.get(s).add(rule + " " + k);
                last = k;
                kept++;
            }
        }
    }
}
