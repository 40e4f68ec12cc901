package dev.vpsnap.provider.hivelocity;

import static dev.vpsnap.testing.JsonAssert.assertJsonEquals;
import static dev.vpsnap.testing.JsonAssert.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.TestTransport;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh MockWebServer per test with the real transport under {@code /api/v2}, and the adapter built through
 * {@link HivelocityFactory} the way the CLI builds it (facility TPA1, client 1234 unless a test says otherwise).
 */
abstract class HivelocityHttpTest {
    static final String BASE = "/api/v2";
    static final String FACILITY = "TPA1";
    static final Long CLIENT = 1234L;
    static final String SCOPE = "facilityCode=TPA1&clientId=1234";

    MockWebServer server;
    FakeClock clock;
    Provider hv;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        clock = new FakeClock();
        hv = provider(FACILITY, CLIENT);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    Provider provider(String facility, Long clientId) {
        var transport = TestTransport.of(server, "hivelocity", BASE, TestTransport.apiKey("X-API-KEY"), clock);
        return new HivelocityFactory().create(TestTransport.context(transport, clock, facility, clientId));
    }

    void reply(int status, String fixtureName) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(fixture("hivelocity/" + fixtureName)));
    }

    void replyRaw(int status, String contentType, String body) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", contentType).setBody(body));
    }

    /** The next recorded request: method, path+query (after {@code /api/v2}) and the API key header. */
    RecordedRequest expect(String method, String pathAndQuery) {
        RecordedRequest r = take();
        assertEquals(method, r.getMethod());
        assertEquals(BASE + pathAndQuery, r.getPath());
        assertEquals(TestTransport.KEY, r.getHeader("X-API-KEY"));
        return r;
    }

    /** The next request, which must carry this JSON body (compared as a tree). */
    void expectBody(String method, String pathAndQuery, String bodyFixture) {
        RecordedRequest r = expect(method, pathAndQuery);
        assertJsonEquals(fixture("hivelocity/" + bodyFixture), r.getBody().readUtf8());
    }

    void expectCount(int count) {
        assertEquals(count, server.getRequestCount(), "requests sent");
    }

    static void assertOneCleanLine(VpsnapException e) {
        String msg = e.getMessage();
        assertNotNull(msg);
        assertFalse(msg.contains("\n") || msg.contains("\r"), () -> "multi-line: " + msg);
        assertFalse(msg.matches("(?s).*<[a-zA-Z/!][^>]*>.*"), () -> "HTML in: " + msg);
        assertFalse(msg.contains(TestTransport.KEY), "secret leaked");
        assertEquals("hivelocity", e.provider());
    }

    private RecordedRequest take() {
        return TestTransport.nextRequest(server, 1, "another request");
    }
}
