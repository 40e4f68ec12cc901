package dev.vpsnap.provider.vpsorg;

import dev.vpsnap.model.OperationKinds;
import static dev.vpsnap.testing.JsonAssert.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import dev.vpsnap.testing.TestTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verb against every error shape: DRF {@code {"detail"}} and {@code {"field": [..]}} bodies, 5xx with the
 * transport's retries (GET/DELETE retried, POST not), 429 with Retry-After, an nginx HTML page, truncated JSON.
 * The error is injected at the verb's own request, after any lookup it makes first.
 */
class VpsOrgErrorsTest extends VpsOrgHttpTestBase {
    private static final int ATTEMPTS = 3; // TestTransport's retry policy

    enum Verb {
        SERVER_LIST(null, "GET", "servers/", p -> p.servers().list()),
        SNAPSHOT_LIST(null, "GET", "snapshots/?server_id=12345", p -> p.snapshots().list("12345")),
        SNAPSHOT_GET(null, "GET", "snapshots/?server_id=12345", p -> p.snapshots().get("801", "12345")),
        SNAPSHOT_CREATE("snapshots-list.json", "POST", "snapshots/", p -> p.snapshots()
                .create(new SnapshotCreate("12345", null, "before-update-snapshot", null, List.of(), false))),
        SNAPSHOT_RESTORE("snapshots-list.json", "POST", "snapshots/801/restore/",
                p -> p.snapshots().restore(new SnapshotRestore("801", "12345", null))),
        SNAPSHOT_DELETE("snapshots-list.json", "DELETE", "snapshots/801/", p -> p.snapshots().delete("801", "12345")),
        SNAPSHOT_CREATED(null, "GET", "snapshots/?server_id=12345", p -> p.snapshots().created(
                VpsOrgRefs.operation(VpsOrgRefs.ref(OperationKinds.SNAPSHOT_CREATE, 12345, 802),
                        OperationStatus.SUCCEEDED, null, null, null))),
        POLL_CREATE(null, "GET", "snapshots/?server_id=12345", p -> p.operations().get("create:12345:802")),
        POLL_DELETE(null, "GET", "snapshots/?server_id=12345", p -> p.operations().get("delete:12345:801")),
        POLL_RESTORE(null, "GET", "servers/", p -> p.operations().get("restore:12345:801"));

        final String lookupFixture;
        final String method;
        final String path;
        final Consumer<Provider> call;

        Verb(String lookupFixture, String method, String path, Consumer<Provider> call) {
            this.lookupFixture = lookupFixture;
            this.method = method;
            this.path = path;
            this.call = call;
        }
    }

    enum Failure {
        UNAUTHORIZED(401, "error-detail-401.json", ExitCode.AUTH, "Invalid token."),
        FORBIDDEN(403, "error-detail-403.json", ExitCode.AUTH, "You do not have permission to perform this action."),
        NOT_FOUND(404, "error-detail-404.json", ExitCode.NOT_FOUND, "Not found."),
        FIELD_ERRORS(400, "error-field-400.json", ExitCode.REJECTED,
                "name: Enter a valid name consisting of letters, numbers, underscores or hyphens.; server_id: A valid integer is required."),
        DETAIL_400(400, "error-restore-400.json", ExitCode.REJECTED, "Server is not in a valid state for restoration."),
        TRUNCATED_ERROR(400, "truncated.json", ExitCode.REJECTED, "bad request (unreadable error body)"),
        UNAVAILABLE(503, null, ExitCode.UNAVAILABLE, "service unavailable"),
        INTERNAL(500, null, ExitCode.UNAVAILABLE, "internal server error"),
        HTML_PAGE(502, "error-page-502.html", ExitCode.UNAVAILABLE, "bad gateway (HTML error page: 502 Bad Gateway)"),
        RATE_LIMITED(429, null, ExitCode.UNAVAILABLE, "rate limited"),
        TRUNCATED_BODY(200, "truncated.json", ExitCode.UNAVAILABLE, "the provider answered HTTP 200 with malformed or truncated JSON");

        final int status;
        final String body;
        final ExitCode exit;
        final String message;

        Failure(int status, String body, ExitCode exit, String message) {
            this.status = status;
            this.body = body;
            this.exit = exit;
            this.message = message;
        }

        MockResponse response() {
            MockResponse r = new MockResponse().setResponseCode(status);
            if (this == RATE_LIMITED) {
                r.setHeader("Retry-After", "2");
            }
            if (body != null) {
                r.setHeader("Content-Type", body.endsWith(".html") ? "text/html" : "application/json")
                        .setBody(fixture("vpsorg/" + body));
            }
            return r;
        }

        /** Attempts the transport makes: 429 always retried; 502/503/504 only for GET/DELETE; the rest once. */
        int attempts(String method) {
            if (status == 429) {
                return ATTEMPTS;
            }
            boolean retriable = status == 502 || status == 503 || status == 504;
            return retriable && !"POST".equals(method) ? ATTEMPTS : 1;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Verb v : Verb.values()) {
            for (Failure f : Failure.values()) {
                // DELETE answers 204 without a body: a truncated success body is not a case there
                if (!(v == Verb.SNAPSHOT_DELETE && f == Failure.TRUNCATED_BODY)) {
                    out.add(Arguments.of(v, f));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void failsWithTheContractExitCodeAndOneCleanLine(Verb verb, Failure failure) throws Exception {
        if (verb.lookupFixture != null) {
            enqueue(verb.lookupFixture);
        }
        for (int i = 0; i < ATTEMPTS; i++) {
            server.enqueue(failure.response());
        }

        VpsnapException e = assertThrows(VpsnapException.class, () -> verb.call.accept(provider));

        assertEquals(failure.exit, e.exitCode(), e::getMessage);
        assertEquals(failure.message, e.getMessage());
        assertEquals("vpsorg", e.provider());
        assertEquals(failure.status, e.httpStatus());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertFalse(e.getMessage().matches("(?s).*<[^>]+>.*"), "no HTML tags");
        assertFalse(e.getMessage().contains(TestTransport.KEY), "no secret");
        if (verb.lookupFixture != null) {
            expect("GET", "snapshots/?server_id=12345");
        }
        int attempts = failure.attempts(verb.method);
        for (int i = 0; i < attempts; i++) {
            expect(verb.method, verb.path);
        }
        assertRequestCount((verb.lookupFixture == null ? 0 : 1) + attempts);
        if (failure == Failure.RATE_LIMITED) {
            assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), clock.sleeps());
        }
        assertTrue(clock.sleeps().size() == attempts - 1, "paused between attempts on the fake clock only");
    }
}
