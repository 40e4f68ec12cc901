package dev.vpsnap.cli;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.output.StderrLog;
import dev.vpsnap.provider.ProviderRegistry;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Everything a command touches outside itself: streams, environment variables, whether a human is at a terminal,
 * the clock and sleeper, the provider registry. {@link #system()} is production; tests build their own.
 *
 * @param interactive stdin and stdout are a terminal: prompts are possible, spinners are shown on stderr
 */
public record Environment(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, boolean interactive,
                          Clock clock, Sleeper sleeper, Random random, ProviderRegistry registry) {

    /** stderr is always the one {@link StderrLog}; a plain writer (a test's) is wrapped, as a terminal when interactive. */
    public Environment {
        err = StderrLog.wrap(err, clock, interactive);
    }

    public static Environment system() {
        return new Environment(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new StderrLog(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), Clock.systemUTC(), stderrIsTerminal()),
                System.in, System.getenv(), System.console() != null, Clock.systemUTC(), Sleeper.SYSTEM, new Random(),
                ProviderRegistry.standard());
    }

    /** The stderr writer: every line on stderr goes through it (format, timestamps, redaction, escaping). */
    public StderrLog log() {
        return (StderrLog) err;
    }

    /** Linux: fd 2 links to a tty or pts device; elsewhere whether there is a console at all. */
    private static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception | LinkageError e) {
            return System.console() != null;
        }
    }

    public String getenv(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * A yes/no variable: {@code 1/true/yes/on} or {@code 0/false/no/off}, in any case; unset or blank is no. Anything
     * else is a usage error (exit 2) rather than a silent no: {@code VPSNAP_SANDBOX=y} must not mean the real provider.
     */
    public boolean flag(String name) {
        String v = getenv(name);
        if (v == null || v.isBlank()) {
            return false;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw VpsnapException.usage(name + "='" + v
                    + "' is not a yes/no value: use 1, true, yes, on or 0, false, no, off");
        };
    }
}
