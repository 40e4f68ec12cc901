package dev.vpsnap.clock;

import java.time.Duration;

/** Waits. Production sleeps the thread; tests advance a fake clock instead, so no test ever sleeps. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    Sleeper SYSTEM = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis());
        }
    };
}
