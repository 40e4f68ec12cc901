package dev.vpsnap.provider.vpsorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.testing.JsonAssert;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class VpsOrgMapperTest {
    private final VpsOrgMapper mapper = new VpsOrgMapper("web");

    @ParameterizedTest
    @CsvSource({
            "in_progress, PENDING",
            "completed, AVAILABLE",
            "COMPLETED, AVAILABLE",
            "failed, FAILED",
            "error, FAILED",
            "creation_failed, FAILED",
            "Error_Restoring, FAILED",
            "deleting, UNKNOWN",
            "queued, UNKNOWN",
            "'', UNKNOWN"})
    void snapshotStatusTable(String raw, SnapshotStatus expected) {
        assertEquals(expected, VpsOrgStatus.snapshot(raw));
    }

    @ParameterizedTest
    @NullSource
    void missingSnapshotStatusIsUnknown(String raw) {
        assertEquals(SnapshotStatus.UNKNOWN, VpsOrgStatus.snapshot(raw));
    }

    @ParameterizedTest
    @CsvSource({
            "active, running",
            "stopped, stopped",
            "suspended, stopped",
            "restoring, busy",
            "RESTORING, busy",
            "error, error",
            "restore_failed, error",
            "provisioning, unknown",
            "'', unknown"})
    void serverStatusTable(String raw, String expected) {
        assertEquals(expected, VpsOrgStatus.server(raw));
    }

    @Test
    void mapsTheDocumentedSnapshotWithSizeInMebibytes() {
        VpsOrgSnapshot wire = new VpsOrgSnapshot(801L, new VpsOrgServer(12345L, "web-server-01", null, null),
                "pre-migration-snapshot", "completed", 5120L, "2025-01-15T18:30:00Z", "Before major migration", null);

        Snapshot expected = new Snapshot("vpsorg", "web", "801", "pre-migration-snapshot", "12345", "web-server-01", null,
                SnapshotStatus.AVAILABLE, "completed", 5_368_709_120L, Instant.parse("2025-01-15T18:30:00Z"), null,
                "Before major migration", List.of());
        assertEquals(expected, mapper.snapshot(wire));
    }

    @Test
    void inProgressSnapshotHasNoSizeAndMissingServerStaysNull() {
        VpsOrgSnapshot wire = new VpsOrgSnapshot(802L, null, "x", "in_progress", null, null, null, "being created");

        Snapshot s = mapper.snapshot(wire);

        assertEquals(new Snapshot("vpsorg", "web", "802", "x", null, null, null, SnapshotStatus.PENDING, "in_progress",
                null, null, null, null, List.of()), s);
    }

    @Test
    void mapsServersKeepingTheRawStatus() {
        VpsOrgServer wire = new VpsOrgServer(67890L, "db-server-01", "suspended", JsonAssert.tree("\"ams1\""));

        assertEquals(new ServerRef("vpsorg", "web", "67890", "db-server-01", "stopped", "suspended", "ams1"),
                mapper.server(wire));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"nyc1\"|nyc1",
            "{\"code\": \"ams1\", \"name\": \"Amsterdam\"}|Amsterdam",
            "{\"slug\": \"fra1\"}|fra1",
            "{\"id\": 3}|",
            "null|"})
    void locationShapes(String json, String expected) {
        assertEquals(expected, VpsOrgMapper.location(JsonAssert.tree(json)));
    }

    @Test
    void timesAreReadByTheSharedIsoReader() { // its cases: IsoTimeTest
        assertEquals(Instant.parse("2025-01-15T18:30:00Z"), VpsOrgMapper.instant("2025-01-15T20:30:00+02:00"));
        assertNull(VpsOrgMapper.instant("yesterday"));
    }
}
