package dev.vpsnap.testing;

import dev.vpsnap.cli.Cli;
import dev.vpsnap.cli.Environment;
import dev.vpsnap.provider.ProviderRegistry;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** Runs the CLI through the production factory with its own streams, environment map and fake clock. */
public final class CliHarness {
    /** What a run left behind, shown whole when an assertion fails. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private final FakeClock clock;
    private boolean interactive;
    private String stdin = "";
    private ProviderRegistry registry = ProviderRegistry.standard();

    public CliHarness(FakeClock clock) {
        this.clock = clock;
        env.put("HOME", "/nonexistent-home");
    }

    /**
     * A harness at {@code now} whose home, config ({@code XDG_CONFIG_HOME=home/config}) and state
     * ({@code XDG_STATE_HOME=home/state}) directories are all under {@code home} (a test's temp directory).
     */
    public static CliHarness inHome(java.nio.file.Path home, java.time.Instant now) {
        return new CliHarness(new FakeClock(now)).env("HOME", home.toString())
                .env("XDG_CONFIG_HOME", home.resolve("config").toString())
                .env("XDG_STATE_HOME", home.resolve("state").toString());
    }

    /** Runs, and fails the test (showing the whole run) unless it exits {@code code}. */
    public Result expect(int code, String... args) {
        Result r = run(args);
        org.junit.jupiter.api.Assertions.assertEquals(code, r.exitCode(), () -> String.join(" ", args) + "\n" + r);
        return r;
    }

    public CliHarness env(String key, String value) {
        env.put(key, value);
        return this;
    }

    public CliHarness interactive(String input) {
        this.interactive = true;
        this.stdin = input;
        return this;
    }

    public CliHarness stdin(String input) {
        this.stdin = input;
        return this;
    }

    /** Runs against these providers instead of the standard four (e.g. a fake provider of a test). */
    public CliHarness registry(ProviderRegistry providers) {
        this.registry = providers;
        return this;
    }

    public FakeClock clock() {
        return clock;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment e = new Environment(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.copyOf(env), interactive, clock,
                clock.sleeper(), new Random(7), registry);
        int code = Cli.run(e, args);
        return new Result(code, out.toString(), err.toString());
    }
}
