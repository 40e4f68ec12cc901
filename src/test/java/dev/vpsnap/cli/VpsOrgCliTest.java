package dev.vpsnap.cli;

import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.FakeClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the CLI against a fresh scripted vps.org ({@link VpsOrgFixture}), in a home of its own. */
abstract class VpsOrgCliTest {
    final VpsOrgFixture fixture;
    final VpsOrgStub stub;
    CliHarness cli;
    @TempDir
    Path home;

    VpsOrgCliTest() {
        try {
            fixture = new VpsOrgFixture();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stub = fixture.stub;
    }

    /** A CLI pointed at the scripted vps.org with {@code token}, on {@code clock}. */
    CliHarness connect(FakeClock clock, String token) {
        return fixture.cli(clock, home, token);
    }

    @AfterEach
    void stopFixture() throws IOException {
        fixture.close();
    }
}
