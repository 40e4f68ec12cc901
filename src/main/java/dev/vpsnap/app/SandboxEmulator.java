package dev.vpsnap.app;

import dev.vpsnap.config.ConfigPaths;
import dev.vpsnap.emulator.CorruptStateException;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.EmulatorConfig;
import dev.vpsnap.emulator.Quirk;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code --sandbox}: the emulator inside this process on an ephemeral loopback port, seeded with demo servers, its
 * state kept under {@code $XDG_STATE_HOME/vpsnap/sandbox/} so successive commands see each other's work. The sandbox's
 * local schedules ({@value #SCHEDULES}) and their run locks live there too, so {@code sandbox reset} takes them along.
 */
public final class SandboxEmulator implements AutoCloseable {
    public static final String DEMO_FACILITY = "TPA1";
    /** The sandbox's local schedule store, inside {@link #stateDir}. */
    public static final String SCHEDULES = "schedules.json";
    private final Emulator emulator;
    private final Consumer<String> warnings;

    private SandboxEmulator(Emulator emulator, Consumer<String> warnings) {
        this.emulator = emulator;
        this.warnings = warnings;
    }

    /** Everything the sandbox keeps: emulator state, local schedules, their locks. */
    public static Path stateDir(Map<String, String> env) {
        return ConfigPaths.stateDir(env).resolve("sandbox");
    }

    /** Documented provider behaviours for the sandbox to show, like {@code emulator serve --quirk}: comma-separated. */
    public static final String QUIRKS_VARIABLE = "VPSNAP_SANDBOX_QUIRKS";

    /** @param warnings one line on stderr each (the state could not be saved when the run ended) */
    static SandboxEmulator start(Path dir, Clock clock, String quirks, Consumer<String> warnings) {
        try {
            Files.createDirectories(dir);
            EmulatorConfig cfg = EmulatorConfig.defaults()
                    .withStateFile(dir.resolve("state.json"))
                    .withAsyncDelay(Duration.ofSeconds(2))
                    .withClock(clock)
                    .withQuirks(Quirk.parse(quirks));
            return new SandboxEmulator(Emulator.start(cfg), warnings);
        } catch (IllegalArgumentException e) {
            throw VpsnapException.usage(QUIRKS_VARIABLE + ": " + e.getMessage());
        } catch (CorruptStateException e) {
            throw new VpsnapException(ExitCode.USAGE, "the sandbox state is unreadable: " + e.getMessage(), null, null,
                    "run 'vpsnap sandbox reset' to start afresh", null);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new VpsnapException(ExitCode.USAGE, "cannot keep the sandbox state in " + dir + ": " + e.getMessage(),
                    null, null, "set XDG_STATE_HOME to a writable directory", null);
        }
    }

    String baseUrl(String provider) {
        return emulator.baseUrl(provider);
    }

    static String apiKey(String provider) {
        return Emulator.apiKey(provider);
    }

    @Override
    public void close() {
        try {
            emulator.close();
        } catch (java.io.UncheckedIOException e) {
            warnings.accept("vpsnap: warning: the sandbox state could not be saved: " + e.getMessage());
        }
    }
}
