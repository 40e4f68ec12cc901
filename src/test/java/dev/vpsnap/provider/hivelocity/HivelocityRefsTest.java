package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.OperationRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hivelocity's ids through the one {@link OperationRef} codec: the forms vpsnap printed before, unchanged. */
class HivelocityRefsTest {

    @Test
    void createKeepsTheRawTaskIdVisibleAndEncodesTheName() {
        OperationRef id = HivelocityRefs.create("5c2f-9a", "3101", "pre upgrade: v2/é");

        assertEquals("create:5c2f-9a:3101:pre+upgrade%3A+v2%2F%C3%A9", id.encode());
        assertEquals(id, HivelocityRefs.SCHEMA.parse(id.encode()));
        assertEquals("pre upgrade: v2/é", HivelocityRefs.name(HivelocityRefs.SCHEMA.parse(id.encode())));
        assertEquals("pre upgrade: v2/é", HivelocityRefs.name(HivelocityRefs.SCHEMA.parse(
                "create:5c2f-9a:3101:pre%20upgrade%3A%20v2%2F%C3%A9")), "percent-encoded spaces decode too");
        assertEquals("snapshot.create", id.kind());
    }

    @Test
    void restoreAndDeleteCarryTheSnapshotId() {
        assertEquals(HivelocityRefs.restore("t1", "9001"), HivelocityRefs.SCHEMA.parse("restore:t1:9001"));
        assertEquals("delete:t1:9001", HivelocityRefs.delete("t1", "9001").encode());
        assertEquals("snapshot.delete", HivelocityRefs.SCHEMA.parse("delete:t1:9001").kind());
    }

    @Test
    void aVolumeOrIsoDeleteWhoseTaskIsUnknownIsUntracked() {
        OperationRef lost = HivelocityRefs.untracked("volume.delete", "3101");
        assertEquals("volume.delete:-:3101", lost.encode());
        assertEquals(lost, HivelocityRefs.SCHEMA.parse("volume.delete:-:3101"));
        assertEquals(true, HivelocityRefs.isUntracked(HivelocityRefs.SCHEMA.parse("iso.delete:-:77")));
        assertEquals("3101", HivelocityRefs.resourceId(lost));
        assertEquals(false, HivelocityRefs.isUntracked(HivelocityRefs.SCHEMA.parse("volume.delete:t1:3101")));
        assertThrows(dev.vpsnap.error.VpsnapException.class, () -> HivelocityRefs.SCHEMA.parse("volume.resize:-:3101"));
        assertThrows(dev.vpsnap.error.VpsnapException.class, () -> HivelocityRefs.SCHEMA.parse("-"));
    }

    @Test
    void aBareTaskIdHasNoKind() {
        OperationRef id = HivelocityRefs.SCHEMA.parse("5c2f9a1e-0b7d");

        assertEquals("5c2f9a1e-0b7d", HivelocityRefs.taskId(id));
        assertEquals("5c2f9a1e-0b7d", id.encode());
        assertEquals(null, id.kind());
        assertEquals(null, HivelocityRefs.resourceId(id));
    }

    @Test
    void volumeAndIsoKindsRoundTripAndNameTheirResource() {
        OperationRef create = HivelocityRefs.volumeCreate("t1", 5001, 200, List.of("3101", "3102"));
        assertEquals("volume.create:t1:5001:200:3101,3102", create.encode());
        assertEquals(create, HivelocityRefs.SCHEMA.parse(create.encode()));
        assertEquals(List.of("3101", "3102"), HivelocityRefs.before(create));
        assertEquals(5001, HivelocityRefs.deviceId(create));
        assertEquals(200, HivelocityRefs.sizeGb(create));
        assertEquals(null, HivelocityRefs.resourceId(create));

        OperationRef empty = HivelocityRefs.SCHEMA.parse("volume.create:t1:5001:10:");
        assertEquals(List.of(), HivelocityRefs.before(empty));
        assertEquals("volume.create:t1:5001:10:", empty.encode());

        for (String kind : List.of("volume.resize", "volume.delete", "volume.attach", "volume.detach", "iso.delete",
                "iso.attach", "iso.detach")) {
            OperationRef id = HivelocityRefs.SCHEMA.parse(kind + ":t1:77");
            assertEquals(kind, id.kind());
            assertEquals("77", HivelocityRefs.resourceId(id));
            assertEquals(kind + ":t1:77", id.encode());
        }
        assertEquals("3101", HivelocityRefs.volumeId(HivelocityRefs.SCHEMA.parse("volume.resize:t1:3101")));
        assertEquals(null, HivelocityRefs.volumeId(HivelocityRefs.SCHEMA.parse("iso.attach:t1:77")));
        assertEquals("9001", HivelocityRefs.resourceId(HivelocityRefs.restore("t1", "9001")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "create:t1:3101", "create:t1:3101:", "volume.create:t1:web:10:", "volume.create:t1:1:x:",
            "volume.create:t1:1:10:a/b", "volume.resize:t1", "volume.resize:t1:a/b", "iso.attach:t1:1:2",
            "volume.grow:t1:1", "t/1", "create:t1:3101:%zz"})
    void malformedIdsAreOneLineUsageErrorsNamingTheForms(String id) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> HivelocityRefs.SCHEMA.parse(id));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("'" + id + "' is not a hivelocity operation id (expected TASK_ID, create:TASK_ID:VOLUME_ID:NAME, "
                + "restore|delete:TASK_ID:SNAPSHOT_ID, volume.create:TASK_ID:DEVICE_ID:SIZE_GB:VOLUME_IDS, "
                + "volume.resize|volume.delete|volume.attach|volume.detach:TASK_ID:VOLUME_ID, "
                + "iso.delete|iso.attach:TASK_ID:ISO_ID, iso.detach:TASK_ID:DEVICE_ID)", e.getMessage());
    }
}
