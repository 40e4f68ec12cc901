package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Iso;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.provider.IsoCreate;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ISOs: create answers with the ISO (200), delete/attach/detach with a task (201). */
class HivelocityIsosTest extends HivelocityHttpTest {
    static final String TASK = "8d1e2f3a-4b5c-4d6e-9f70-8192a3b4c5d6";
    static final Instant TASK_CREATED = Instant.parse("2026-01-15T12:00:01Z");
    static final Iso DEBIAN = new Iso("hivelocity", "77", "debian-12", "https://example.org/debian-12.iso",
            "Debian 12 netinst", true, true, "Completed", 658505728L);
    static final Iso TOOLS = new Iso("hivelocity", "78", "tools", "https://example.org/tools.iso", "driver disk",
            false, false, "Downloading", null);

    static Operation running(String id, String kind, String resource) {
        return new Operation("hivelocity", id, kind, OperationStatus.RUNNING, resource, TASK_CREATED, null, null);
    }

    @Test
    void listsWithTheScope() {
        reply(200, "iso-list-res.json");

        assertEquals(List.of(DEBIAN, TOOLS), hv.isos().list());

        expect("GET", "/vps/iso?" + SCOPE);
        expectCount(1);
    }

    @Test
    void getsOne() {
        reply(200, "iso-get-res.json");

        assertEquals(DEBIAN, hv.isos().get("77"));

        expect("GET", "/vps/iso/77?" + SCOPE);
    }

    @Test
    void createSendsEveryRequiredFieldWithABooleanBootableAndAnswersWithTheIso() {
        reply(200, "iso-create-res.json");

        Iso iso = hv.isos().create(new IsoCreate(" tools ", "https://example.org/tools.iso", "driver disk", false));

        expectBody("POST", "/vps/iso", "iso-create-req.json");
        expectCount(1);
        assertEquals(TOOLS, iso);
    }

    @Test
    void deleteIsATaskScopedLikeTheOtherDeletes() {
        reply(201, "task-volume-res.json");

        Operation op = hv.isos().delete("78");

        expect("DELETE", "/vps/iso/78?" + SCOPE);
        assertEquals(running("iso.delete:" + TASK + ":78", "iso.delete", "78"), op);
    }

    @Test
    void attachNamesTheIsoInTheBodyAndDetachOnlyTheDevice() {
        reply(201, "task-volume-res.json");
        reply(201, "task-volume-res.json");

        Operation attach = hv.isos().attach("77", "5001");
        Operation detach = hv.isos().detach("5001");

        expectBody("POST", "/vps/5001/attachiso", "iso-attach-req.json");
        assertEquals("", expect("POST", "/vps/5001/detachiso").getBody().readUtf8());
        assertEquals(running("iso.attach:" + TASK + ":77", "iso.attach", "77"), attach);
        assertEquals(running("iso.detach:" + TASK + ":5001", "iso.detach", "5001"), detach);
    }

    @Test
    void anIsoOperationResumesFromItsIdAlone() {
        reply(200, "task-success-res.json");

        Operation op = hv.operations().get("iso.detach:" + TASK + ":5001");

        expect("GET", "/network/status/" + TASK);
        assertEquals(OperationStatus.SUCCEEDED, op.status());
        assertEquals("iso.detach", op.kind());
        assertEquals("5001", op.resourceId());
    }

    static Stream<Arguments> refusals() {
        IsoCreate ok = new IsoCreate("n", "https://x/y.iso", "d", true);
        return Stream.of(
                Arguments.of("create without a facility", null, ok,
                        "hivelocity needs --facility CODE (facility_code in the profile)"),
                Arguments.of("create without a name", FACILITY, new IsoCreate(" ", "https://x/y.iso", "d", true),
                        "hivelocity iso create needs --name"),
                Arguments.of("create without a URL", FACILITY, new IsoCreate("n", null, "d", true),
                        "hivelocity iso create needs --url"),
                Arguments.of("create without a description", FACILITY, new IsoCreate("n", "https://x/y.iso", "", true),
                        "hivelocity iso create needs --description"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void createRefusesBeforeSending(String name, String facility, IsoCreate request, String message) {
        hv = provider(facility, CLIENT);

        VpsnapException e = assertThrows(VpsnapException.class, () -> hv.isos().create(request));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals(message, e.getMessage());
        expectCount(0);
    }

    @Test
    void mutationsRefuseUnsafeIdsAndNonNumericServers() {
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> hv.isos().delete("7/8")).exitCode());
        assertEquals(ExitCode.USAGE,
                assertThrows(VpsnapException.class, () -> hv.isos().attach("77", "web")).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> hv.isos().attach("7 7", "5001"))
                .exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(VpsnapException.class, () -> hv.isos().detach(null)).exitCode());
        expectCount(0);
    }
}
