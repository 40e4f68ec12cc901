package dev.vpsnap.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.provider.core.CoreFactory;
import dev.vpsnap.provider.vpsorg.VpsOrgFactory;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.TestTransport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 429 seen by one worker pauses every worker that reaches the same endpoint: the workers of one run, and the
 * profiles of one process (they share the endpoint's pacer). Worker B is started while worker A pauses, on a fake clock.
 */
class SharedRateLimitTest {
    private final FakeClock clock = new FakeClock();
    private final MockWebServer server = new MockWebServer();
    private final List<String> arrivals = Collections.synchronizedList(new ArrayList<>());
    private final List<String> sleeps = Collections.synchronizedList(new ArrayList<>());
    /** The answer to the first request; every later one is 200. */
    private final AtomicReference<MockResponse> first = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                arrivals.add(r.getMethod() + " " + r.getPath() + " @" + clock.instant());
                MockResponse once = first.getAndSet(null);
                return once != null ? once : new MockResponse().setBody("{\"ok\":true}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse tooMany(String retryAfter) {
        MockResponse r = new MockResponse().setResponseCode(429).setBody("{\"message\":\"Too Many Requests\"}");
        return retryAfter == null ? r : r.setHeader("Retry-After", retryAfter);
    }

    /** A sleeper for the pacer: its first pause (worker A's) runs {@code b} to the end instead; later ones advance the clock. */
    private Sleeper runningDuringTheFirstPause(Runnable b) {
        return new Sleeper() {
            private boolean firstPause = true;

            @Override
            public void sleep(Duration d) throws InterruptedException {
                sleeps.add(Thread.currentThread().getName() + " " + d);
                boolean runB;
                synchronized (this) {
                    runB = firstPause;
                    firstPause = false;
                }
                if (runB) {
                    Thread t = new Thread(b, "worker-B");
                    t.start();
                    t.join();
                } else {
                    clock.advance(d);
                }
            }
        };
    }

    private HttpTransport worker(String basePath, Pacer pacer) {
        return TestTransport.of(server, "p", basePath, TestTransport.bearer(), clock, pacer, Duration.ofSeconds(5));
    }

    private static void runAs(String name, Runnable r) throws InterruptedException {
        Thread t = new Thread(r, name);
        t.start();
        t.join();
    }

    @Test
    void retryAfterIsHonouredByAllWorkers() throws Exception {
        first.set(tooMany("1"));
        Instant t0 = clock.instant();
        HttpTransport[] workerB = new HttpTransport[1];
        Pacer shared = new Pacer(0, 1, clock, runningDuringTheFirstPause(() -> workerB[0].post("/b", null)));
        HttpTransport workerA = worker("/", shared);
        workerB[0] = worker("/", shared);

        runAs("worker-A", () -> workerA.post("/a", null));

        assertEquals(List.of("POST /a @" + t0, "POST /b @" + t0.plusSeconds(1), "POST /a @" + t0.plusSeconds(1)), arrivals,
                "B sent nothing during the pause A was told about; A re-sent its (unprocessed) POST afterwards");
        assertEquals(List.of("worker-A PT1S", "worker-B PT1S"), sleeps);
        assertFalse(shared.pausedUntil().isAfter(t0.plusSeconds(1)));
    }

    @Test
    void twoProfilesOnTheSameProviderHostShareTheirPause() throws Exception {
        first.set(tooMany("3"));
        Instant t0 = clock.instant();
        HttpTransport[] profileB = new HttpTransport[1];
        Sleeper hook = runningDuringTheFirstPause(() -> profileB[0].get("servers"));
        var pace = VpsOrgFactory.DESCRIPTOR.pace();
        // each profile builds its own transport (own key, own base path) and asks the registry for its pacer
        HttpTransport profileA = worker("/a", pace.pacer("vpsorg", server.url("/a"), null, clock, hook));
        profileB[0] = worker("/b", pace.pacer("vpsorg", server.url("/b"), null, clock, hook));

        runAs("profile-A", () -> profileA.get("servers"));

        assertEquals("GET /a/servers @" + t0, arrivals.get(0));
        assertEquals("GET /b/servers @" + t0.plusSeconds(3), arrivals.get(1).replaceAll("\\.\\d+Z$", "Z"),
                "profile B waited out the Retry-After profile A was told");
        assertEquals(3, arrivals.size());
    }

    @Test
    void onCoreA429WithoutRetryAfterPausesEveryWorkerForTheDocumentedMinute() throws Exception {
        first.set(tooMany(null));
        Instant t0 = clock.instant();
        HttpTransport[] workerB = new HttpTransport[1];
        Pacer core = CoreFactory.DESCRIPTOR.pace().pacer("core", server.url("/"), null, clock,
                runningDuringTheFirstPause(() -> workerB[0].get("/core/flavors")));
        HttpTransport workerA = worker("/", core);
        workerB[0] = worker("/", core);

        runAs("worker-A", () -> workerA.post("/core/virtual-machines/1/snapshots", null));

        assertEquals(3, arrivals.size(), arrivals::toString);
        assertEquals("POST /core/virtual-machines/1/snapshots @" + t0, arrivals.get(0));
        for (String later : arrivals.subList(1, 3)) {
            Instant at = Instant.parse(later.substring(later.indexOf('@') + 1));
            assertFalse(at.isBefore(t0.plusSeconds(60)), "nothing is sent into the one-minute block: " + later);
            assertTrue(at.isBefore(t0.plusSeconds(61)), "and everyone resumes right after it: " + later);
        }
        assertEquals("worker-B PT1M", sleeps.get(1), "B waited the block A was told about: " + sleeps);
    }
}
