package dev.vpsnap.cli;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.error.VpsnapException;
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

    public static Environment system() {
        return new Environment(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.in, System.getenv(), System.console() != null, Clock.systemUTC(), Sleeper.SYSTEM, new Random(),
                ProviderRegistry.standard());
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
