package dev.vpsnap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pure prune planner over one fixed set of snapshots: three servers, mixed prefixes, statuses and ages. */
class PrunePlannerTest {
    static final String P = "nightly-";

    static Snapshot snap(String id, String server, String name, SnapshotStatus status, String created) {
        return new Snapshot("vpsorg", null, id, name, server, null, null, status, status.toString(), null,
                created == null ? null : Instant.parse(created), null, null, List.of());
    }

    static Snapshot ok(String id, String server, String name, String created) {
        return snap(id, server, name, SnapshotStatus.AVAILABLE, created);
    }

    /** Deliberately not in time order. */
    static final List<Snapshot> FIXTURE = List.of(
            ok("a5", "A", P + "5", "2026-01-13T03:00:00Z"),
            ok("a1", "A", P + "1", "2026-01-15T10:00:00Z"),
            ok("a2", "A", P + "2", "2026-01-15T02:00:00Z"),
            ok("a9", "A", P + "9", "2025-11-30T03:00:00Z"),
            ok("a3", "A", P + "3", "2026-01-14T23:00:00Z"),
            ok("a4", "A", P + "4", "2026-01-14T03:00:00Z"),
            ok("a6", "A", P + "6", "2026-01-08T03:00:00Z"),
            ok("a7", "A", P + "7", "2026-01-01T03:00:00Z"),
            ok("a8", "A", P + "8", "2025-12-20T03:00:00Z"),
            snap("a10", "A", P + "10", SnapshotStatus.PENDING, "2026-01-15T11:00:00Z"),
            snap("a11", "A", P + "11", SnapshotStatus.FAILED, "2026-01-10T03:00:00Z"),
            snap("a14", "A", P + "14", SnapshotStatus.AVAILABLE, null),
            ok("a12", "A", "manual-keep", "2024-01-01T00:00:00Z"),
            ok("a13", "A", "weekly-" + P + "x", "2024-02-01T00:00:00Z"),
            ok("b1", "B", P + "b1", "2026-01-01T00:00:00Z"),
            ok("b2", "B", "pre-deploy", "2026-01-14T00:00:00Z"),
            snap("c1", "C", P + "c1", SnapshotStatus.PENDING, "2026-01-14T00:00:00Z"),
            snap("c2", "C", P + "c2", SnapshotStatus.FAILED, "2025-12-01T00:00:00Z"),
            snap("c3", "C", P + "c3", SnapshotStatus.DELETING, "2025-11-01T00:00:00Z"));

    static PrunePolicy policy(int last, int hourly, int daily, int weekly, int monthly, Duration within) {
        return new PrunePolicy(P, last, hourly, daily, weekly, monthly, within);
    }

    static Set<String> deleted(PrunePolicy policy) {
        return PrunePlanner.plan(FIXTURE, policy).deletions().stream().map(d -> d.snapshot().id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> ids(String... ids) {
        return new TreeSet<>(List.of(ids));
    }

    record Case(String name, PrunePolicy policy, Set<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("keep-last 1", policy(1, 0, 0, 0, 0, null), ids("a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9")),
                new Case("keep-last 3", policy(3, 0, 0, 0, 0, null), ids("a4", "a5", "a6", "a7", "a8", "a9")),
                new Case("keep-last 100", policy(100, 0, 0, 0, 0, null), ids()),
                new Case("keep-hourly 2", policy(0, 2, 0, 0, 0, null), ids("a3", "a4", "a5", "a6", "a7", "a8", "a9")),
                new Case("keep-daily 3", policy(0, 0, 3, 0, 0, null), ids("a2", "a4", "a6", "a7", "a8", "a9")),
                new Case("keep-weekly 2", policy(0, 0, 0, 2, 0, null), ids("a2", "a3", "a4", "a5", "a7", "a8", "a9")),
                new Case("keep-weekly 4", policy(0, 0, 0, 4, 0, null), ids("a2", "a3", "a4", "a5", "a9")),
                new Case("keep-monthly 2", policy(0, 0, 0, 0, 2, null), ids("a2", "a3", "a4", "a5", "a6", "a7", "a9")),
                new Case("keep-within 2d", policy(0, 0, 0, 0, 0, Duration.ofDays(2)), ids("a5", "a6", "a7", "a8", "a9")),
                new Case("keep-last 2 + monthly 3", policy(2, 0, 0, 0, 3, null), ids("a3", "a4", "a5", "a6", "a7")),
                new Case("daily 2 + weekly 3", policy(0, 0, 2, 3, 0, null), ids("a2", "a4", "a5", "a8", "a9")),
                new Case("within 1d + monthly 1", policy(0, 0, 0, 0, 1, Duration.ofDays(1)),
                        ids("a4", "a5", "a6", "a7", "a8", "a9")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void deletesExactlyTheExpectedSnapshots(Case c) {
        assertEquals(c.expected(), deleted(c.policy()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void safetyRulesHoldForEveryPolicy(Case c) {
        PrunePlan plan = PrunePlanner.plan(FIXTURE, c.policy());
        for (PruneDecision d : plan.deletions()) {
            assertTrue(d.snapshot().name().startsWith(P), "never outside the prefix: " + d);
            assertEquals(SnapshotStatus.AVAILABLE, d.snapshot().status(), "never a non-available one: " + d);
            assertFalse(Set.of("a1", "b1").contains(d.snapshot().id()), "never the newest available: " + d);
        }
        for (PruneGroup g : plan.groups()) {
            g.outsidePrefix().forEach(d -> assertEquals(List.of("outside prefix"), d.reasons()));
            assertTrue(g.decisions().stream().allMatch(d -> d.snapshot().name().startsWith(P)), "candidates only: " + g);
        }
    }

    @Test
    void reasonsNameEveryRuleThatKeeps() {
        PrunePlan plan = PrunePlanner.plan(FIXTURE, policy(1, 0, 2, 3, 0, Duration.ofDays(7)));
        Map<String, List<String>> why = plan.groups().stream().flatMap(g -> g.decisions().stream())
                .collect(Collectors.toMap(d -> d.snapshot().id(), PruneDecision::reasons));
        assertEquals(List.of("newest available", "keep-last 1", "daily 2026-01-15", "weekly 2026-W03", "within 7d"), why.get("a1"));
        assertEquals(List.of("daily 2026-01-14", "within 7d"), why.get("a3"));
        assertEquals(List.of("weekly 2026-W02"), why.get("a6"), "8 Jan 03:00 is just outside 7d of 15 Jan 10:00");
        assertEquals(List.of("weekly 2026-W01"), why.get("a7"));
        assertEquals(List.of("no keep rule matched"), why.get("a9"));
        assertEquals(List.of("not available (pending)"), why.get("a10"));
        assertEquals(List.of("not available (failed)"), why.get("a11"));
        assertEquals(List.of("unknown creation time"), why.get("a14"));
        assertEquals(List.of("newest available", "keep-last 1", "daily 2026-01-01", "weekly 2026-W01", "within 7d"), why.get("b1"));
        assertEquals(List.of("not available (deleting)"), why.get("c3"));
    }

    @Test
    void groupsPerServerInOrderWithOutsidePrefixSeparate() {
        PrunePlan plan = PrunePlanner.plan(FIXTURE, policy(1, 0, 0, 0, 0, null));
        assertEquals(List.of("A", "B", "C"), plan.groups().stream().map(PruneGroup::serverId).toList());
        PruneGroup a = plan.groups().get(0);
        assertEquals(List.of("a13", "a12"), a.outsidePrefix().stream().map(d -> d.snapshot().id()).toList());
        assertEquals("a10", a.decisions().get(0).snapshot().id(), "newest first, the pending one included");
        assertEquals(List.of("b2"), plan.groups().get(1).outsidePrefix().stream().map(d -> d.snapshot().id()).toList());
        assertTrue(plan.groups().get(2).delete().isEmpty(), "a server with nothing available loses nothing");
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<Snapshot> shuffled = new ArrayList<>(FIXTURE);
        Collections.reverse(shuffled);
        PrunePolicy p = policy(0, 0, 3, 2, 0, null);
        assertEquals(deleted(p), PrunePlanner.plan(shuffled, p).deletions().stream().map(d -> d.snapshot().id())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void emptyPolicyIsRefused() {
        VpsnapException e = assertThrows(VpsnapException.class, () -> PrunePlanner.plan(FIXTURE, policy(0, 0, 0, 0, 0, null)));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertThrows(VpsnapException.class, () -> PrunePlanner.plan(FIXTURE, policy(0, 0, 0, 0, 0, Duration.ZERO)));
        assertThrows(VpsnapException.class, () -> new PrunePolicy("", 1, 0, 0, 0, 0, null));
        assertThrows(VpsnapException.class, () -> new PrunePolicy(P, -1, 0, 0, 0, 0, null));
    }

    @Test
    void emptyServerGroupIsKeptInThePlan() {
        PrunePlan plan = PrunePlanner.plan(Map.of("Z", List.of()), policy(1, 0, 0, 0, 0, null));
        assertEquals(1, plan.groups().size());
        assertTrue(plan.groups().get(0).decisions().isEmpty());
    }
}
