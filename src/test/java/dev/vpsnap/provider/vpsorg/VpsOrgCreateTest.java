package dev.vpsnap.provider.vpsorg;

import static dev.vpsnap.testing.JsonAssert.assertJsonEquals;
import static dev.vpsnap.testing.JsonAssert.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.SnapshotCreate;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /snapshots/}: validation before sending, the 5-per-server limit (ours and the API's), the operation. */
class VpsOrgCreateTest extends VpsOrgHttpTestBase {

    private static SnapshotCreate create(String server, String name, String description) {
        return new SnapshotCreate(server, null, name, description, List.of(), false);
    }

    @Test
    void createChecksTheLimitThenPostsAndReturnsARunningOperation() throws Exception {
        enqueue("snapshots-list.json");
        enqueue(201, "snapshots-create-res.json");

        Operation op = provider.snapshots().create(create("12345", "before-update-snapshot", "Snapshot before system update"));

        expect("GET", "snapshots/?server_id=12345");
        RecordedRequest post = expect("POST", "snapshots/");
        assertJsonEquals(fixture("vpsorg/snapshots-create-req.json"), post.getBody().readUtf8());
        assertRequestCount(2);
        assertEquals(new Operation("vpsorg", "create:12345:802", "snapshot.create", OperationStatus.RUNNING, "802",
                Instant.parse("2025-01-16T16:15:00Z"), null,
                "Snapshot is being created. This may take 3-10 minutes depending on server size."), op);
    }

    @Test
    void createLeavesOutAnAbsentDescription() throws Exception {
        enqueue("snapshots-list-empty.json");
        enqueue(201, "snapshots-create-res.json");

        provider.snapshots().create(create("12345", "nightly_2025-01-16", null));

        expect("GET", "snapshots/?server_id=12345");
        assertJsonEquals(fixture("vpsorg/snapshots-create-nodescription-req.json"),
                expect("POST", "snapshots/").getBody().readUtf8());
        assertRequestCount(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"before update", "v1.2", "snap/1", "naïve"})
    void createRefusesNamesOutsideTheDocumentedRuleWithoutSending(String name) {
        VpsnapException e = assertThrows(VpsnapException.class,
                () -> provider.snapshots().create(create("12345", name, null)));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("letters, digits, hyphens and underscores"), e.getMessage());
        assertRequestCount(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-server-01", " ", "12.5"})
    void createRefusesNonNumericServerWithoutSending(String server) {
        VpsnapException e = assertThrows(VpsnapException.class,
                () -> provider.snapshots().create(create(server, "ok-name", null)));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertRequestCount(0);
    }

    @Test
    void createRefusesVolumesAndLabelsAsUnsupported() {
        VpsnapException volume = assertThrows(VpsnapException.class, () -> provider.snapshots()
                .create(new SnapshotCreate("12345", "vol-1", "n", null, List.of(), false)));
        VpsnapException labels = assertThrows(VpsnapException.class, () -> provider.snapshots()
                .create(new SnapshotCreate("12345", null, "n", null, List.of("env=prod"), false)));
        assertEquals(ExitCode.UNSUPPORTED, volume.exitCode());
        assertEquals(ExitCode.UNSUPPORTED, labels.exitCode());
        assertRequestCount(0);
    }

    @Test
    void createRefusesASixthSnapshotLocally() throws Exception {
        enqueue("snapshots-list-five.json");

        VpsnapException e = assertThrows(VpsnapException.class,
                () -> provider.snapshots().create(create("12345", "one-more", null)));

        assertEquals(ExitCode.REJECTED, e.exitCode());
        assertEquals("server 12345 already has 5 snapshots, the vps.org limit is 5 per server; nothing was created",
                e.getMessage());
        assertTrue(e.hint().contains("vpsnap snapshot prune --server 12345"), e.hint());
        expect("GET", "snapshots/?server_id=12345");
        assertRequestCount(1);
    }

    @Test
    void theApisOwnLimitErrorIsRejectedWithItsMessageAndThePruneHint() throws Exception {
        enqueue("snapshots-list.json");
        enqueue(400, "error-limit-400.json");

        VpsnapException e = assertThrows(VpsnapException.class,
                () -> provider.snapshots().create(create("12345", "one-more", null)));

        assertEquals(ExitCode.REJECTED, e.exitCode());
        assertEquals(400, e.httpStatus());
        assertEquals("non_field_errors: Snapshot limit reached: maximum of 5 snapshots per server.", e.getMessage());
        assertTrue(e.hint().contains("snapshot prune"), e.hint());
        expect("GET", "snapshots/?server_id=12345");
        expect("POST", "snapshots/");
        assertRequestCount(2);
    }

    @Test
    void createOnAnUnknownServerIsNotFound() throws Exception {
        enqueue("snapshots-list-empty.json");
        enqueue(404, "error-detail-404.json");

        VpsnapException e = assertThrows(VpsnapException.class,
                () -> provider.snapshots().create(create("99999", "n", null)));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("Not found.", e.getMessage());
        expect("GET", "snapshots/?server_id=99999");
        expect("POST", "snapshots/");
        assertRequestCount(2);
    }
}
