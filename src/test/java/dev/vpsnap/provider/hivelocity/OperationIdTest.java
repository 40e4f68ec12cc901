package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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

        assertEquals(new OperationId(null, "5c2f9a1e-0b7d", null, null, null), id);
        assertEquals("5c2f9a1e-0b7d", id.encode());
        assertEquals(null, id.kind());
    }
}
