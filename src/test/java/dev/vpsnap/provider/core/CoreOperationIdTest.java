package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoreOperationIdTest {

    @Test
    void idsRoundTrip() {
        for (CoreOperationId id : new CoreOperationId[] {CoreOperationId.create("5"), CoreOperationId.delete("6"),
                CoreOperationId.restore("103", "5001")}) {
            assertEquals(id, CoreOperationId.parse(id.encode()));
        }
        assertEquals("snapshot.restore:103:5001", CoreOperationId.restore("103", "5001").encode());
        assertEquals("snapshot.create:5", CoreOperationId.create("5").encode());
    }

    @Test
    void restoreNamesTheNewVmAsItsResource() {
        CoreOperationId id = CoreOperationId.parse("snapshot.restore:103:5001");

        assertEquals("103", id.resourceId());
        assertEquals("5001", id.snapshotId());
    }
}
