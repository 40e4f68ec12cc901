package dev.vpsnap.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.TestTransport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 429 seen by one worker pauses every worker of the run (they share the account's pacer). */
class SharedRateLimitTest {
    private final FakeClock clock = new FakeClock();
    private final MockWebServer server = new MockWebServer();
    private final List<String> arrivals = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean limited = new AtomicBoolean();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                arrivals.add(r.getMethod() + " " + r.getPath() + " @" + clock.instant());
                if (limited.compareAndSet(false, true)) {
                    return new MockResponse().setResponseCode(429).setHeader("Retry-After", "1")
                            .setBody("{\"message\":\"Too Many Requests\"}");
                }
                return new MockResponse().setBody("{\"ok\":true}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void retryAfterIsHonouredByAllWorkers() throws Exception {
        Instant t0 = clock.instant();
        List<String> sleeps = Collections.synchronizedList(new ArrayList<>());
        HttpTransport[] workerB = new HttpTransport[1];
        // Worker A's pause is where worker B tries to send: B must wait for the same Retry-After.
        Sleeper sleeper = new Sleeper() {
            boolean first = true;

            @Override
            public void sleep(Duration d) throws InterruptedException {
                sleeps.add(Thread.currentThread().getName() + " " + d);
                boolean runB;
                synchronized (this) {
                    runB = first;
                    first = false;
                }
                if (runB) {
                    Thread b = new Thread(() -> workerB[0].post("/b", null), "worker-B");
                    b.start();
                    b.join();
                } else {
                    clock.advance(d);
                }
            }
        };
        Pacer shared = new Pacer(0, 1, clock, sleeper);
        HttpTransport workerA = TestTransport.of(server, "core", "/", TestTransport.bearer(), clock, shared, Duration.ofSeconds(5));
        workerB[0] = TestTransport.of(server, "core", "/", TestTransport.bearer(), clock, shared, Duration.ofSeconds(5));

        Thread a = new Thread(() -> workerA.post("/a", null), "worker-A");
        a.start();
        a.join();

        assertEquals(List.of("POST /a @" + t0, "POST /b @" + t0.plusSeconds(1), "POST /a @" + t0.plusSeconds(1)), arrivals,
                "B sent nothing during the pause A was told about; A re-sent its (unprocessed) POST afterwards");
        assertEquals(List.of("worker-A PT1S", "worker-B PT1S"), sleeps);
        assertFalse(shared.pausedUntil().isAfter(t0.plusSeconds(1)));
    }
}
