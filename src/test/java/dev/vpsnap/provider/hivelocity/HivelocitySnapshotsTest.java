package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HivelocitySnapshotsTest extends HivelocityHttpTest {
    static final String CREATE_TASK = "5c2f9a1e-0b7d-4e3a-8f6c-1d2e3f4a5b6c";
    static final Instant TASK_CREATED = Instant.parse("2026-01-15T12:00:01Z");

    static final Snapshot S9001 = snap("9001", "nightly-2026-01-14", "5001", "3101", SnapshotStatus.AVAILABLE,
            "Completed", 2147483648L, "2026-01-14T03:00:00Z", List.of("snapshotType=DAILY"));
    static final Snapshot S9002 = snap("9002", "pre-upgrade", "5001", "3102", SnapshotStatus.PENDING, "Started", 0L,
            "2026-01-15T11:58:00Z", List.of());

    static Snapshot snap(String id, String name, String server, String volume, SnapshotStatus status, String raw,
                         Long size, String created, List<String> labels) {
        return new Snapshot("hivelocity", "test", id, name, server, null, volume, status, raw, size,
                created == null ? null : Instant.parse(created), null, null, labels);
    }

    /** Issue 14 point 9: a list of wrong types is exit 8 naming what is wrong, never an empty list with exit 0. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"[1, 2]", "[null]", "[\"9001\"]",
            "[{\"snapshotId\": {\"x\": 1}, \"volumeId\": \"4101\"}]"})
    void aListOfWrongTypesIsExitEight(String body) {
        reply(200, "volume-list-all-res.json");
        replyRaw(200, "application/json", body);

        dev.vpsnap.error.VpsnapException e = assertThrows(dev.vpsnap.error.VpsnapException.class,
                () -> hv.snapshots().list(null));

        assertEquals(dev.vpsnap.error.ExitCode.UNAVAILABLE, e.exitCode());
        assertTrue(e.getMessage().contains("not an object") || e.getMessage().contains("not VpsSnapshot"),
                e.getMessage());
    }

    @Test
    void listsAllSnapshotsMappingEachVolumeToItsDevice() {
        reply(200, "volume-list-all-res.json");
        reply(200, "snapshot-list-res.json");

        List<Snapshot> all = hv.snapshots().list(null);

        expect("GET", "/vps/volume?" + SCOPE);
        expect("GET", "/vps/snapshot?" + SCOPE);
        expectCount(2);
        assertEquals(List.of(S9001, S9002,
                snap("9003", "web-2", "5002", "4201", SnapshotStatus.PENDING, "Scheduled", null, null, List.of()),
                snap("9004", "orphan", null, "8888", SnapshotStatus.FAILED, "Error", 1024L, "2025-12-24T00:00:00Z",
                        List.of("snapshotType=WEEKLY"))), all);
    }

    @Test
    void listsOneDeviceThroughItsVolumesKeepingOnlyTheirSnapshots() {
        reply(200, "volume-list-device-res.json");
        reply(200, "snapshot-list-res.json");

        List<Snapshot> mine = hv.snapshots().list("5001");

        expect("GET", "/vps/volume?deviceId=5001&" + SCOPE);
        expect("GET", "/vps/snapshot?deviceId=5001&" + SCOPE);
        expectCount(2);
        assertEquals(List.of(S9001, S9002), mine);
    }

    @Test
    void getsOneSnapshotAndFindsItsServerThroughTheVolume() {
        reply(200, "snapshot-get-res.json");
        reply(200, "volume-get-res.json");

        Snapshot s = hv.snapshots().get("9001", null);

        expect("GET", "/vps/snapshot/9001?" + SCOPE);
        expect("GET", "/vps/volume/3101");
        expectCount(2);
        assertEquals(S9001, s);
    }

    @Test
    void getWithAKnownServerNeedsNoVolumeLookup() {
        reply(200, "snapshot-get-res.json");

        assertEquals(S9001, hv.snapshots().get("9001", "5001"));

        expect("GET", "/vps/snapshot/9001?" + SCOPE);
        expectCount(1);
    }

    @Test
    void getKeepsTheSnapshotWhenItsVolumeIsGone() {
        reply(200, "snapshot-get-res.json");
        reply(404, "error-404-res.json");

        Snapshot s = hv.snapshots().get("9001", null);

        expect("GET", "/vps/snapshot/9001?" + SCOPE);
        expect("GET", "/vps/volume/3101");
        assertEquals(snap("9001", "nightly-2026-01-14", null, "3101", SnapshotStatus.AVAILABLE, "Completed",
                2147483648L, "2026-01-14T03:00:00Z", List.of("snapshotType=DAILY")), s);
    }

    @Test
    void createSnapshotsTheDevicesRootVolume() {
        reply(200, "volume-list-device-res.json");
        reply(201, "task-create-res.json");

        Operation op = hv.snapshots().create(new SnapshotCreate("5001", null, "pre-upgrade", null, null, false));

        expect("GET", "/vps/volume?deviceId=5001&" + SCOPE);
        expectBody("POST", "/vps/snapshot", "snapshot-create-req.json");
        expectCount(2);
        assertEquals(new Operation("hivelocity", "create:" + CREATE_TASK + ":3101:pre-upgrade", "snapshot.create",
                OperationStatus.RUNNING, null, TASK_CREATED, null, null), op);
    }

    @Test
    void createWithAnExplicitVolumeSkipsResolutionAndOmitsAnUnsetClientId() {
        hv = provider(FACILITY, null);
        reply(201, "task-create-res.json");

        Operation op = hv.snapshots().create(new SnapshotCreate("5001", "3102", "pre-upgrade", null, null, false));

        expectBody("POST", "/vps/snapshot", "snapshot-create-noclient-req.json");
        expectCount(1);
        assertEquals("create:" + CREATE_TASK + ":3102:pre-upgrade", op.id());
    }

    @Test
    void createFailsWithNotFoundWhenTheDeviceHasNoRootVolume() {
        reply(200, "volume-list-noroot-res.json");

        VpsnapException e = assertThrows(VpsnapException.class,
                () -> hv.snapshots().create(new SnapshotCreate("5001", null, "pre-upgrade", null, null, false)));

        expect("GET", "/vps/volume?deviceId=5001&" + SCOPE);
        expectCount(1);
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("hivelocity device 5001 has no ROOT volume to snapshot", e.getMessage());
    }

    @Test
    void restoreSendsTheFacilityAndReturnsTheTask() {
        reply(201, "task-restore-res.json");

        Operation op = hv.snapshots().restore(new SnapshotRestore("9001", "5001", null));

        expectBody("POST", "/vps/snapshot/9001", "snapshot-restore-req.json");
        expectCount(1);
        assertEquals(new Operation("hivelocity", "restore:6d3a0b2f-1c8e-4f4b-9a7d-2e3f4a5b6c7d:9001",
                "snapshot.restore", OperationStatus.RUNNING, "9001", TASK_CREATED, null, null), op);
    }

    @Test
    void deleteSendsTheScopeAsQueryAndReturnsTheTask() {
        reply(201, "task-delete-res.json");

        Operation op = hv.snapshots().delete("9001", null);

        expect("DELETE", "/vps/snapshot/9001?" + SCOPE);
        expectCount(1);
        assertEquals(new Operation("hivelocity", "delete:7e4b1c3a-2d9f-4a5c-8b6e-3f4a5b6c7d8e:9001",
                "snapshot.delete", OperationStatus.RUNNING, "9001", TASK_CREATED, null, null), op);
    }

    static Stream<Arguments> refusedBeforeSending() {
        Consumer<Provider> noFacilityCreate = p -> p.snapshots()
                .create(new SnapshotCreate("5001", null, "x", null, null, false));
        return Stream.of(
                refused("create without a facility", null, noFacilityCreate, ExitCode.USAGE,
                        "hivelocity needs --facility CODE (facility_code in the profile)"),
                refused("restore without a facility", null,
                        p -> p.snapshots().restore(new SnapshotRestore("9001", null, null)), ExitCode.USAGE,
                        "hivelocity needs --facility CODE (facility_code in the profile)"),
                refused("delete without a facility", null, p -> p.snapshots().delete("9001", null), ExitCode.USAGE,
                        "hivelocity needs --facility CODE (facility_code in the profile)"),
                refused("blank name", FACILITY,
                        p -> p.snapshots().create(new SnapshotCreate("5001", null, " ", null, null, false)),
                        ExitCode.USAGE, "needs a --name"),
                refused("description", FACILITY,
                        p -> p.snapshots().create(new SnapshotCreate("5001", null, "x", "why", null, false)),
                        ExitCode.UNSUPPORTED, "no description"),
                refused("labels", FACILITY,
                        p -> p.snapshots().create(new SnapshotCreate("5001", null, "x", null, List.of("a=b"), false)),
                        ExitCode.UNSUPPORTED, "no labels"),
                refused("no target", FACILITY,
                        p -> p.snapshots().create(new SnapshotCreate(null, null, "x", null, null, false)),
                        ExitCode.USAGE, "needs --server DEVICE_ID or --volume VOLUME_ID"),
                refused("non-numeric server", FACILITY,
                        p -> p.snapshots().create(new SnapshotCreate("web-1", null, "x", null, null, false)),
                        ExitCode.USAGE, "numeric deviceIds, got 'web-1'"),
                refused("unsafe volume id", FACILITY,
                        p -> p.snapshots().create(new SnapshotCreate(null, "../3101", "x", null, null, false)),
                        ExitCode.USAGE, "invalid hivelocity volume id"),
                refused("restore to a new VM", FACILITY,
                        p -> p.snapshots().restore(new SnapshotRestore("9001", null, "copy")), ExitCode.UNSUPPORTED,
                        "--new-vm-name is for core only"),
                refused("unsafe snapshot id", FACILITY, p -> p.snapshots().delete("9001/../x", null), ExitCode.USAGE,
                        "invalid hivelocity snapshot id"),
                refused("list of a non-numeric server", FACILITY, p -> p.snapshots().list("abc"), ExitCode.USAGE,
                        "numeric deviceIds"),
                refused("get with a non-numeric server", FACILITY, p -> p.snapshots().get("9001", "abc"),
                        ExitCode.USAGE, "numeric deviceIds"));
    }

    private static Arguments refused(String name, String facility, Consumer<Provider> call, ExitCode code,
                                     String fragment) {
        return Arguments.of(name, facility, call, code, fragment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBeforeSending")
    void refusesBeforeSendingAnything(String name, String facility, Consumer<Provider> call, ExitCode code,
                                      String fragment) {
        Provider p = provider(facility, CLIENT);

        VpsnapException e = assertThrows(VpsnapException.class, () -> call.accept(p));

        assertEquals(code, e.exitCode());
        assertTrue(e.getMessage().contains(fragment), e::getMessage);
        expectCount(0);
    }
}
