package dev.vpsnap.provider.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fan-out's poll round: every create and delete observed from one account-wide list, not one GET each. */
class CoreRefreshAllTest extends CoreMockServerTest {

    private Operation op(String kind, String snapshotId) {
        return new Operation("core", kind + ":" + snapshotId, kind, OperationStatus.RUNNING, snapshotId, clock.instant(),
                null, null);
    }

    @Test
    void onePagedListAnswersForEveryOperation() {
        respond(200, "snapshot-list-page1-res.json");
        respond(200, "snapshot-list-page2-res.json");

        List<Operation> after = core.operations().refreshAll(List.of(op("snapshot.create", "5001"),
                op("snapshot.create", "5003"), op("snapshot.create", "5009"), op("snapshot.delete", "5002"),
                op("snapshot.delete", "5010")));

        expect("GET", "/v1/core/snapshots?page=1&pageSize=100");
        expect("GET", "/v1/core/snapshots?page=2&pageSize=100");
        expectRequestCount(2);
        assertEquals(List.of(OperationStatus.SUCCEEDED, OperationStatus.RUNNING, OperationStatus.FAILED,
                OperationStatus.RUNNING, OperationStatus.SUCCEEDED), after.stream().map(Operation::status).toList());
    }

    @Test
    void terminalOperationsAreNotAskedAbout() {
        Operation done = op("snapshot.create", "5001").withStatus(OperationStatus.SUCCEEDED, clock.instant(), null);

        assertEquals(List.of(done), core.operations().refreshAll(List.of(done)));
        expectRequestCount(0);
    }
}
