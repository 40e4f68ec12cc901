package dev.vpsnap.provider.core;

import static dev.vpsnap.testing.JsonAssert.assertJsonEquals;
import static dev.vpsnap.testing.JsonAssert.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.provider.Provider;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.TestTransport;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh MockWebServer per test with the real transport and the core provider on top ({@code /v1} base path). */
abstract class CoreMockServerTest {
    protected MockWebServer server;
    protected FakeClock clock;
    protected Provider core;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        clock = new FakeClock();
        core = new CoreFactory().create(TestTransport.context(
                TestTransport.of(server, "core", "/v1", TestTransport.apiKey("api_key"), clock), clock, null, null));
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    /** Queues a JSON answer from {@code fixtures/core/<name>}. */
    protected void respond(int code, String fixtureName) {
        respondRaw(code, "application/json", fixture("core/" + fixtureName));
    }

    protected void respondRaw(int code, String contentType, String body) {
        server.enqueue(new MockResponse().setResponseCode(code).setHeader("Content-Type", contentType).setBody(body));
    }

    /** The next recorded request: method, path with query, and the {@code api_key} header. */
    protected RecordedRequest expect(String method, String pathAndQuery) {
        RecordedRequest r = take();
        assertEquals(method, r.getMethod());
        assertEquals(pathAndQuery, r.getPath());
        assertEquals(TestTransport.KEY, r.getHeader("api_key"));
        return r;
    }

    /** As {@link #expect(String, String)}, and the JSON body equals {@code fixtures/core/<requestFixture>} as a tree. */
    protected RecordedRequest expect(String method, String pathAndQuery, String requestFixture) {
        RecordedRequest r = expect(method, pathAndQuery);
        assertJsonEquals(fixture("core/" + requestFixture), r.getBody().readUtf8());
        return r;
    }

    protected void expectRequestCount(int n) {
        assertEquals(n, server.getRequestCount(), "requests sent");
    }

    private RecordedRequest take() {
        return TestTransport.nextRequest(server, 1, "another request");
    }
}
