package dev.vpsnap.cli.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A port the emulator cannot listen on is the user's to fix: exit 2 and one line, never "this is a bug". */
class EmulatorServePortTest {
    final CliHarness cli = new CliHarness(new FakeClock());

    @Test
    void busyPortIsExit2WithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result r = cli.run("emulator", "serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals("vpsnap: emulator serve: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": Address already in use (choose another --port, or --port 0 for any free one)\n", r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void outOfRangePortIsExit2WithOneLine() {
        Result r = cli.run("emulator", "serve", "--port", "70000");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("vpsnap: emulator serve: --port must be 0-65535 (0 = any free port), not 70000\n", r.err());
    }

    @Test
    void unknownHostIsExit2WithOneLine() {
        Result r = cli.run("emulator", "serve", "--host", "no-such-host.invalid", "--port", "0");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
    }
}
