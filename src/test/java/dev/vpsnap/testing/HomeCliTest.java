package dev.vpsnap.testing;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the CLI in a fresh home of its own ({@link CliHarness#inHome}), on a fake clock starting at {@link #NOW}. */
public abstract class HomeCliTest {
    public static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    protected Path home;
    protected CliHarness cli;

    @BeforeEach
    void startInHome() {
        cli = CliHarness.inHome(home, NOW);
    }
}
