package dev.vpsnap.provider.core;

import static dev.vpsnap.testing.JsonAssert.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import dev.vpsnap.provider.VolumeCreate;
import dev.vpsnap.testing.TestTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every verb against every failure shape: exit code, a one-line message without HTML or secret, retries. */
class CoreErrorsTest extends CoreMockServerTest {

    /** One call of the adapter and the one request it sends first. */
    record Verb(String name, Function<Provider, Object> call, String method, String path, boolean notFoundIsAState) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Which requests the transport retries (3 attempts in tests): none, GET/DELETE only, or all (429). */
    enum Retry { NEVER, IDEMPOTENT, ALWAYS }

    /** One failure the provider may answer with ({@code retryAfter} null: no Retry-After header). */
    record Failure(String name, int code, String contentType, String body, String retryAfter, ExitCode exit,
                   String message, Retry retry) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Operation running(String id, String kind, String resource) {
        return new Operation("core", id, kind, OperationStatus.RUNNING, resource, null, null, null);
    }

    static List<Verb> verbs() {
        return List.of(
                new Verb("server list", p -> p.servers().list(), "GET", "/v1/core/virtual-machines?page=1&pageSize=100", false),
                new Verb("snapshot list", p -> p.snapshots().list("101"), "GET", "/v1/core/snapshots?page=1&pageSize=100", false),
                new Verb("snapshot get", p -> p.snapshots().get("5001", null), "GET", "/v1/core/snapshots/5001", false),
                new Verb("snapshot create", p -> p.snapshots().create(new SnapshotCreate("101", null, "n", "d", List.of(), false)),
                        "POST", "/v1/core/virtual-machines/101/snapshots", false),
                new Verb("snapshot restore", p -> p.snapshots().restore(new SnapshotRestore("5001", null, "new-vm")),
                        "POST", "/v1/core/snapshots/5001/restore", false),
                new Verb("snapshot delete", p -> p.snapshots().delete("5001", null), "DELETE", "/v1/core/snapshots/5001", false),
                new Verb("created", p -> p.snapshots().created(running("snapshot.create:5001", "snapshot.create", "5001")),
                        "GET", "/v1/core/snapshots/5001", false),
                new Verb("poll create", p -> p.operations().refresh(running("snapshot.create:5001", "snapshot.create", "5001")),
                        "GET", "/v1/core/snapshots/5001", true),
                new Verb("poll delete", p -> p.operations().refresh(running("snapshot.delete:5001", "snapshot.delete", "5001")),
                        "GET", "/v1/core/snapshots/5001", true),
                new Verb("resume restore", p -> p.operations().get("snapshot.restore:103:5001"),
                        "GET", "/v1/core/virtual-machines/103", true),
                new Verb("volume list", p -> p.volumes().list(null), "GET", "/v1/core/volumes?page=1&pageSize=100", false),
                new Verb("volume get", p -> p.volumes().get("7004"), "GET", "/v1/core/volumes/7004", false),
                new Verb("volume create", p -> p.volumes().create(new VolumeCreate(null, 10, "n", "Cloud-SSD", "env")),
                        "POST", "/v1/core/volumes", false),
                new Verb("volume delete", p -> p.volumes().delete("7004", null), "DELETE", "/v1/core/volumes/7004", false),
                new Verb("volume attach", p -> p.volumes().attach("7004", "101"), "POST",
                        "/v1/core/virtual-machines/101/attach-volumes", false),
                new Verb("volume detach", p -> p.volumes().detach("7004", "101"), "POST",
                        "/v1/core/virtual-machines/101/detach-volumes", false),
                new Verb("volume result", p -> p.volumes().result(new Operation("core", "volume.attach:7004:101",
                        "volume.attach", OperationStatus.SUCCEEDED, "7004", null, null, null)),
                        "GET", "/v1/core/volumes/7004", false),
                new Verb("poll volume create", p -> p.operations().refresh(running("volume.create:7004", "volume.create",
                        "7004")), "GET", "/v1/core/volumes/7004", true),
                new Verb("poll volume delete", p -> p.operations().get("volume.delete:7004"),
                        "GET", "/v1/core/volumes/7004", true));
    }

    static List<Failure> failures() {
        String json = "application/json";
        return List.of(
                new Failure("401", 401, json, fixture("core/error-401-res.json"), null, ExitCode.AUTH,
                        "Invalid API key [unauthorized]", Retry.NEVER),
                new Failure("403", 403, json, fixture("core/error-403-res.json"), null, ExitCode.AUTH,
                        "You do not have permission to perform this action [forbidden]", Retry.NEVER),
                new Failure("404", 404, json, fixture("core/error-404-res.json"), null, ExitCode.NOT_FOUND,
                        "Snapshot not found [not_found]", Retry.NEVER),
                new Failure("400 with body", 400, json, fixture("core/error-400-res.json"), null, ExitCode.REJECTED,
                        "Snapshot name nightly-2025-01-15 already exists [bad_request]", Retry.NEVER),
                new Failure("200 status false", 200, json, fixture("core/error-status-false-res.json"), null,
                        ExitCode.REJECTED, "VM must be ACTIVE or SHUTOFF to take a snapshot [invalid_state]", Retry.NEVER),
                new Failure("429 with Retry-After", 429, json, "", "2", ExitCode.UNAVAILABLE, "rate limited", Retry.ALWAYS),
                new Failure("429 without Retry-After", 429, json, "", null, ExitCode.UNAVAILABLE, "rate limited",
                        Retry.ALWAYS),
                new Failure("503", 503, json, "", null, ExitCode.UNAVAILABLE, "service unavailable", Retry.IDEMPOTENT),
                new Failure("500 HTML page", 500, "text/html", fixture("core/error-500.html"), null, ExitCode.UNAVAILABLE,
                        "internal server error (HTML error page: 500 Internal Server Error)", Retry.NEVER),
                new Failure("truncated JSON", 200, json, "{\"status\": true, \"snapshot\": {\"id\": 50", null,
                        ExitCode.UNAVAILABLE, "malformed or truncated JSON", Retry.NEVER));
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Verb v : verbs()) {
            for (Failure f : failures()) {
                // a delete poll refused with 403/400 consults the list (CoreQuirksTest shows both outcomes)
                boolean listsOnRefusal = v.name().startsWith("poll") && v.name().endsWith("delete")
                        && (f.code() == 403 || f.code() == 400);
                if (!(v.notFoundIsAState() && f.code() == 404) && !listsOnRefusal) {
                    out.add(Arguments.of(v, f));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void failuresSurfaceAsOneCleanLine(Verb verb, Failure failure) {
        for (int i = 0; i < 3; i++) {
            MockResponse r = new MockResponse().setResponseCode(failure.code())
                    .setHeader("Content-Type", failure.contentType()).setBody(failure.body());
            server.enqueue(failure.retryAfter() == null ? r : r.setHeader("Retry-After", failure.retryAfter()));
        }

        VpsnapException e = assertThrows(VpsnapException.class, () -> verb.call().apply(core));

        assertEquals(failure.exit(), e.exitCode(), e::getMessage);
        String msg = e.getMessage();
        assertTrue(msg.contains(failure.message()), () -> "message was: " + msg);
        assertFalse(msg.contains("\n") || msg.contains("\r"), "one line");
        assertFalse(msg.contains("<") || msg.contains(">"), "no HTML");
        assertFalse(msg.contains(TestTransport.KEY), "no secret");
        boolean idempotent = !"POST".equals(verb.method());
        boolean retried = failure.retry() == Retry.ALWAYS || (failure.retry() == Retry.IDEMPOTENT && idempotent);
        int sent = retried ? 3 : 1;
        for (int i = 0; i < sent; i++) {
            expect(verb.method(), verb.path());
        }
        expectRequestCount(sent);
        if (failure.retryAfter() != null) {
            Duration hinted = Duration.ofSeconds(Long.parseLong(failure.retryAfter()));
            assertEquals(List.of(hinted, hinted), clock.sleeps(), "Retry-After honoured");
        } else {
            assertEquals(sent - 1, clock.sleeps().size(), "one backoff pause per retry");
        }
    }
}
