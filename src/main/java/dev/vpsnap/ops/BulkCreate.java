package dev.vpsnap.ops;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Failure;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.TargetResult;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.transport.DryRunStop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@code snapshot create} for many servers of one account: the creates run {@code parallel} at a time (each with
 * {@link SnapshotCreator}'s idempotency and reconciliation; all share the account's pacer through the one
 * transport), then ONE wait polls every operation together ({@link Waiter#awaitAll}, one list call per round where
 * the adapter batches, at the provider's cadence from when each create was answered); each finished snapshot is the one the last poll saw ({@code OperationApi.pollAll}), fetched
 * (again {@code parallel} at a time) only where the poll saw none. Every target ends with one result: ok, still
 * running (its operation and the command that resumes it), or failed — also when a poll fails past the transport's
 * retries, and (through {@link #interrupted}) on SIGINT/SIGTERM.
 */
public final class BulkCreate {
    private final SnapshotCreator creator;
    private final Waiter waiter;
    private final UnaryOperator<String> scrub;
    /** What is known of each target's operation right now (for a signal): by target index. */
    private final Map<Integer, Operation> live = new ConcurrentHashMap<>();
    /** When each target's create was answered (the waiter's clock): where its operation's duration starts. */
    private final Map<Integer, Instant> answeredAt = new ConcurrentHashMap<>();
    private volatile List<String> servers = List.of();

    /** From this many servers one account-wide list replaces one list per server (fewer requests, usually). */
    static final int ACCOUNT_LIST_FROM = 10;

    public BulkCreate(SnapshotCreator creator, Waiter waiter, UnaryOperator<String> scrub) {
        this.creator = creator;
        this.waiter = waiter;
        this.scrub = scrub;
    }

    public record Options(boolean idempotent, int parallel, boolean waits, Duration timeout) {
    }

    public List<TargetResult> run(Provider provider, List<String> servers, Function<String, SnapshotCreate> request,
                                  Options options, FanOut.Progress progress) {
        this.servers = List.copyOf(servers);
        int total = servers.size();
        Map<String, List<Snapshot>> listed = options.idempotent() ? null : listedOnce(provider, servers);
        provider.snapshots().willCreateOn(this.servers);
        List<String> indexes = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            indexes.add(String.valueOf(i));
        }
        List<FanOut.Outcome<SnapshotCreator.Outcome>> sent = FanOut.run(indexes, options.parallel(), i -> {
            int k = Integer.parseInt(i);
            try {
                String server = servers.get(k);
                SnapshotCreator.Outcome o = listed != null
                        ? creator.create(provider, request.apply(server), listed.getOrDefault(server, List.of()))
                        : creator.create(provider, request.apply(server), options.idempotent());
                if (o.operation() != null) {
                    live.put(k, o.operation());
                    answeredAt.put(k, waiter.now());
                }
                return o;
            } catch (DryRunStop dryRun) {
                return null;
            }
        }, options.waits() ? (d, f, p) -> progress.counts(0, f, total - f) : progress, scrub);
        if (!options.waits()) {
            List<TargetResult> results = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                FanOut.Outcome<SnapshotCreator.Outcome> o = sent.get(i);
                results.add(!o.ok() ? TargetResult.failed(servers.get(i), null, o.error())
                        : o.value() == null ? TargetResult.of(servers.get(i), null, null)
                        : TargetResult.of(servers.get(i), o.value().existing(), o.value().operation()));
            }
            return results;
        }
        Waited waited = awaitAll(provider, sent, options.timeout(), progress);
        List<String> succeeded = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (waited.last(i) != null && waited.last(i).status() == OperationStatus.SUCCEEDED) {
                succeeded.add(String.valueOf(i));
            }
        }
        List<FanOut.Outcome<Snapshot>> fetched = FanOut.run(succeeded, options.parallel(), i -> {
            int k = Integer.parseInt(i);
            return sent.get(k).value().result(provider.snapshots(), waited.last(k), waited.observed(k), servers.get(k));
        }, FanOut.Progress.NONE, scrub);
        List<TargetResult> results = new ArrayList<>(total);
        int f = 0;
        for (int i = 0; i < total; i++) {
            FanOut.Outcome<SnapshotCreator.Outcome> o = sent.get(i);
            Operation op = waited.last(i);
            String target = servers.get(i);
            if (!o.ok()) {
                results.add(TargetResult.failed(target, null, o.error()));
            } else if (o.value() == null) {
                results.add(TargetResult.of(target, null, null)); // dry run: the planned request is printed
            } else if (op == null) {
                results.add(TargetResult.of(target, o.value().existing(), null));
            } else if (op.status() == OperationStatus.SUCCEEDED) {
                FanOut.Outcome<Snapshot> got = fetched.get(f++);
                results.add(got.ok() ? TargetResult.of(target, got.value(), null)
                        : TargetResult.failed(target, op, got.error()));
            } else {
                results.add(TargetResult.failed(target, op, waited.verdict(i, waiter.resume())));
            }
        }
        live.clear();
        answeredAt.clear();
        return results;
    }

    /**
     * Each server's snapshots from ONE list of the account, where the provider's create counts them against a
     * per-server limit ({@link dev.vpsnap.provider.SnapshotApi#createCountsServerSnapshots}) and there are at least
     * {@value #ACCOUNT_LIST_FROM} servers: one list (a page per 100 snapshots) instead of one per server, and the
     * creates go out without waiting for their own list. Null (each create lists its server) otherwise, when the
     * list fails, or when a listed snapshot names no server (it could not be counted).
     */
    private static Map<String, List<Snapshot>> listedOnce(Provider provider, List<String> servers) {
        if (servers.size() < ACCOUNT_LIST_FROM || !provider.snapshots().createCountsServerSnapshots()) {
            return null;
        }
        List<Snapshot> all;
        try {
            all = provider.snapshots().list(null);
        } catch (VpsnapException | DryRunStop listFailed) {
            return null;
        }
        Map<String, List<Snapshot>> byServer = new HashMap<>();
        for (Snapshot s : all) {
            if (s.serverId() == null) {
                return null;
            }
            byServer.computeIfAbsent(s.serverId(), k -> new ArrayList<>()).add(s);
        }
        return byServer;
    }

    /**
     * One result per target at the moment of a signal: those whose operation is known carry it and the command that
     * resumes it; those whose create was still unanswered say that it may have been made.
     */
    public List<TargetResult> interrupted(Failure signal) {
        List<TargetResult> results = new ArrayList<>();
        List<String> targets = servers;
        for (int i = 0; i < targets.size(); i++) {
            Operation op = live.get(i);
            results.add(op == null
                    ? TargetResult.failed(targets.get(i), null, new Failure(signal.exitCode(), signal.message()
                            + " before its create was answered", null, null,
                            "it may have been made: check with 'vpsnap snapshot list --server " + targets.get(i) + "'"))
                    : TargetResult.failed(targets.get(i), op, new Failure(signal.exitCode(), signal.message()
                            + " while " + op.kind() + " was " + op.status() + " (operation " + op.id() + ")",
                            op.provider(), null, waiter.resume().hint(op.id()))));
        }
        return results;
    }

    /** Each target's last known operation (null where there was nothing to wait for) and how its wait ended. */
    private record Waited(List<Operation> last, List<Waiter.Ended> endedBy, List<Integer> positionIn) {
        Operation last(int i) {
            return last.get(i);
        }

        /** The finished snapshot the last poll saw for target {@code i} (null: none seen, or nothing waited on). */
        Snapshot observed(int i) {
            return endedBy.get(i) == null ? null : endedBy.get(i).observed(positionIn.get(i));
        }

        Failure verdict(int i, Resume resume) {
            return endedBy.get(i).verdict(positionIn.get(i), resume);
        }
    }

    /**
     * The final state of each target's operation. Provider operations are polled together; adopted snapshots (after
     * reconciliation) are watched one by one.
     */
    private Waited awaitAll(Provider provider, List<FanOut.Outcome<SnapshotCreator.Outcome>> sent, Duration timeout,
                            FanOut.Progress progress) {
        int total = sent.size();
        List<Operation> last = new ArrayList<>();
        List<Waiter.Ended> endedBy = new ArrayList<>();
        List<Integer> positionIn = new ArrayList<>();
        List<Integer> batch = new ArrayList<>();
        int failedBefore = 0;
        for (int i = 0; i < total; i++) {
            SnapshotCreator.Outcome o = sent.get(i).value();
            last.add(o == null ? null : o.operation());
            endedBy.add(null);
            positionIn.add(0);
            if (!sent.get(i).ok()) {
                failedBefore++;
            } else if (o != null && o.operation() != null) {
                if (o.adopted()) {
                    Waiter.Ended e = waiter.awaitAll(o.waitOn(), List.of(o.operation()), timeout, x -> { });
                    last.set(i, e.operations().get(0));
                    endedBy.set(i, e);
                } else {
                    batch.add(i);
                }
            }
        }
        int failedEarly = failedBefore;
        int others = total - failedEarly - batch.size();
        Waiter.Ended done = waiter.with(provider.descriptor().cadence()).awaitAll(provider.operations(),
                batch.stream().map(last::get).toList(), batch.stream().map(answeredAt::get).toList(), timeout, ops -> {
                    for (int k = 0; k < ops.size(); k++) {
                        live.put(batch.get(k), ops.get(k));
                    }
                    int ok = (int) ops.stream().filter(op -> op.status() == OperationStatus.SUCCEEDED).count();
                    int bad = (int) ops.stream().filter(op -> op.status() == OperationStatus.FAILED).count();
                    progress.counts(ok + others, bad + failedEarly, ops.size() - ok - bad);
                });
        for (int k = 0; k < batch.size(); k++) {
            last.set(batch.get(k), done.operations().get(k));
            endedBy.set(batch.get(k), done);
            positionIn.set(batch.get(k), k);
        }
        return new Waited(last, endedBy, positionIn);
    }
}
