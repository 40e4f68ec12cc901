package dev.vpsnap.ops;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.TargetError;
import dev.vpsnap.model.TargetResult;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.transport.DryRunStop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code snapshot create} for many servers of one account: the creates run {@code parallel} at a time (each with
 * {@link SnapshotCreator}'s idempotency and reconciliation; all share the account's pacer through the one
 * transport), then ONE wait polls every operation together ({@link Waiter#awaitAll}, one list call per round where
 * the adapter batches), then the finished snapshots are fetched, again {@code parallel} at a time.
 */
public final class BulkCreate {
    private final SnapshotCreator creator;
    private final Waiter waiter;

    public BulkCreate(SnapshotCreator creator, Waiter waiter) {
        this.creator = creator;
        this.waiter = waiter;
    }

    public record Options(boolean idempotent, int parallel, boolean waits, Duration timeout) {
    }

    public List<TargetResult> run(Provider provider, List<String> servers, Function<String, SnapshotCreate> request,
                                  Options options, FanOut.Progress progress) {
        int total = servers.size();
        List<FanOut.Outcome<SnapshotCreator.Outcome>> sent = FanOut.run(servers, options.parallel(), server -> {
            try {
                return creator.create(provider, request.apply(server), options.idempotent());
            } catch (DryRunStop dryRun) {
                return null;
            }
        }, options.waits() ? (d, f, p) -> progress.counts(0, f, total - f) : progress);
        if (!options.waits()) {
            return sent.stream().map(o -> !o.ok() ? TargetResult.failed(o.target(), null, o.error())
                    : o.value() == null ? TargetResult.of(o.target(), null, null)
                    : TargetResult.of(o.target(), o.value().existing(), o.value().operation())).toList();
        }
        List<Operation> finals = awaitAll(provider, sent, options.timeout(), progress);
        List<String> succeeded = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (finals.get(i) != null && finals.get(i).status() == OperationStatus.SUCCEEDED) {
                succeeded.add(String.valueOf(i));
            }
        }
        List<FanOut.Outcome<Snapshot>> fetched = FanOut.run(succeeded, options.parallel(), i -> {
            int k = Integer.parseInt(i);
            return sent.get(k).value().result(provider.snapshots(), finals.get(k), servers.get(k));
        }, FanOut.Progress.NONE);
        List<TargetResult> results = new ArrayList<>(total);
        int f = 0;
        for (int i = 0; i < total; i++) {
            FanOut.Outcome<SnapshotCreator.Outcome> o = sent.get(i);
            Operation op = finals.get(i);
            if (!o.ok()) {
                results.add(TargetResult.failed(o.target(), null, o.error()));
            } else if (o.value() == null) {
                results.add(TargetResult.of(o.target(), null, null)); // dry run: the curl line is printed
            } else if (op == null) {
                results.add(TargetResult.of(o.target(), o.value().existing(), null));
            } else if (op.status() == OperationStatus.SUCCEEDED) {
                FanOut.Outcome<Snapshot> got = fetched.get(f++);
                results.add(got.ok() ? TargetResult.of(o.target(), got.value(), null)
                        : TargetResult.failed(o.target(), op, got.error()));
            } else if (op.status() == OperationStatus.FAILED) {
                results.add(TargetResult.failed(o.target(), op, new TargetError(ExitCode.OPERATION_FAILED.code(),
                        op.kind() + " failed (operation " + op.id() + "): "
                                + (op.message() == null ? "the provider reported failure" : op.message()))));
            } else {
                results.add(TargetResult.failed(o.target(), op, new TargetError(ExitCode.TIMEOUT.code(),
                        "timed out after " + Durations.format(options.timeout()) + " (operation " + op.id()
                                + ", last status " + op.status() + "); resume with: vpsnap snapshot wait --operation " + op.id())));
            }
        }
        return results;
    }

    /**
     * The final state of each target's operation (null where there is nothing to wait for). Provider operations are
     * polled together; adopted snapshots (after reconciliation) are watched one by one.
     */
    private List<Operation> awaitAll(Provider provider, List<FanOut.Outcome<SnapshotCreator.Outcome>> sent, Duration timeout,
                                     FanOut.Progress progress) {
        List<Operation> finals = new ArrayList<>();
        List<Integer> batch = new ArrayList<>();
        int failedBefore = 0;
        for (int i = 0; i < sent.size(); i++) {
            SnapshotCreator.Outcome o = sent.get(i).value();
            finals.add(o == null ? null : o.operation());
            if (!sent.get(i).ok()) {
                failedBefore++;
            } else if (o != null && o.operation() != null) {
                if (o.adopted()) {
                    finals.set(i, waiter.awaitAll(o.waitOn(), List.of(o.operation()), timeout, x -> { }).get(0));
                } else {
                    batch.add(i);
                }
            }
        }
        int failedEarly = failedBefore;
        int others = sent.size() - failedEarly - batch.size();
        List<Operation> done = waiter.awaitAll(provider.operations(), batch.stream().map(finals::get).toList(), timeout,
                ops -> {
                    int ok = (int) ops.stream().filter(op -> op.status() == OperationStatus.SUCCEEDED).count();
                    int bad = (int) ops.stream().filter(op -> op.status() == OperationStatus.FAILED).count();
                    progress.counts(ok + others, bad + failedEarly, ops.size() - ok - bad);
                });
        for (int k = 0; k < batch.size(); k++) {
            finals.set(batch.get(k), done.get(k));
        }
        return finals;
    }
}
