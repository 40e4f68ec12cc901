package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HivelocityOperationsTest extends HivelocityHttpTest {
    static final String TASK = "5c2f9a1e-0b7d-4e3a-8f6c-1d2e3f4a5b6c";
    static final String CREATE_ID = "create:" + TASK + ":3101:pre-upgrade";
    static final Instant STARTED = Instant.parse("2026-01-15T12:00:01Z");

    @Test
    void resumesACreateFromItsIdAloneWhileTheResultIsStillNull() {
        reply(200, "task-create-res.json");

        Operation op = hv.operations().get(CREATE_ID);

        expect("GET", "/network/status/" + TASK);
        expectCount(1);
        assertEquals(new Operation("hivelocity", CREATE_ID, "snapshot.create", OperationStatus.RUNNING, null, STARTED,
                null, null), op);
    }

    @Test
    void refreshReportsSuccessKeepingKindResourceAndStart() {
        Operation before = new Operation("hivelocity", "restore:" + TASK + ":9001", "snapshot.restore",
                OperationStatus.RUNNING, "9001", Instant.parse("2026-01-15T11:59:59Z"), null, null);
        reply(200, "task-success-res.json");

        Operation after = hv.operations().refresh(before);

        expect("GET", "/network/status/" + TASK);
        expectCount(1);
        assertEquals(new Operation("hivelocity", before.id(), "snapshot.restore", OperationStatus.SUCCEEDED, "9001",
                Instant.parse("2026-01-15T11:59:59Z"), Instant.parse("2026-01-15T12:03:20Z"), null), after);
    }

    @Test
    void aFailedTaskIsTerminalWithAMessage() {
        reply(200, "task-failed-res.json");

        Operation op = hv.operations().get("delete:" + TASK + ":9001");

        expect("GET", "/network/status/" + TASK);
        assertEquals(new Operation("hivelocity", "delete:" + TASK + ":9001", "snapshot.delete",
                OperationStatus.FAILED, "9001", STARTED, Instant.parse("2026-01-15T12:01:10Z"),
                "hivelocity task " + TASK + " reported result 'Failed'"), op);
    }

    @Test
    void aBareTaskIdResumesWithUnknownKindAndClockTimesWhenTheTaskHasNone() {
        reply(200, "task-nometa-res.json");

        Operation op = hv.operations().get(TASK);

        expect("GET", "/network/status/" + TASK);
        assertEquals(new Operation("hivelocity", TASK, null, OperationStatus.SUCCEEDED, null, clock.instant(),
                clock.instant(), null), op);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "create:t1:3101", "create:t1:3101:", "restore:t1", "delete:t1:9001:extra",
            "resize:t1:9", "create:t/1:3101:x", "restore:t1:../9", "has space"})
    void refusesOperationIdsItDidNotMake(String id) {
        VpsnapException e = assertThrows(VpsnapException.class, () -> hv.operations().get(id));

        assertEquals(ExitCode.USAGE, e.exitCode());
        expectCount(0);
    }
}
