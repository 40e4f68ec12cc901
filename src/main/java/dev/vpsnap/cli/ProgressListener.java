package dev.vpsnap.cli;

import dev.vpsnap.model.Operation;
import dev.vpsnap.ops.WaitListener;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Wait progress on stderr: on a terminal a one-line spinner ({@link ProgressLine}) that ticks between polls with
 * the elapsed time, width-fitted; without one, one plain line per state change with -v, else nothing.
 * {@link #close()} stops the spinner on every path (a deadline or a failed poll throws past {@link #finished}).
 */
final class ProgressListener implements WaitListener, AutoCloseable {
    private final PrintWriter err;
    private final boolean tty;
    private final boolean verbose;
    private final ProgressLine line;
    private dev.vpsnap.model.OperationStatus lastPrinted;

    /** @param env the run's environment (its {@code COLUMNS}), as the fan-out's progress line reads it */
    static ProgressListener of(PrintWriter err, boolean tty, boolean verbose, java.util.Map<String, String> env) {
        return new ProgressListener(err, tty, verbose, tty ? ProgressLine.forTerminal(err, env) : null);
    }

    /** With the spinner line given (tests: a fake clock and hand-driven ticks); {@code line} is unused without a TTY. */
    ProgressListener(PrintWriter err, boolean tty, boolean verbose, ProgressLine line) {
        this.err = err;
        this.tty = tty;
        this.verbose = verbose;
        this.line = line;
    }

    @Override
    public void polled(Operation op, Duration elapsed, boolean changed) {
        if (tty) {
            line.update(describe(op));
        } else if (verbose && changed) {
            line(op, elapsed);
        }
    }

    @Override
    public void finished(Operation op, Duration elapsed) {
        if (tty) {
            line.close();
        } else if (verbose && op.status() != lastPrinted) {
            line(op, elapsed);
        }
    }

    @Override
    public void close() {
        if (tty) {
            line.close();
        }
    }

    private void line(Operation op, Duration elapsed) {
        lastPrinted = op.status();
        err.println("vpsnap: " + describe(op) + ProgressLine.elapsed(elapsed));
        err.flush();
    }

    private static String describe(Operation op) {
        return op.kind() + " " + op.id() + ": " + op.status();
    }
}
