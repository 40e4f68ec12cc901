package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.model.Volume;
import dev.vpsnap.testing.JsonAssert;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreMapperTest {
    private final CoreMapper mapper = new CoreMapper("core", "gpu");

    @Test
    void sizesAreGibibytes() {
        assertEquals(107374182400L, CoreMapper.bytes(100.0));
        assertEquals(536870912L, CoreMapper.bytes(0.5));
        assertNull(CoreMapper.bytes(null));
    }

    @Test
    void volumeSizeIsWholeGbAsIsAndItsServerIsTheFirstAttachment() {
        CoreVolume wire = new CoreVolume(7001L, " data ", "d", 100L, "in-use", "Cloud-SSD", false, null,
                List.of(new CoreVolume.Attachment(1L, null, null, null, null),
                        new CoreVolume.Attachment(2L, 101L, 7001L, "/dev/vdb", "attached")),
                "2025-01-12T09:00:00Z");

        assertEquals(new Volume("core", "7001", "data", "101", 100L, "Cloud-SSD", "in-use",
                Instant.parse("2025-01-12T09:00:00Z")), mapper.volume(wire));
        assertEquals(new Volume("core", null, null, null, null, null, null, null),
                mapper.volume(new CoreVolume(null, "", null, null, " ", null, null, null, null, null)));
    }

    @Test
    void timesWithOffsetWithoutOffsetOrUnreadable() {
        assertEquals(Instant.parse("2025-01-15T16:30:00Z"), CoreMapper.instant("2025-01-15T18:30:00.000+02:00"));
        assertEquals(Instant.parse("2025-01-15T18:30:00Z"), CoreMapper.instant("2025-01-15T18:30:00Z"));
        assertEquals(Instant.parse("2025-01-15T18:30:00Z"), CoreMapper.instant("2025-01-15 18:30:00"));
        assertNull(CoreMapper.instant("yesterday"));
        assertNull(CoreMapper.instant(null));
    }

    @Test
    void labelsInEveryShapeSeen() {
        assertEquals(List.of("a=1", "b"), CoreMapper.labels(JsonAssert.tree("[\"a=1\", \"b\"]")));
        assertEquals(List.of("gpu"), CoreMapper.labels(JsonAssert.tree("[{\"id\": 3, \"label\": \"gpu\"}]")));
        assertEquals(List.of("a=1", "b=2"), CoreMapper.labels(JsonAssert.tree("\"a=1, b=2\"")));
        assertEquals(List.of("a=1"), CoreMapper.labels(JsonAssert.tree("\"[\\\"a=1\\\"]\"")));
        assertEquals(List.of(), CoreMapper.labels(JsonAssert.tree("\"\"")));
        assertEquals(List.of(), CoreMapper.labels(JsonAssert.tree("null")));
        assertEquals(List.of(), CoreMapper.labels(null));
    }

    @Test
    void aMinimalSnapshotKeepsUnknownsNull() {
        CoreSnapshot w = new CoreSnapshot(7L, "s", null, null, " ", null, null, "NEW_STATE", null, null, null, null,
                null, null);

        assertEquals(new Snapshot("core", "gpu", "7", "s", null, null, null, SnapshotStatus.UNKNOWN, "NEW_STATE", null,
                null, null, null, List.of()), mapper.snapshot(w));
    }

    @Test
    void serverLocationIsTheEnvironmentRegionElseItsName() {
        CoreVm noRegion = new CoreVm(9L, "vm", "ACTIVE", null, null, JsonAssert.tree("{\"name\": \"env-a\"}"), null);
        CoreVm noEnv = new CoreVm(9L, "vm", null, null, null, null, null);

        assertEquals(new ServerRef("core", "gpu", "9", "vm", "running", "ACTIVE", "env-a"), mapper.server(noRegion));
        assertEquals(new ServerRef("core", "gpu", "9", "vm", "unknown", null, null), mapper.server(noEnv));
    }
}
