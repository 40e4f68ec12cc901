package dev.vpsnap.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** The 5 s budget is the pings' own time: a command that runs for an hour between them still gets its end ping. */
class PingBudgetTest {
    @Test
    void theCommandsTimeBetweenThePingsDoesNotCount() throws Exception {
        try (MockWebServer hc = new MockWebServer()) {
            hc.enqueue(new MockResponse());
            hc.enqueue(new MockResponse());
            AtomicLong nanos = new AtomicLong();
            List<String> warnings = new ArrayList<>();
            Ping ping = new Ping(hc.url("/p/token-1234"), warnings::add, null, nanos::get);
            ping.start();
            nanos.addAndGet(TimeUnit.HOURS.toNanos(1)); // the command runs for an hour
            ping.finish(0, "vpsnap schedule run: exit 0 after 3600.0 s\n");
            assertEquals(List.of(), warnings);
            assertEquals("/p/token-1234/start", hc.takeRequest().getPath());
            assertEquals("/p/token-1234/0", hc.takeRequest().getPath());
        }
    }
}
