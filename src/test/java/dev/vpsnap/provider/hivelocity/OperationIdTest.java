package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperationIdTest {

    @Test
    void createKeepsTheRawTaskIdVisibleAndEncodesTheName() {
        OperationId id = OperationId.create("5c2f-9a", "3101", "pre upgrade: v2/é");

        assertEquals("create:5c2f-9a:3101:pre+upgrade%3A+v2%2F%C3%A9", id.encode());
        assertEquals(id, OperationId.parse(id.encode()));
        assertEquals("snapshot.create", id.kind());
    }

    @Test
    void restoreAndDeleteCarryTheSnapshotId() {
        assertEquals(OperationId.restore("t1", "9001"), OperationId.parse("restore:t1:9001"));
        assertEquals("delete:t1:9001", OperationId.delete("t1", "9001").encode());
        assertEquals("snapshot.delete", OperationId.parse("delete:t1:9001").kind());
    }

    @Test
    void aBareTaskIdHasNoKind() {
        OperationId id = OperationId.parse("5c2f9a1e-0b7d");

        assertEquals(new OperationId(null, "5c2f9a1e-0b7d", List.of()), id);
        assertEquals("5c2f9a1e-0b7d", id.encode());
        assertEquals(null, id.kind());
    }

    @Test
    void volumeAndIsoKindsRoundTripAndNameTheirResource() {
        OperationId create = OperationId.volumeCreate("t1", 5001, 200, List.of("3101", "3102"));
        assertEquals("volume.create:t1:5001:200:3101,3102", create.encode());
        assertEquals(create, OperationId.parse(create.encode()));
        assertEquals(List.of("3101", "3102"), create.before());
        assertEquals(5001, create.deviceId());
        assertEquals(200, create.sizeGb());
        assertEquals(null, create.resourceId());

        OperationId empty = OperationId.parse("volume.create:t1:5001:10:");
        assertEquals(List.of(), empty.before());
        assertEquals("volume.create:t1:5001:10:", empty.encode());

        for (String kind : List.of("volume.resize", "volume.delete", "volume.attach", "volume.detach", "iso.delete",
                "iso.attach", "iso.detach")) {
            OperationId id = OperationId.parse(kind + ":t1:77");
            assertEquals(kind, id.kind());
            assertEquals("77", id.resourceId());
            assertEquals(kind + ":t1:77", id.encode());
        }
        assertEquals("3101", OperationId.parse("volume.resize:t1:3101").volumeId());
        assertEquals(null, OperationId.parse("iso.attach:t1:77").volumeId());
        assertEquals("9001", OperationId.restore("t1", "9001").resourceId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "create:t1:3101", "create:t1:3101:", "volume.create:t1:web:10:", "volume.create:t1:1:x:",
            "volume.create:t1:1:10:a/b", "volume.resize:t1", "volume.resize:t1:a/b", "iso.attach:t1:1:2",
            "volume.grow:t1:1", "t/1"})
    void malformedIdsAreUsageErrors(String id) {
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> OperationId.parse(id)).exitCode());
    }
}
