package dev.vpsnap.cli;

import dev.vpsnap.model.Operation;
import dev.vpsnap.ops.WaitListener;
import java.io.PrintWriter;
import java.time.Duration;

/** Wait progress on stderr: a one-line spinner on a terminal, one plain line per state change with -v, else nothing. */
final class ProgressListener implements WaitListener {
    private static final String FRAMES = "|/-\\";
    private final PrintWriter err;
    private final boolean tty;
    private final boolean verbose;
    private int frame;
    private dev.vpsnap.model.OperationStatus lastPrinted;

    ProgressListener(PrintWriter err, boolean tty, boolean verbose) {
        this.err = err;
        this.tty = tty;
        this.verbose = verbose;
    }

    @Override
    public void polled(Operation op, Duration elapsed, boolean changed) {
        if (tty) {
            err.print("\r" + FRAMES.charAt(frame++ % FRAMES.length()) + " " + describe(op, elapsed) + "   ");
            err.flush();
        } else if (verbose && changed) {
            line(op, elapsed);
        }
    }

    @Override
    public void finished(Operation op, Duration elapsed) {
        if (tty) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        } else if (verbose && op.status() != lastPrinted) {
            line(op, elapsed);
        }
    }

    private void line(Operation op, Duration elapsed) {
        lastPrinted = op.status();
        err.println("vpsnap: " + describe(op, elapsed));
        err.flush();
    }

    private static String describe(Operation op, Duration elapsed) {
        long s = elapsed.getSeconds();
        return op.kind() + " " + op.id() + ": " + op.status() + String.format(" (%d:%02d)", s / 60, s % 60);
    }
}
