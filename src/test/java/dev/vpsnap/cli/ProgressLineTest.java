package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.testing.FakeClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TTY progress line with a fake clock and ticks driven by hand: no test sleeps. */
class ProgressLineTest {
    final FakeClock clock = new FakeClock();
    final StringWriter out = new StringWriter();
    final PrintWriter err = new PrintWriter(out, true);

    /** A ticker the test runs by hand; records the period asked for and whether it was stopped. */
    static final class HandTicker implements ProgressLine.Ticker {
        Runnable tick;
        Duration period;
        boolean stopped;

        @Override
        public AutoCloseable every(Duration p, Runnable t) {
            this.period = p;
            this.tick = t;
            return () -> stopped = true;
        }

        void tick() {
            tick.run();
        }
    }

    final HandTicker ticker = new HandTicker();

    private ProgressLine line(int columns) {
        return new ProgressLine(err, () -> columns, clock, ticker);
    }

    /** The frames written so far, each the text after a carriage return + clear-line. */
    private List<String> frames() {
        List<String> f = new ArrayList<>(Arrays.asList(out.toString().split("\r\033\\[K", -1)));
        f.remove(0);
        return f;
    }

    private static Operation op(OperationStatus s) {
        return new Operation("hivelocity", "8841237", "snapshot.create", s, null, null, null, null);
    }

    @Test
    void ticksTenTimesASecondWithTheElapsedTimeBetweenPolls() {
        ProgressListener progress = new ProgressListener(err, true, false, line(80));
        progress.polled(op(OperationStatus.RUNNING), Duration.ofSeconds(1), true);
        assertEquals(Duration.ofMillis(100), ticker.period);
        for (int i = 0; i < 14; i++) { // 1.4 s between two polls: the line moves on its own
            clock.advance(Duration.ofMillis(100));
            ticker.tick();
        }
        List<String> f = frames();
        assertEquals(15, f.size(), f::toString);
        assertEquals("| snapshot.create 8841237: running (0:00)", f.get(0));
        assertEquals("/ snapshot.create 8841237: running (0:00)", f.get(1));
        assertEquals("- snapshot.create 8841237: running (0:01)", f.get(10));
        assertEquals("\\ snapshot.create 8841237: running (0:01)", f.get(11));
        progress.finished(op(OperationStatus.SUCCEEDED), Duration.ofSeconds(2));
        assertTrue(ticker.stopped, "ticks stop when the wait ends");
        assertTrue(out.toString().endsWith("\r\033[K"), "the line is cleared");
        ticker.tick();
        assertEquals(16, frames().size(), "a late tick draws nothing (only the clearing frame was added)");
    }

    @Test
    void fitsSixtyColumnsWithoutWrapping() {
        ProgressLine l = line(60);
        l.update("snapshot.create 1234567890-abcdef-very-long-operation-id: running");
        clock.advance(Duration.ofSeconds(75));
        ticker.tick();
        for (String frame : frames()) {
            assertTrue(frame.length() <= 59, frame.length() + ": " + frame);
            assertTrue(frame.endsWith("…" + (frame.contains("1:15") ? " (1:15)" : " (0:00)")), frame);
        }
        l.close();
    }

    @Test
    void closeWithoutAnUpdateWritesNothing() {
        new ProgressListener(err, true, false, line(80)).close();
        assertEquals("", out.toString());
    }

    @Test
    void multiTargetCountsAreLiveWithTheElapsedTime() {
        FanOutReport report = new FanOutReport(err, line(80));
        report.counts(0, 0, 3);
        clock.advance(Duration.ofSeconds(2));
        ticker.tick();
        report.counts(1, 0, 2);
        clock.advance(Duration.ofSeconds(1));
        report.counts(2, 1, 0);
        assertEquals(List.of("| 0 done, 0 failed, 3 pending (0:00)", "/ 0 done, 0 failed, 3 pending (0:02)",
                "- 1 done, 0 failed, 2 pending (0:02)", "\\ 2 done, 1 failed, 0 pending (0:03)"), frames());
    }

    @Test
    void withoutATerminalPlainLinesOnlyWithVerbose() {
        new ProgressListener(err, false, false, null).polled(op(OperationStatus.RUNNING), Duration.ofSeconds(3), true);
        assertEquals("", out.toString());
        ProgressListener verbose = new ProgressListener(err, false, true, null);
        verbose.polled(op(OperationStatus.RUNNING), Duration.ofSeconds(3), true);
        verbose.polled(op(OperationStatus.RUNNING), Duration.ofSeconds(5), false);
        verbose.finished(op(OperationStatus.SUCCEEDED), Duration.ofSeconds(7));
        assertEquals("vpsnap: snapshot.create 8841237: running (0:03)\nvpsnap: snapshot.create 8841237: succeeded (0:07)\n",
                out.toString());
    }
}
