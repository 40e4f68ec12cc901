package dev.vpsnap.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.time.Duration;

/** Starts a demo-data emulator on an ephemeral port with a {@link MutableClock} and a 3 s async delay. */
abstract class EmulatorTestBase {
    protected MutableClock clock;
    protected Emulator emu;

    @BeforeEach
    void startEmulator() throws IOException {
        clock = new MutableClock();
        emu = Emulator.start(config());
    }

    protected EmulatorConfig config() {
        return EmulatorConfig.defaults().withClock(clock).withAsyncDelay(Duration.ofSeconds(3));
    }

    @AfterEach
    void stopEmulator() {
        if (emu != null) emu.close();
    }

    protected EmuClient client(String provider) {
        return new EmuClient(emu, provider);
    }
}
