package dev.vpsnap.provider.hostinger;

import static dev.vpsnap.provider.hostinger.HostingerHarness.VMS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.ServerRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostingerServersTest extends HostingerHarnessTest {
    @Test
    void listsEveryVmWithItsNormalisedState() {
        h.fixture(200, "virtual-machines-list-ok.json");
        assertEquals(List.of(
                new ServerRef("hostinger", "test", "1268054", "srv1268054.hstgr.cloud", "running", "running", "521"),
                new ServerRef("hostinger", "test", "1268055", "db.example.com", "busy", "stopped, actions locked", null)),
                h.provider.servers().list());
        h.expect("GET", VMS);
        h.expectCount(1);
    }

    @Test
    void anAccountWithoutVmsListsNothing() {
        h.raw(200, "[]", "application/json");
        assertEquals(List.of(), h.provider.servers().list());
        h.expectCount(1);
    }

    @Test
    void aRateLimitIsWaitedOutAsTheProviderAsks() {
        h.server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
        h.fixture(200, "virtual-machines-list-ok.json");
        assertEquals(2, h.provider.servers().list().size());
        assertEquals(List.of(Duration.ofSeconds(7)), h.clock.sleeps());
        h.expect("GET", VMS);
        h.expect("GET", VMS);
        h.expectCount(2);
    }
}
