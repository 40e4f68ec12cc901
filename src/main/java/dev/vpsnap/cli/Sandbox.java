package dev.vpsnap.cli;

import dev.vpsnap.config.ConfigPaths;
import dev.vpsnap.emulator.CorruptStateException;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.EmulatorConfig;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code --sandbox}: the emulator inside this process on an ephemeral loopback port, seeded with demo servers, its
 * state kept under {@code $XDG_STATE_HOME/vpsnap/sandbox/} so successive commands see each other's work.
 */
final class Sandbox implements AutoCloseable {
    static final String DEMO_FACILITY = "TPA1";
    private final Emulator emulator;
    private final Environment env;

    private Sandbox(Emulator emulator, Environment env) {
        this.emulator = emulator;
        this.env = env;
    }

    static Path stateDir(Environment env) {
        return ConfigPaths.stateDir(env.env()).resolve("sandbox");
    }

    static Sandbox start(Environment env) {
        Path dir = stateDir(env);
        try {
            Files.createDirectories(dir);
            EmulatorConfig cfg = EmulatorConfig.defaults()
                    .withStateFile(dir.resolve("state.json"))
                    .withAsyncDelay(Duration.ofSeconds(2))
                    .withClock(env.clock());
            return new Sandbox(Emulator.start(cfg), env);
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

    String apiKey(String provider) {
        return Emulator.apiKey(provider);
    }

    @Override
    public void close() {
        try {
            emulator.close();
        } catch (java.io.UncheckedIOException e) {
            env.err().println("vpsnap: warning: the sandbox state could not be saved: " + e.getMessage());
        }
    }
}
