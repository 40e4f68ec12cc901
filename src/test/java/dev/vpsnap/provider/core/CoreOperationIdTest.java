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
    void volumeIdsRoundTripAndNameTheVolumeAsTheirResource() {
        for (CoreOperationId id : new CoreOperationId[] {CoreOperationId.volume(CoreOperationId.VOLUME_CREATE, "7"),
                CoreOperationId.volume(CoreOperationId.VOLUME_DELETE, "7"),
                CoreOperationId.attachment(CoreOperationId.VOLUME_ATTACH, "7", "101"),
                CoreOperationId.attachment(CoreOperationId.VOLUME_DETACH, "7", "101")}) {
            assertEquals(id, CoreOperationId.parse(id.encode()));
            assertEquals("7", id.resourceId());
        }
        CoreOperationId attach = CoreOperationId.parse("volume.attach:7:101");
        assertEquals("volume.attach:7:101", attach.encode());
        assertEquals("101", attach.vmId());
    }

    @Test
    void restoreNamesTheNewVmAsItsResource() {
        CoreOperationId id = CoreOperationId.parse("snapshot.restore:103:5001");

        assertEquals("103", id.resourceId());
        assertEquals("5001", id.snapshotId());
    }
}
