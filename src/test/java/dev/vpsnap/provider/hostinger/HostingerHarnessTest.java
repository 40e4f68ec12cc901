package dev.vpsnap.provider.hostinger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test of the Hostinger adapter against a fresh {@link HostingerHarness} (scripted server, fake clock). */
abstract class HostingerHarnessTest {
    HostingerHarness h;

    @BeforeEach
    void startHarness() {
        h = new HostingerHarness();
    }

    @AfterEach
    void stopHarness() {
        h.close();
    }
}
