package dev.vpsnap.cli;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.provider.ProviderRegistry;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
}
