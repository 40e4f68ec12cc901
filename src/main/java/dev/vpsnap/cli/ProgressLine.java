package dev.vpsnap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The one-line progress display on a terminal (stderr): a spinner that ticks about ten times a second with the time
 * elapsed, between the updates of whoever owns it (a wait's polls, a fan-out's counts). Each frame starts with
 * carriage return + clear-line and is cut to the terminal's width less one column, so it never wraps and never
 * leaves a stale tail at 60 or 80 columns. {@link #close()} clears it. The {@link Ticker} and the clock are injected:
 * tests tick by hand and never sleep.
 */
final class ProgressLine implements AutoCloseable {
    static final Duration PERIOD = Duration.ofMillis(100);
    private static final String FRAMES = "|/-\\";
    private static final String CLEAR = "\r\033[K";

    /** Calls {@code tick} every {@code period} until the returned handle is closed. */
    @FunctionalInterface
    interface Ticker {
        AutoCloseable every(Duration period, Runnable tick);

        /** A daemon thread: a JVM that exits never waits for it. */
        Ticker DAEMON = (period, tick) -> {
            ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vpsnap-progress");
                t.setDaemon(true);
                return t;
            });
            s.scheduleAtFixedRate(tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
            return s::shutdownNow;
        };
    }

    private final PrintWriter err;
    private final IntSupplier columns;
    private final Clock clock;
    private final Ticker ticker;
    private Instant started;
    private String text = "";
    private int frame;
    private AutoCloseable ticking;
    private boolean shown;

    ProgressLine(PrintWriter err, IntSupplier columns, Clock clock, Ticker ticker) {
        this.err = err;
        this.columns = columns;
        this.clock = clock;
        this.ticker = ticker;
    }

    /** The production line: the terminal's width (COLUMNS, else {@code stty size}), the system clock, a daemon ticker. */
    static ProgressLine forTerminal(PrintWriter err, Map<String, String> env) {
        int width = terminalColumns(env);
        return new ProgressLine(err, () -> width, Clock.systemUTC(), Ticker.DAEMON);
    }

    /** Shows {@code status} now (starting the clock and the ticks on the first call); ticks keep it moving. */
    synchronized void update(String status) {
        this.text = status;
        if (started == null) {
            started = clock.instant();
            ticking = ticker.every(PERIOD, this::tick);
        }
        render();
    }

    private synchronized void tick() {
        if (ticking != null) {
            render();
        }
    }

    /** {@code " (m:ss)"}: the elapsed time as the progress line and the wait's status lines show it. */
    static String elapsed(Duration d) {
        long s = d.getSeconds();
        return String.format(" (%d:%02d)", s / 60, s % 60);
    }

    private void render() {
        long s = Duration.between(started, clock.instant()).getSeconds();
        String elapsed = elapsed(Duration.ofSeconds(s));
        String line = FRAMES.charAt(frame++ % FRAMES.length()) + " " + text;
        int room = Math.max(10, columns.getAsInt() - 1) - elapsed.length(); // the last column would wrap on some terminals
        if (line.length() > room) {
            line = line.substring(0, Math.max(0, room - 1)) + "…";
        }
        draw(line + elapsed);
        shown = true;
    }

    /** Stops the ticks and clears the line (the cursor stays at its start, for what is printed next). */
    @Override
    public synchronized void close() {
        if (ticking != null) {
            try {
                ticking.close();
            } catch (Exception e) {
                // stopping a ticker cannot fail in a way the user could act on
            }
            ticking = null;
        }
        if (shown) {
            draw("");
            shown = false;
        }
    }

    /** Clears the line and draws {@code text}: through the stderr writer's raw frame when there is one (it escapes text). */
    private void draw(String text) {
        if (err instanceof dev.vpsnap.output.StderrLog log) {
            log.frame(text);
        } else {
            err.print(CLEAR + text);
            err.flush();
        }
    }

    /** COLUMNS when set, else what {@code stty size} says of the controlling terminal, else 80. */
    static int terminalColumns(Map<String, String> env) {
        String c = env.get("COLUMNS");
        if (c != null && c.matches("\\d{1,4}") && Integer.parseInt(c) > 0) {
            return Integer.parseInt(c);
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("\\d+ \\d+")) {
                int cols = Integer.parseInt(out.substring(out.indexOf(' ') + 1));
                return cols > 0 ? cols : 80;
            }
        } catch (IOException e) {
            // no sh or no terminal: the default below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 80;
    }
}
