package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.ops.SnapshotCreator;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.testing.TestTransport;
import dev.vpsnap.transport.Pacer;
import dev.vpsnap.transport.TransportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A create POST that timed out is never sent again before the snapshot was looked for by name. */
class CoreCreateReconciliationTest extends CoreMockServerTest {
    private static final String LIST = "/v1/core/snapshots?page=1&pageSize=100";
    private static final String FOUND = """
            {"status": true, "message": "ok", "count": 1, "page": 1, "page_size": 100, "snapshots": [
              {"id": 5003, "name": "nightly-2025-01-15", "description": "nightly", "vm_id": 101, "region_id": 1,
               "status": "CREATING", "is_image": false, "size": 0, "labels": [],
               "created_at": "2025-01-15T12:00:00.000+00:00", "updated_at": "2025-01-15T12:00:00.000+00:00"}]}""";

    private final List<String> notes = new ArrayList<>();
    private SnapshotCreator creator;
    private final SnapshotCreate request = new SnapshotCreate("101", null, "nightly-2025-01-15", "nightly", List.of(), false);

    @BeforeEach
    void shortTimeout() {
        // a read timeout needs a real (short) wait on the socket; nothing here sleeps
        core = new CoreFactory().create(TestTransport.context(TestTransport.of(server, "core", "/v1",
                TestTransport.apiKey("api_key"), clock, Pacer.unpaced(clock, clock.sleeper()), Duration.ofMillis(300)),
                clock, null, null));
        creator = new SnapshotCreator(clock, clock.sleeper(), notes::add);
    }

    private void timeoutNext() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }

    @Test
    void aTimedOutPostIsReconciledAndTheSnapshotFoundIsAdopted() {
        timeoutNext();
        respondRaw(200, "application/json", FOUND);

        SnapshotCreator.Outcome outcome = creator.create(core, request, false);

        expect("POST", "/v1/core/virtual-machines/101/snapshots");
        expect("GET", LIST);
        expectRequestCount(2);
        assertTrue(outcome.adopted());
        assertEquals("5003", outcome.existing().id());
        assertEquals("5003", outcome.operation().resourceId());
        assertTrue(notes.get(0).contains("not creating it again"), notes::toString);
    }

    @Test
    void aTimedOutPostIsSentAgainOnlyAfterEveryLookFoundNothing() {
        timeoutNext();
        for (int i = 0; i < 4; i++) {
            respond(200, "snapshot-list-empty-res.json");
        }
        respond(201, "snapshot-create-res.json");

        SnapshotCreator.Outcome outcome = creator.create(core, request, false);

        expect("POST", "/v1/core/virtual-machines/101/snapshots");
        for (int i = 0; i < 4; i++) {
            expect("GET", LIST);
        }
        expect("POST", "/v1/core/virtual-machines/101/snapshots");
        expectRequestCount(6);
        assertNotNull(outcome.operation());
        assertNull(outcome.existing());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), clock.sleeps());
    }

    @Test
    void whenTheLookFailsTooNothingIsSentAgain() {
        timeoutNext();
        respondRaw(500, "text/html", "<html><title>500 Internal Server Error</title></html>");

        TransportException e = assertThrows(TransportException.class, () -> creator.create(core, request, false));

        assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
        assertTrue(e.maybeProcessed());
        assertTrue(e.hint().contains("snapshot list --server 101"), e.hint());
        expect("POST", "/v1/core/virtual-machines/101/snapshots");
        expect("GET", LIST);
        expectRequestCount(2);
    }

    @Test
    void aRejectionIsNotAmbiguous() {
        respond(400, "error-400-res.json");

        assertEquals(ExitCode.REJECTED, assertThrows(dev.vpsnap.error.VpsnapException.class,
                () -> creator.create(core, request, false)).exitCode());
        expectRequestCount(1);
    }
}
