package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.OperationRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoreRefsTest {
    @Test
    void snapshotIdsRoundTripInTheFormsVpsnapAlwaysPrinted() {
        for (OperationRef id : new OperationRef[] {CoreRefs.create("5"), CoreRefs.delete("6"),
                CoreRefs.restore("103", "5001")}) {
            assertEquals(id, CoreRefs.SCHEMA.parse(id.encode()));
        }
        assertEquals("snapshot.restore:103:5001", CoreRefs.restore("103", "5001").encode());
        assertEquals("snapshot.create:5", CoreRefs.create("5").encode());
        assertEquals("snapshot.delete:6", CoreRefs.delete("6").encode());
    }

    @Test
    void volumeIdsRoundTrip() {
        for (OperationRef id : new OperationRef[] {CoreRefs.volume(CoreRefs.VOLUME_CREATE, "7"),
                CoreRefs.volume(CoreRefs.VOLUME_DELETE, "7"), CoreRefs.attachment(CoreRefs.VOLUME_ATTACH, "7", "101"),
                CoreRefs.attachment(CoreRefs.VOLUME_DETACH, "7", "101")}) {
            assertEquals(id, CoreRefs.SCHEMA.parse(id.encode()));
            assertEquals("7", CoreRefs.resourceId(id));
        }
        OperationRef attach = CoreRefs.SCHEMA.parse("volume.attach:7:101");
        assertEquals("volume.attach:7:101", attach.encode());
        assertEquals("101", CoreRefs.vmId(attach));
        assertNull(CoreRefs.vmId(CoreRefs.SCHEMA.parse("volume.create:7")));
    }

    @Test
    void restoreNamesTheNewVmAsItsResource() {
        OperationRef id = CoreRefs.SCHEMA.parse("snapshot.restore:103:5001");
        assertEquals("103", CoreRefs.resourceId(id));
        assertEquals("5001", CoreRefs.snapshotId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5001", "create:5001", "snapshot.create:", "snapshot.create:a", "snapshot.create:1:2",
            "snapshot.restore:103", "volume.attach:7", "volume.resize:7"})
    void aBadIdIsOneLineUsageNamingEveryForm(String bad) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> CoreRefs.SCHEMA.parse(bad));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("'" + bad + "' is not a core operation id (expected snapshot.create|snapshot.delete:SNAPSHOT_ID, "
                + "snapshot.restore:NEW_VM_ID:SNAPSHOT_ID, volume.create|volume.delete:VOLUME_ID, "
                + "volume.attach|volume.detach:VOLUME_ID:VM_ID)", e.getMessage());
    }
}
