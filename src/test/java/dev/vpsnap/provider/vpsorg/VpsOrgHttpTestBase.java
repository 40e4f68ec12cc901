package dev.vpsnap.provider.vpsorg;

import static dev.vpsnap.testing.JsonAssert.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.vpsnap.provider.Provider;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.TestTransport;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh MockWebServer per test, the real transport under {@code /api/v1}, and the vps.org provider over it. */
abstract class VpsOrgHttpTestBase {
    static final String BASE = "/api/v1/";

    MockWebServer server;
    FakeClock clock;
    Provider provider;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        clock = new FakeClock();
        provider = new VpsOrgFactory().create(TestTransport.context(
                TestTransport.of(server, "vpsorg", "/api/v1", TestTransport.bearer(), clock), clock, null, null));
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    static MockResponse json(int status, String fixtureName) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(fixture("vpsorg/" + fixtureName));
    }

    void enqueue(String fixtureName) {
        server.enqueue(json(200, fixtureName));
    }

    void enqueue(int status, String fixtureName) {
        server.enqueue(json(status, fixtureName));
    }

    void enqueueNoContent() {
        server.enqueue(new MockResponse().setResponseCode(204));
    }

    /** Takes the next recorded request and checks its method, path+query (under {@code /api/v1/}) and Bearer token. */
    RecordedRequest expect(String method, String pathUnderBase) throws InterruptedException {
        RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
        assertNotNull(r, "expected " + method + " " + pathUnderBase + " but no request arrived");
        assertEquals(method + " " + BASE + pathUnderBase, r.getMethod() + " " + r.getPath());
        assertEquals("Bearer " + TestTransport.KEY, r.getHeader("Authorization"));
        return r;
    }

    void assertRequestCount(int expected) {
        assertEquals(expected, server.getRequestCount(), "requests sent");
    }
}
