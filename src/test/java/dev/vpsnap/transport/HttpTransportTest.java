package dev.vpsnap.transport;

import dev.vpsnap.common.Secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import dev.vpsnap.testing.TestTransport;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport's retry rules, Retry-After, dry-run and error decoding, against a real socket and a fake clock. */
class HttpTransportTest {
    MockWebServer server;
    FakeClock clock;
    HttpTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        clock = new FakeClock();
        transport = TestTransport.of(server, "p", "/v1", TestTransport.apiKey("X-API-KEY"), clock);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse status(int code) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody("{\"message\":\"m" + code + "\"}");
    }

    @Test
    void getIsRetriedOn503ThenSucceeds() throws Exception {
        server.enqueue(status(503));
        server.enqueue(status(502));
        server.enqueue(new MockResponse().setBody("{\"ok\":true}"));
        ApiResponse r = transport.get("things", Map.of("a", 1));
        assertTrue(r.body().get("ok").asBoolean());
        assertEquals(3, server.getRequestCount());
        RecordedRequest first = server.takeRequest();
        assertEquals("/v1/things?a=1", first.getPath());
        assertEquals(TestTransport.KEY, first.getHeader("X-API-KEY"));
        assertTrue(first.getHeader("User-Agent").startsWith("vpsnap/"));
        assertEquals(2, clock.sleeps().size(), "backed off twice on the fake clock");
    }

    @Test
    void postIsNotRetriedOn500() {
        server.enqueue(status(500));
        VpsnapException e = assertThrows(VpsnapException.class, () -> transport.post("things", Map.of("name", "x")));
        assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
        assertEquals(500, e.httpStatus());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void postIsRetriedOn429HonouringRetryAfter() throws Exception {
        server.enqueue(status(429).setHeader("Retry-After", "7"));
        server.enqueue(new MockResponse().setResponseCode(201).setBody("{\"id\":1}"));
        assertEquals(201, transport.post("things", Map.of("name", "x")).status());
        assertEquals(List.of(Duration.ofSeconds(7)), clock.sleeps());
        JsonAssert.assertJsonEquals("{\"name\":\"x\"}", server.takeRequest().getBody().readUtf8());
    }

    @Test
    void aRetryAfterBeyondTheWaitThisPollIsForFailsAtOnceAsPassed() {
        server.enqueue(status(429).setHeader("Retry-After", "7"));
        server.enqueue(new MockResponse().setBody("{}"));
        RetryDeadline.Passed e = assertThrows(RetryDeadline.Passed.class,
                () -> RetryDeadline.within(clock.instant().plusSeconds(5), () -> transport.get("x")));
        assertEquals(ExitCode.TIMEOUT, e.exitCode());
        assertEquals(List.of(), clock.sleeps(), "no pause past the wait's deadline");
        assertEquals(1, server.getRequestCount(), "the one request in flight, no retry");
    }

    @Test
    void aRetryAfterWithinTheWaitThisPollIsForIsWaitedOut() {
        server.enqueue(status(429).setHeader("Retry-After", "7"));
        server.enqueue(new MockResponse().setBody("{\"ok\":true}"));
        ApiResponse r = RetryDeadline.within(clock.instant().plusSeconds(10), () -> transport.get("x"));
        assertTrue(r.body().get("ok").asBoolean());
        assertEquals(List.of(Duration.ofSeconds(7)), clock.sleeps());
    }

    @Test
    void anInnerWaitCannotWidenTheOuterOne() {
        server.enqueue(status(503));
        server.enqueue(new MockResponse().setBody("{}"));
        assertThrows(RetryDeadline.Passed.class, () -> RetryDeadline.within(clock.instant(),
                () -> RetryDeadline.within(clock.instant().plusSeconds(3600), () -> transport.get("x"))));
        assertEquals(List.of(), clock.sleeps(), "the earlier deadline bounds the backoff");
        assertEquals(1, server.getRequestCount());

        server.enqueue(status(503));
        server.enqueue(new MockResponse().setBody("{}"));
        transport.get("x"); // the {} left from above
        transport.get("x");
        assertEquals(1, clock.sleeps().size(), "outside a wait the backoff is taken again: " + clock.sleeps());
    }

    @Test
    void retryAfterIsCapped() {
        server.enqueue(status(429).setHeader("Retry-After", "86400"));
        server.enqueue(new MockResponse().setBody("{}"));
        transport.get("x");
        assertEquals(List.of(Duration.ofSeconds(30)), clock.sleeps(), "TestTransport caps at 30 s");
    }

    @Test
    void postIsNotReSentAfter503EvenWithRetryAfterAndSaysItMayHaveBeenApplied() {
        server.enqueue(status(503).setHeader("Retry-After", "1"));
        server.enqueue(new MockResponse().setBody("{}"));
        TransportException e = assertThrows(TransportException.class, () -> transport.post("things", null));
        assertTrue(e.maybeProcessed(), "a gateway may answer 503 after the backend acted: the caller looks first");
        assertEquals(503, e.httpStatus());
        assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
        assertEquals(1, server.getRequestCount(), "not re-sent");
        assertEquals(List.of(), clock.sleeps());
    }

    @Test
    void aGetIsRetriedOn503HonouringRetryAfter() {
        server.enqueue(status(503).setHeader("Retry-After", "4"));
        server.enqueue(new MockResponse().setBody("{}"));
        transport.get("things");
        assertEquals(2, server.getRequestCount());
        assertEquals(List.of(Duration.ofSeconds(4)), clock.sleeps());
    }

    @Test
    void aDeleteRetriedAfterALostAnswerThatFindsItGoneIsDone() throws Exception {
        server.enqueue(status(503)); // the provider deleted it, the gateway lost the answer
        server.enqueue(status(404));
        ApiResponse r = transport.send("DELETE", "things/5", Map.of(), null);
        assertEquals(204, r.status());
        assertFalse(r.hasBody());
        assertEquals("DELETE", server.takeRequest().getMethod());
        assertEquals("DELETE", server.takeRequest().getMethod());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aDeleteThatFindsNothingAtTheFirstTryIsNotFound() {
        server.enqueue(status(404));
        VpsnapException e = assertThrows(VpsnapException.class, () -> transport.send("DELETE", "things/5", Map.of(), null));
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        server.enqueue(status(429).setHeader("Retry-After", "1")); // not processed: a 404 after it is a real 404
        server.enqueue(status(404));
        e = assertThrows(VpsnapException.class, () -> transport.send("DELETE", "things/6", Map.of(), null));
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
    }

    @Test
    void postAfterReadTimeoutIsNotRetriedAndSaysItMayHaveBeenApplied() {
        HttpTransport quick = new HttpTransport(Http.derive(Http.shared(), Duration.ofMillis(300), null),
                new HttpTransport.Settings("p", server.url("/v1"), TestTransport.bearer(),
                        new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1), new Random(1)),
                        clock.sleeper(), null, Pacer.unpaced(clock, clock.sleeper())));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        TransportException e = assertThrows(TransportException.class, () -> quick.post("things", Map.of("n", 1)));
        assertTrue(e.maybeProcessed());
        assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
        assertEquals(1, server.getRequestCount(), "not re-sent");
    }

    @Test
    void droppedConnectionOnGetIsRetried() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(new MockResponse().setBody("[]"));
        assertTrue(transport.get("x").body().isArray());
    }

    @Test
    void truncatedSuccessBodyIsExit8() {
        server.enqueue(new MockResponse().setBody("{\"items\":[1,2"));
        VpsnapException e = assertThrows(VpsnapException.class, () -> transport.get("x"));
        assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void dryRunPrintsCurlAndSendsNothing() {
        List<String> lines = new ArrayList<>();
        HttpTransport dry = new HttpTransport(Http.derive(Http.shared(), Duration.ofSeconds(5), null),
                new HttpTransport.Settings("p", server.url("/v1"), TestTransport.bearer(), RetryPolicy.none(),
                        clock.sleeper(), planned -> lines.add(planned.curl()), Pacer.unpaced(clock, clock.sleeper())));
        assertThrows(DryRunStop.class, () -> dry.send("DELETE", "snapshots/5/", Map.of(), null));
        assertThrows(DryRunStop.class, () -> dry.post("snapshots/", Map.of("name", "it's")));
        assertEquals(0, server.getRequestCount());
        assertEquals("curl -sS -X DELETE '" + server.url("/v1/snapshots/5/") + "' -H 'Accept: application/json'"
                + " -H \"Authorization: Bearer $VPSNAP_API_KEY\"", lines.get(0));
        assertTrue(lines.get(1).endsWith("-d '{\"name\":\"it'\\''s\"}'"), lines.get(1));
        assertFalse(String.join("\n", lines).contains(TestTransport.KEY));
    }

    @Test
    void errorBodiesOfEveryProviderShapeBecomeOneLine() {
        assertEquals("The name field is required. (and 1 more error): size: The size must be at least 10.",
                ErrorDecoder.summarise(422, "application/json", "{\"message\":\"The name field is required. (and 1 more error)\","
                        + "\"errors\":{\"name\":[\"The name field is required.\"],\"size\":[\"The size must be at least 10.\"]},"
                        + "\"correlation_id\":\"c1\"}"));
        assertEquals("Input payload validation failed: name: 'name' is a required property", ErrorDecoder.summarise(400,
                "application/json", "{\"errors\":{\"name\":\"'name' is a required property\"},\"message\":\"Input payload validation failed\"}"));
        assertEquals("Not found.", ErrorDecoder.summarise(404, "application/json", "{\"detail\":\"Not found.\"}"));
        assertEquals("name: This field is required.", ErrorDecoder.summarise(400, "application/json", "{\"name\":[\"This field is required.\"]}"));
        assertEquals("Snapshot is in use [conflict]", ErrorDecoder.summarise(409, "application/json",
                "{\"status\":false,\"message\":\"Snapshot is in use\",\"error_reason\":\"conflict\"}"));
        assertEquals("bad gateway (HTML error page: 502 Bad Gateway)", ErrorDecoder.summarise(502, "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body>x</body></html>"));
        assertEquals("service unavailable", ErrorDecoder.summarise(503, null, ""));
        assertEquals("bad request (unreadable error body)", ErrorDecoder.summarise(400, "application/json", "{\"message\":\"tru"));
    }

    @Test
    void redactorScrubsSecretsAndCredentialHeaders() {
        Redactor r = new Redactor();
        r.add(Secret.of("abcd-1234"));
        assertEquals("token=****", r.scrub("token=abcd-1234"));
        assertEquals("api_key: ****", r.scrub("api_key: other-value"));
        assertEquals("Authorization: ****", r.scrub("Authorization: Bearer zzz"));
        assertEquals("****", Secret.of("abcd-1234").toString());
    }
}
