package dev.vpsnap.cli;

import dev.vpsnap.config.ConfigPaths;
import dev.vpsnap.emulator.Emulator;
import dev.vpsnap.emulator.EmulatorConfig;
import dev.vpsnap.emulator.Quirk;
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
    /** Documented provider behaviours for the sandbox to show, like {@code emulator serve --quirk}: comma-separated. */
    static final String QUIRKS_VARIABLE = "VPSNAP_SANDBOX_QUIRKS";
    private final Emulator emulator;

    private Sandbox(Emulator emulator) {
        this.emulator = emulator;
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
                    .withClock(env.clock())
                    .withQuirks(Quirk.parse(env.env().get(QUIRKS_VARIABLE)));
            return new Sandbox(Emulator.start(cfg));
        } catch (IllegalArgumentException e) {
            throw VpsnapException.usage(QUIRKS_VARIABLE + ": " + e.getMessage());
        } catch (IOException e) {
            throw new VpsnapException(ExitCode.INTERNAL, "cannot start the sandbox in " + dir + ": " + e.getMessage());
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
        emulator.close();
    }
}
