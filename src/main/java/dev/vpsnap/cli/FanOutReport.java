package dev.vpsnap.cli;

import dev.vpsnap.model.Failure;
import dev.vpsnap.ops.FanOut;
import dev.vpsnap.output.Columns;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The shared tail of a multi-target command: one result per target on stdout, the summary line
 * ({@code vpsnap: 98 ok, 2 failed}) and each failure on stderr, and the exit code ({@link FanOut#exitCode}: 10 when
 * some failed, 6 when the deadline alone ended the wait, when all failed with one code that code). Also the progress
 * line on a TTY: done, failed and pending counts with the elapsed time, live.
 */
public final class FanOutReport implements FanOut.Progress {
    private final PrintWriter err;
    private final ProgressLine line;

    public FanOutReport(BaseCommand cmd) {
        this(cmd.env().err(), cmd.env().interactive() && !cmd.root().quiet
                ? ProgressLine.forTerminal(cmd.env().err(), cmd.env().env()) : null);
    }

    /** {@code line} null: no progress line (no TTY, or -q). */
    FanOutReport(PrintWriter err, ProgressLine line) {
        this.err = err;
        this.line = line;
    }

    /** The live line on a TTY: counts as they change, the spinner and elapsed time ticking in between. */
    @Override
    public void counts(int done, int failed, int pending) {
        if (line != null) {
            line.update(done + " done, " + failed + " failed, " + pending + " pending");
        }
    }

    public <T> int print(BaseCommand cmd, List<T> results, Columns<T> columns, Function<T, String> target,
                  Function<T, Failure> errorOf) {
        if (line != null) {
            line.close();
        }
        cmd.out().list(results, columns);
        List<Failure> failures = results.stream().map(errorOf).filter(Objects::nonNull).toList();
        for (T r : results) {
            Failure e = errorOf.apply(r);
            if (e != null) {
                err.println("vpsnap: " + target.apply(r) + ": " + e.line() + (e.hint() == null ? "" : "; hint: " + e.hint()));
            }
        }
        err.println("vpsnap: " + (results.size() - failures.size()) + " ok, " + failures.size() + " failed");
        err.flush();
        return FanOut.exitCode(failures, results.size());
    }
}
