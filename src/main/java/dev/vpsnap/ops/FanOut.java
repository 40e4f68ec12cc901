package dev.vpsnap.ops;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Runs one task per target with at most {@code parallel} at a time, and keeps one outcome per target in the targets'
 * order: a value, or the {@link Failure} (redacted by {@code scrub}) that a single-target run would have exited with.
 */
public final class FanOut {
    public record Outcome<T>(String target, T value, Failure error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Counts as targets finish: for the stderr progress line on a TTY. */
    @FunctionalInterface
    public interface Progress {
        void counts(int done, int failed, int pending);

        Progress NONE = (d, f, p) -> { };
    }

    private FanOut() {
    }

    public static <T> List<Outcome<T>> run(List<String> targets, int parallel, Function<String, T> task, Progress progress,
                                           UnaryOperator<String> scrub) {
        if (targets.isEmpty()) {
            return List.of();
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int total = targets.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, total)), r -> {
            Thread t = new Thread(r, "vpsnap-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (String target : targets) {
                futures.add(pool.submit(() -> {
                    Outcome<T> o;
                    try {
                        o = new Outcome<>(target, task.apply(target), null);
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        o = new Outcome<>(target, null, Failure.of(e, scrub));
                        failed.incrementAndGet();
                    }
                    progress.counts(done.get(), failed.get(), total - done.get() - failed.get());
                    return o;
                }));
            }
            List<Outcome<T>> out = new ArrayList<>(total);
            for (Future<Outcome<T>> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VpsnapException(ExitCode.INTERRUPTED, "interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The exit code of a multi-target command, derived from its outcomes here and nowhere else: 0 when every target
     * succeeded; 6 when the only failures are targets still running at the deadline (resume them with the printed
     * command); when every target failed with one exit code, that code (a script sees the same code as for one
     * target); otherwise 10, partial failure.
     */
    public static int exitCode(List<Failure> failures, int targets) {
        if (failures.isEmpty()) {
            return 0;
        }
        if (failures.stream().allMatch(Failure::timedOut)) {
            return ExitCode.TIMEOUT.code();
        }
        if (failures.size() == targets && failures.stream().map(Failure::exitCode).distinct().count() == 1) {
            return failures.get(0).exitCode();
        }
        return ExitCode.PARTIAL.code();
    }
}
