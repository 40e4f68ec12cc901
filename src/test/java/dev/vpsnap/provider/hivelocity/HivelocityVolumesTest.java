package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Volume;
import dev.vpsnap.model.VolumeSize;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.VolumeCreate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Volumes: GiB in (create, resize, size lists), bytes out (VPSVolume.size); every mutation a 201 task. */
class HivelocityVolumesTest extends HivelocityHttpTest {
    static final String TASK = "8d1e2f3a-4b5c-4d6e-9f70-8192a3b4c5d6";
    static final String DELETE_TASK = "7e4b1c3a-2d9f-4a5c-8b6e-3f4a5b6c7d8e";
    static final Instant TASK_CREATED = Instant.parse("2026-01-15T12:00:01Z");

    static final Volume V3101 = vol("3101", "5001", 50, "ROOT", "2025-11-01T09:00:00Z");
    static final Volume V3102 = vol("3102", "5001", 100, "DATADISK", "2025-11-02T09:00:00Z");

    static Volume vol(String id, String device, long gib, String type, String created) {
        return new Volume("hivelocity", id, null, device, gib, type, null, Instant.parse(created));
    }

    static Operation op(String id, String kind, String resource) {
        return new Operation("hivelocity", id, kind, OperationStatus.RUNNING, resource, TASK_CREATED, null, null);
    }

    @Test
    void listsAllVolumesWithBytesAsWholeGib() {
        reply(200, "volume-list-all-res.json");

        List<Volume> all = hv.volumes().list(null);

        expect("GET", "/vps/volume?" + SCOPE);
        expectCount(1);
        assertEquals(List.of(V3101, V3102, vol("4201", "5002", 50, "ROOT", "2025-12-01T09:00:00Z")), all);
    }

    @Test
    void listsOneDevice() {
        reply(200, "volume-list-device-res.json");

        assertEquals(List.of(V3102, V3101), hv.volumes().list("5001"));

        expect("GET", "/vps/volume?deviceId=5001&" + SCOPE);
        expectCount(1);
    }

    @Test
    void getsOneVolume() {
        reply(200, "volume-get-res.json");

        assertEquals(V3101, hv.volumes().get("3101"));

        expect("GET", "/vps/volume/3101");
        expectCount(1);
    }

    @Test
    void sizesForANewVolumeAreGibWithTheirMonthlyPrice() {
        reply(200, "volume-sizes-res.json");

        List<VolumeSize> sizes = hv.volumes().sizes(null);

        expect("GET", "/vps/available-volume-sizes");
        expectCount(1);
        assertEquals(List.of(new VolumeSize("hivelocity", 50, new BigDecimal("5.0")),
                new VolumeSize("hivelocity", 100, new BigDecimal("9.99")),
                new VolumeSize("hivelocity", 200, new BigDecimal("19.5")),
                new VolumeSize("hivelocity", 500, null)), sizes);
    }

    @Test
    void sizesForAVolumeAreItsUpgradeOptions() {
        reply(200, "volume-upgrade-sizes-res.json");

        List<VolumeSize> sizes = hv.volumes().sizes("3101");

        expect("GET", "/vps/volume/3101/available-sizes");
        assertEquals(List.of(100L, 200L), sizes.stream().map(VolumeSize::sizeGb).toList());
    }

    @Test
    void createListsTheDeviceFirstThenPostsGibAndFindsTheNewVolumeOfThatSize() {
        reply(200, "volume-list-device-res.json");
        reply(201, "task-volume-res.json");

        Operation op = hv.volumes().create(new VolumeCreate("5001", 200, null, null, null));

        expect("GET", "/vps/volume?deviceId=5001&" + SCOPE);
        expectBody("POST", "/vps/volume", "volume-create-req.json");
        expectCount(2);
        assertEquals(op("volume.create:" + TASK + ":5001:200:3101,3102", "volume.create", null), op);

        reply(200, "volume-list-device-created-res.json");
        Volume created = hv.volumes().result(op.withStatus(OperationStatus.SUCCEEDED, TASK_CREATED, null));

        expect("GET", "/vps/volume?deviceId=5001&" + SCOPE);
        assertEquals(vol("3103", "5001", 200, "DATADISK", "2026-01-15T12:00:30Z"), created);
    }

    @Test
    void theNewVolumeIsTheNewestWhenNoneHasTheRequestedSize() {
        reply(200, "volume-list-device-created-res.json");

        Volume created = hv.volumes().result(op("volume.create:" + TASK + ":5001:300:3101,3102", "volume.create",
                null));

        assertEquals("3104", created.id());
    }

    @Test
    void aCreateWhoseVolumeIsNotListedIsNotFound() {
        reply(200, "volume-list-device-res.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> hv.volumes().result(
                op("volume.create:" + TASK + ":5001:200:3101,3102", "volume.create", null)));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("hivelocity task " + TASK + " succeeded but no new volume is listed on device 5001",
                e.getMessage());
    }

    @Test
    void resizeReadsTheVolumeThenPutsGibWithItsDevice() {
        reply(200, "volume-get-res.json");
        reply(201, "task-volume-res.json");

        Operation op = hv.volumes().resize("3101", 200);

        expect("GET", "/vps/volume/3101");
        expectBody("PUT", "/vps/volume/3101", "volume-resize-req.json");
        expectCount(2);
        assertEquals(op("volume.resize:" + TASK + ":3101", "volume.resize", "3101"), op);

        reply(200, "volume-get-res.json");
        assertEquals(V3101, hv.volumes().result(op));
        expect("GET", "/vps/volume/3101");
    }

    @ParameterizedTest(name = "--size {0} on a 50 GiB volume")
    @ValueSource(longs = {50, 49, 1})
    void resizeToTheCurrentSizeOrBelowIsRefusedWithoutAPut(long size) {
        reply(200, "volume-get-res.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> hv.volumes().resize("3101", size));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("hivelocity volumes only grow: volume 3101 is already 50 GiB; pass a --size larger than that",
                e.getMessage());
        expect("GET", "/vps/volume/3101");
        expectCount(1);
    }

    @Test
    void aVolumeOfAFractionalSizeIsComparedInBytes() {
        replyRaw(200, "application/json", "{\"volumeId\": \"3101\", \"size\": 54223962112, \"deviceId\": 5001}");
        replyRaw(200, "application/json", "{\"volumeId\": \"3101\", \"size\": 54223962112}");
        reply(201, "task-volume-res.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> hv.volumes().resize("3101", 50));
        assertEquals("hivelocity volumes only grow: volume 3101 is already 50.50 GiB; pass a --size larger than that",
                e.getMessage());
        hv.volumes().resize("3101", 51);

        expect("GET", "/vps/volume/3101");
        expect("GET", "/vps/volume/3101");
        assertEquals("{\"size\":51}", expect("PUT", "/vps/volume/3101").getBody().readUtf8());
    }

    @Test
    void deleteSendsItsRequiredBodyWithTheDeviceWheneverKnown() {
        reply(201, "task-delete-res.json");
        reply(200, "volume-get-res.json");
        reply(201, "task-delete-res.json");
        replyRaw(200, "application/json", "{\"volumeId\": \"3102\", \"type\": \"DATADISK\", \"size\": 53687091200}");
        reply(201, "task-delete-res.json");

        Operation op = hv.volumes().delete("3102", "5001");
        hv.volumes().delete("3102", null);
        hv.volumes().delete("3102", null);

        expectBody("DELETE", "/vps/volume/3102", "volume-delete-req.json");
        expect("GET", "/vps/volume/3102");
        expectBody("DELETE", "/vps/volume/3102", "volume-delete-req.json");
        expect("GET", "/vps/volume/3102");
        expectBody("DELETE", "/vps/volume/3102", "volume-delete-nodevice-req.json");
        expectCount(5);
        assertEquals(new Operation("hivelocity", "volume.delete:" + DELETE_TASK + ":3102", "volume.delete",
                OperationStatus.RUNNING, "3102", Instant.ofEpochSecond(1768478401L), null, null), op);
        assertEquals(ExitCode.USAGE,
                assertThrows(VpsnapException.class, () -> hv.volumes().result(op)).exitCode());
    }

    @Test
    void attachAndDetachPostToTheDevicesVolumeWithoutABody() {
        reply(201, "task-volume-res.json");
        reply(201, "task-volume-res.json");

        Operation attach = hv.volumes().attach("3102", "5001");
        Operation detach = hv.volumes().detach("3102", "5001");

        assertEquals("", expect("POST", "/vps/5001/volume/3102/attach").getBody().readUtf8());
        assertEquals("", expect("POST", "/vps/5001/volume/3102/detach").getBody().readUtf8());
        assertEquals(op("volume.attach:" + TASK + ":3102", "volume.attach", "3102"), attach);
        assertEquals(op("volume.detach:" + TASK + ":3102", "volume.detach", "3102"), detach);
    }

    @Test
    void aVolumeOperationResumesFromItsIdAlone() {
        reply(200, "task-success-res.json");

        Operation op = hv.operations().get("volume.attach:" + TASK + ":3102");

        expect("GET", "/network/status/" + TASK);
        assertEquals(new Operation("hivelocity", "volume.attach:" + TASK + ":3102", "volume.attach",
                OperationStatus.SUCCEEDED, "3102", TASK_CREATED, Instant.parse("2026-01-15T12:03:20Z"), null), op);
    }

    @Test
    void theResultOfAFailedOperationIsAFailure() {
        Operation failed = op("volume.resize:" + TASK + ":3101", "volume.resize", "3101")
                .withStatus(OperationStatus.FAILED, TASK_CREATED, "x");

        VpsnapException e = assertThrows(VpsnapException.class, () -> hv.volumes().result(failed));

        assertEquals(ExitCode.OPERATION_FAILED, e.exitCode());
        expectCount(0);
    }

    static Arguments refused(String name, Consumer<Provider> call, ExitCode code, String message) {
        return Arguments.of(name, call, code, message);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("create with a type", p -> p.volumes().create(new VolumeCreate("5001", 10, " ", "ssd", null)),
                        ExitCode.UNSUPPORTED, "hivelocity volumes have no name, type or environment "
                                + "(--name, --type and --environment are for core)"),
                refused("create without a server", p -> p.volumes().create(new VolumeCreate(null, 10, null, null,
                        null)), ExitCode.USAGE, "hivelocity volume create needs --server DEVICE_ID (the VPS it is "
                        + "attached to)"),
                refused("create of zero GiB", p -> p.volumes().create(new VolumeCreate("5001", 0, null, null, null)),
                        ExitCode.USAGE, "--size must be a positive number of GiB, got 0"),
                refused("create on a non-numeric server", p -> p.volumes().create(new VolumeCreate("web", 10, null,
                        null, null)), ExitCode.USAGE, "hivelocity server ids are numeric deviceIds, got 'web'"),
                refused("resize to zero", p -> p.volumes().resize("3101", 0), ExitCode.USAGE,
                        "--size must be a positive number of GiB, got 0"),
                refused("resize of an unsafe id", p -> p.volumes().resize("../3101", 100), ExitCode.USAGE,
                        "invalid hivelocity volume id '../3101'"),
                refused("delete of an unsafe id", p -> p.volumes().delete("a/b", null), ExitCode.USAGE,
                        "invalid hivelocity volume id 'a/b'"),
                refused("attach without a server", p -> p.volumes().attach("3102", null), ExitCode.USAGE,
                        "hivelocity volume attach needs --server DEVICE_ID"),
                refused("detach from a non-numeric server", p -> p.volumes().detach("3102", "x"), ExitCode.USAGE,
                        "hivelocity server ids are numeric deviceIds, got 'x'"),
                refused("list of a non-numeric server", p -> p.volumes().list("x"), ExitCode.USAGE,
                        "hivelocity server ids are numeric deviceIds, got 'x'"),
                refused("result of a snapshot operation", p -> p.volumes().result(op("restore:" + TASK + ":9001",
                        "snapshot.restore", "9001")), ExitCode.USAGE, "operation restore:" + TASK + ":9001 is not a "
                        + "volume create, resize, attach or detach (use the operation id vpsnap printed)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesBeforeSendingAnything(String name, Consumer<Provider> call, ExitCode code, String message) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> call.accept(hv));

        assertEquals(code, e.exitCode());
        assertEquals(message, e.getMessage());
        expectCount(0);
    }
}
