package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Volume;
import dev.vpsnap.provider.VolumeCreate;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** core volumes: requests, mapping (size is GB as is), the operations polled through the volume, and refusals. */
class CoreVolumesTest extends CoreMockServerTest {
    static final Volume V7001 = new Volume("core", "7001", "data-01", "101", 100L, "Cloud-SSD", "in-use",
            Instant.parse("2025-01-12T09:00:00Z"));
    static final Volume V7002 = new Volume("core", "7002", "scratch", null, 50L, "Cloud-SSD", "available",
            Instant.parse("2025-01-13T09:00:00Z"));
    static final Volume V7003 = new Volume("core", "7003", "logs", "102", 20L, "Cloud-HDD", "in-use",
            Instant.parse("2025-01-14T09:00:00Z"));

    static VolumeCreate create(String name, String environment, String type, long size) {
        return new VolumeCreate(null, size, name, type, environment);
    }

    @Test
    void listReadsEveryPage() {
        respond(200, "volume-list-page1-res.json");
        respond(200, "volume-list-page2-res.json");

        List<Volume> all = core.volumes().list(null);

        expect("GET", "/v1/core/volumes?page=1&pageSize=100");
        expect("GET", "/v1/core/volumes?page=2&pageSize=100");
        expectRequestCount(2);
        assertEquals(List.of(V7001, V7002, V7003), all);
    }

    @Test
    void listOfOneServerKeepsTheVolumesAttachedToIt() {
        respond(200, "volume-list-page1-res.json");
        respond(200, "volume-list-page2-res.json");

        assertEquals(List.of(V7003), core.volumes().list("102"));
        expectRequestCount(2);
    }

    @Test
    void getMapsTheVolume() {
        respond(200, "volume-get-in-use-res.json");

        Volume v = core.volumes().get("7004");

        expect("GET", "/v1/core/volumes/7004");
        expectRequestCount(1);
        assertEquals(new Volume("core", "7004", "data-02", "101", 200L, "Cloud-SSD", "in-use",
                Instant.parse("2025-01-15T12:00:00Z")), v);
    }

    @Test
    void aNotFoundBadRequestIsNotFound() {
        respond(400, "error-400-not-found-res.json");

        VpsnapException e = assertThrows(VpsnapException.class, () -> core.volumes().get("9999"));

        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
    }

    @Test
    void sizesAndResizeAreUnsupportedWithTheReasonAndSendNothing() {
        VpsnapException sizes = assertThrows(VpsnapException.class, () -> core.volumes().sizes(null));
        VpsnapException resize = assertThrows(VpsnapException.class, () -> core.volumes().resize("7004", 500));

        assertEquals(ExitCode.UNSUPPORTED, sizes.exitCode());
        assertEquals("core has no 'volume sizes' in its API (no size list: any whole GB is accepted)",
                sizes.getMessage());
        assertEquals(ExitCode.UNSUPPORTED, resize.exitCode());
        assertEquals("core has no 'volume resize' in its API (no resize API)", resize.getMessage());
        expectRequestCount(0);
    }

    @Test
    void createSendsTheRequiredFieldsAndPollsUntilAvailable() {
        respond(200, "volume-create-res.json");

        Operation op = core.volumes().create(create(" data-02 ", "default-CANADA-1", "Cloud-SSD", 200));

        expect("POST", "/v1/core/volumes", "volume-create-req.json");
        expectRequestCount(1);
        assertEquals(new Operation("core", "volume.create:7004", "volume.create", OperationStatus.RUNNING, "7004",
                clock.instant(), null, "Volume creation initiated"), op);

        respond(200, "volume-get-creating-res.json");
        respond(200, "volume-get-available-res.json");
        assertEquals(OperationStatus.RUNNING, core.operations().refresh(op).status());
        Operation done = core.operations().refresh(op);
        assertEquals(OperationStatus.SUCCEEDED, done.status());
        assertEquals("volume 7004 is available", done.message());
        expect("GET", "/v1/core/volumes/7004");
        expect("GET", "/v1/core/volumes/7004");

        respond(200, "volume-get-available-res.json");
        assertEquals("7004", core.volumes().result(done).id());
    }

    @Test
    void aVolumeInErrorFailsTheCreate() {
        respond(200, "volume-get-error-res.json");

        Operation op = core.operations().get("volume.create:7004");

        assertEquals(OperationStatus.FAILED, op.status());
        assertEquals("volume 7004 is error", op.message());
        VpsnapException e = assertThrows(VpsnapException.class, () -> core.volumes().result(op));
        assertEquals(ExitCode.OPERATION_FAILED, e.exitCode());
        expectRequestCount(1);
    }

    static Stream<Arguments> invalidCreates() {
        return Stream.of(
                Arguments.of(create(null, "env", "Cloud-SSD", 10), "core volume create needs --name NAME"),
                Arguments.of(create(" ", "env", "Cloud-SSD", 10), "core volume create needs --name NAME"),
                Arguments.of(create("x".repeat(51), "env", "Cloud-SSD", 10),
                        "--name is longer than core's 50 characters"),
                Arguments.of(create("n", null, "Cloud-SSD", 10),
                        "core volume create needs --environment NAME (the environment it is created in)"),
                Arguments.of(create("n", "env", "", 10),
                        "core volume create needs --type TYPE (one of the account's volume types)"),
                Arguments.of(create("n", "env", "Cloud-SSD", 0), "--size must be a positive number of GB, got 0"),
                Arguments.of(new VolumeCreate("web", 10, "n", "Cloud-SSD", "env"),
                        "core VM ids are whole numbers, not 'web'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidCreates")
    void invalidCreatesAreRefusedBeforeSending(VolumeCreate request, String message) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> core.volumes().create(request));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals(message, e.getMessage());
        expectRequestCount(0);
    }

    @Test
    void aServerIsCheckedButNotSentSinceVolumesAreCreatedUnattached() {
        respond(200, "volume-create-res.json");

        core.volumes().create(new VolumeCreate("101", 200, "data-02", "Cloud-SSD", "default-CANADA-1"));

        expect("POST", "/v1/core/volumes", "volume-create-req.json");
    }

    @Test
    void deleteIsDoneWhenTheVolumeIsNotFound() {
        respond(200, "volume-delete-res.json");

        Operation op = core.volumes().delete("7004", "101");

        expect("DELETE", "/v1/core/volumes/7004");
        assertEquals(new Operation("core", "volume.delete:7004", "volume.delete", OperationStatus.RUNNING, "7004",
                clock.instant(), null, "Volume deleted successfully"), op);

        respond(200, "volume-get-available-res.json");
        respond(404, "error-404-res.json");
        assertEquals(OperationStatus.RUNNING, core.operations().refresh(op).status());
        Operation done = core.operations().refresh(op);
        assertEquals(OperationStatus.SUCCEEDED, done.status());
        assertEquals("volume 7004 deleted", done.message());
        expectRequestCount(3);
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> core.volumes().result(done)).exitCode());
    }

    @Test
    void attachSendsTheIdsAndIsDoneOnceTheVolumeNamesTheVm() {
        respond(200, "volume-attach-res.json");

        Operation op = core.volumes().attach("7004", "101");

        expect("POST", "/v1/core/virtual-machines/101/attach-volumes", "volume-ids-req.json");
        assertEquals(new Operation("core", "volume.attach:7004:101", "volume.attach", OperationStatus.RUNNING, "7004",
                clock.instant(), null, "Volume attached successfully"), op);

        respond(200, "volume-get-available-res.json");
        respond(200, "volume-get-in-use-res.json");
        Operation pending = core.operations().refresh(op);
        assertEquals(OperationStatus.RUNNING, pending.status());
        assertEquals("volume 7004 is available, not attached to VM 101", pending.message());
        Operation done = core.operations().refresh(op);
        assertEquals(OperationStatus.SUCCEEDED, done.status());
        assertEquals("volume 7004 is in-use, attached to VM 101", done.message());

        respond(200, "volume-get-in-use-res.json");
        assertEquals("101", core.volumes().result(done).serverId());
        expectRequestCount(4);
    }

    @Test
    void detachIsDoneOnceTheVolumeNoLongerNamesTheVm() {
        respond(200, "volume-detach-res.json");

        Operation op = core.volumes().detach("7004", "101");

        expect("POST", "/v1/core/virtual-machines/101/detach-volumes", "volume-ids-req.json");
        assertEquals("volume.detach:7004:101", op.id());

        respond(200, "volume-get-detaching-res.json");
        respond(200, "volume-get-available-res.json");
        assertEquals(OperationStatus.RUNNING, core.operations().refresh(op).status());
        assertEquals(OperationStatus.SUCCEEDED, core.operations().refresh(op).status());
    }

    @Test
    void attachNeedsNumericIds() {
        assertEquals(ExitCode.USAGE,
                assertThrows(VpsnapException.class, () -> core.volumes().attach("7004", null)).exitCode());
        assertEquals(ExitCode.USAGE,
                assertThrows(VpsnapException.class, () -> core.volumes().detach("data", "101")).exitCode());
        expectRequestCount(0);
    }

    @Test
    void aVolumeThatVanishesFailsAnAttach() {
        respond(404, "error-404-res.json");
        Operation running = new Operation("core", "volume.attach:7004:101", "volume.attach", OperationStatus.RUNNING, "7004",
                null, null, null);

        Operation op = core.operations().refresh(running);

        assertEquals(OperationStatus.FAILED, op.status());
        assertEquals("volume 7004 no longer exists", op.message());
    }

    @Test
    void resumingAnAttachWhoseVolumeDoesNotExistNamesNothing() {
        respond(404, "error-404-res.json");

        assertEquals(ExitCode.NOT_FOUND, assertThrows(VpsnapException.class,
                () -> core.operations().get("volume.attach:7004:101")).exitCode());
    }
}
