package dev.vpsnap.provider.hostinger;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wire → model functions, without HTTP. */
class HostingerMapperTest {
    private final HostingerMapper mapper = new HostingerMapper("web");

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(nullValues = "NULL", value = {
            "running,unlocked,running", "stopped,unlocked,stopped", "suspended,unlocked,stopped",
            "destroyed,unlocked,stopped", "initial,unlocked,stopped", "error,unlocked,error",
            "starting,unlocked,busy", "stopping,unlocked,busy", "creating,unlocked,busy", "suspending,unlocked,busy",
            "unsuspending,unlocked,busy", "destroying,unlocked,busy", "recreating,unlocked,busy",
            "restoring,unlocked,busy", "recovery,unlocked,busy", "stopping_recovery,unlocked,busy",
            "RUNNING,NULL,running", "hibernating,unlocked,unknown", "NULL,NULL,unknown",
            "running,locked,busy", "stopped,locked,busy", "error,locked,error", "hibernating,locked,busy"})
    void vmStateTable(String state, String lock, String expected) {
        assertEquals(expected, HostingerMapper.serverStatus(state, lock));
    }

    @Test
    void everyStateOfTheSpecEnumIsInTheTable() {
        List<String> spec = List.of("running", "starting", "stopping", "stopped", "creating", "initial", "error",
                "suspending", "unsuspending", "suspended", "destroying", "destroyed", "recreating", "restoring", "recovery",
                "stopping_recovery");
        assertEquals(spec.size(), HostingerMapper.VM_STATE.size());
        spec.forEach(s -> assertEquals(true, HostingerMapper.VM_STATE.containsKey(s), s));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {"created,PENDING", "sent,RUNNING", "delayed,RUNNING", "success,SUCCEEDED",
            "error,FAILED", "SUCCESS,SUCCEEDED", "paused,RUNNING", "NULL,RUNNING"})
    void actionStateTable(String state, OperationStatus expected) {
        assertEquals(expected, HostingerMapper.actionStatus(state));
    }

    @Test
    void anUnrecognisedActionStateKeepsPollingAndSaysWhy() {
        Operation op = mapper.operation(new ActionResource(9L, "snapshot_create", "paused", "2025-02-27T11:54:00Z", null),
                7, "snapshot.create", null);
        assertEquals(new Operation("hostinger", "create:7:9", "snapshot.create", OperationStatus.RUNNING, null,
                Instant.parse("2025-02-27T11:54:00Z"), null, "Hostinger action 'snapshot_create' is in unrecognised state 'paused'"), op);
    }

    @Test
    void aSnapshotIsAvailableNamelessAndSizeless() {
        Snapshot s = mapper.snapshot(new SnapshotResource(325L, 1800L, "2025-02-27T11:54:22Z", "2025-03-19T11:54:22+00:00"),
                1268054, "srv.example");
        assertEquals(new Snapshot("hostinger", "web", "325", null, "1268054", "srv.example", null, SnapshotStatus.AVAILABLE,
                null, null, Instant.parse("2025-02-27T11:54:22Z"), Instant.parse("2025-03-19T11:54:22Z"), null, List.of()), s);
    }

    @Test
    void aServerKeepsItsRawStateAndDataCentre() {
        assertEquals(new ServerRef("hostinger", "web", "17923", "srv17923.hstgr.cloud", "busy", "restoring", "521"),
                mapper.server(new VirtualMachineResource(17923L, "srv17923.hstgr.cloud", "restoring", "unlocked", 521L,
                        "KVM 4", "2024-09-05T07:25:36.00000Z")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {"2025-02-27T11:54:22Z,2025-02-27T11:54:22Z",
            "2024-09-05T07:25:36.00000Z,2024-09-05T07:25:36Z", "2025-02-27T13:54:22+02:00,2025-02-27T11:54:22Z",
            "2025-02-27 11:54:22,2025-02-27T11:54:22Z", "yesterday,NULL", "NULL,NULL", "'',NULL"})
    void times(String raw, String expected) {
        assertEquals(expected == null ? null : Instant.parse(expected), HostingerMapper.time(raw));
    }

    @Test
    void operationIdsSayTheKindAndRoundTrip() {
        OperationRef create = HostingerIds.OPERATIONS.ref(OperationKinds.SNAPSHOT_CREATE, "1268054", "8123712");
        assertEquals("create:1268054:8123712", create.encode());
        assertEquals(create, HostingerIds.OPERATIONS.parse("create:1268054:8123712"));
        assertEquals(1268054, HostingerIds.vmOf(create));
        assertEquals(8123712, HostingerIds.actionOf(create));
        assertEquals("restore:1:2", HostingerIds.OPERATIONS.ref(OperationKinds.SNAPSHOT_RESTORE, "1", "2").encode());
        assertEquals(OperationKinds.SNAPSHOT_DELETE, HostingerIds.OPERATIONS.parse("delete:1:2").kind());
    }

    @Test
    void aLegacyKindlessIdStillParsesWithItsKindUnknown() {
        OperationRef legacy = HostingerIds.OPERATIONS.parse("1268054:8123712");
        assertNull(legacy.kind());
        assertEquals("1268054:8123712", legacy.encode(), "printed back as given");
        assertEquals(8123712, HostingerIds.actionOf(legacy));
    }

    @Test
    void aBadIdIsOneLineUsageNamingTheForms() {
        for (String bad : new String[] {"", "1268054", "create:1268054", "snapshot.create:1:2", "create:0:2",
                "create:a:2", "1:2:3", "create:1:2:3"}) {
            VpsnapException e = assertThrows(VpsnapException.class, () -> HostingerIds.OPERATIONS.parse(bad), bad);
            assertEquals(ExitCode.USAGE, e.exitCode(), bad);
            assertEquals("'" + bad + "' is not a Hostinger operation id (expected VM_ID:ACTION_ID, "
                    + "create|restore|delete:VM_ID:ACTION_ID)", e.getMessage());
        }
    }
}
