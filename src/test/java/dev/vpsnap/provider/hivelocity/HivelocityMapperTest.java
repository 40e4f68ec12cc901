package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpsnap.model.Iso;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Schedule;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.model.Volume;
import dev.vpsnap.model.VolumeSize;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.common.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HivelocityMapperTest {
    private final FakeClock clock = new FakeClock();
    private final HivelocityMapper mapper = new HivelocityMapper("hivelocity", "prod", clock);

    @Test
    void snapshotSizeIsAlreadyBytesAndTheScheduleIntervalBecomesALabel() {
        VpsSnapshot wire = new VpsSnapshot("9001", "3101", "nightly", "Completed", 53687091200L, "DAILY",
                "2026-01-14T03:00:00Z");

        assertEquals(new Snapshot("hivelocity", "prod", "9001", "nightly", "5001", null, "3101",
                SnapshotStatus.AVAILABLE, "Completed", 53687091200L, Instant.parse("2026-01-14T03:00:00Z"), null,
                null, List.of("snapshotType=DAILY")), mapper.snapshot(wire, "5001"));
    }

    @Test
    void unknownSnapshotValuesStayNull() {
        VpsSnapshot wire = new VpsSnapshot("9", null, null, null, null, " ", "not a date");

        assertEquals(new Snapshot("hivelocity", "prod", "9", null, null, null, null, SnapshotStatus.UNKNOWN, null,
                null, null, null, null, List.of()), mapper.snapshot(wire, null));
    }

    @Test
    void serverNameIsTheHostnameWhenTheApiSendsOneThoughTheSpecHasNone() {
        assertEquals(new ServerRef("hivelocity", "prod", "7", "web-1", "running", "Running", "LAX3"),
                mapper.server(new Vps(7L, "Running", "LAX3", "web-1", "other")));
        assertEquals("n", mapper.server(new Vps(7L, "Running", "LAX3", null, "n")).name());
        assertEquals(new ServerRef("hivelocity", "prod", null, null, "unknown", null, null),
                mapper.server(new Vps(null, null, null, null, null)));
    }

    @Test
    void operationTimesComeFromTheTaskWhenReadable() {
        NetworkTask task = new NetworkTask("t1", "Success", Json.MAPPER.getNodeFactory().numberNode(1768478401L),
                Json.MAPPER.getNodeFactory().textNode("2026-01-15 12:05:00"), 1L, 2L, null);

        assertEquals(new Operation("hivelocity", "delete:t1:9", "snapshot.delete", OperationStatus.SUCCEEDED, "9",
                        Instant.parse("2026-01-15T12:00:01Z"), Instant.parse("2026-01-15T12:05:00Z"), null),
                mapper.operation(HivelocityRefs.delete("t1", "9"), task, null));
    }

    @Test
    void aPendingOperationHasNoFinishTimeAndStartsNowWithoutATaskTimestamp() {
        NetworkTask task = new NetworkTask("t1", "Pending", null, null, null, null, null);

        assertEquals(new Operation("hivelocity", "create:t1:3101:x", "snapshot.create", OperationStatus.RUNNING, null,
                clock.instant(), null, null), mapper.operation(HivelocityRefs.create("t1", "3101", "x"), task, null));
    }

    @Test
    void volumeBytesBecomeWholeGibAndVolumesHaveNoNameOrStatus() {
        VpsVolume wire = new VpsVolume("3103", "DATADISK", 214748364800L, 5001L, "TPA1", "2026-01-15T12:00:30");

        assertEquals(new Volume("hivelocity", "3103", null, "5001", 200L, "DATADISK", null,
                Instant.parse("2026-01-15T12:00:30Z")), mapper.volume(wire));
        assertEquals(new Volume("hivelocity", "1", null, null, null, null, null, null),
                mapper.volume(new VpsVolume("1", null, null, null, null, null)));
        assertEquals(50L, HivelocityMapper.gib(53687091200L));
        assertEquals(50L, HivelocityMapper.gib(54223962112L)); // 50.5 GiB: the remainder is truncated
        assertEquals(0L, HivelocityMapper.gib(1L));
    }

    @Test
    void sizeProductsAreGibAlreadyAndEntriesWithoutASizeAreSkipped() {
        VpsVolumeProducts wire = new VpsVolumeProducts(java.util.Arrays.asList(
                new VpsVolumeProducts.Product(50L, new BigDecimal("5.00")), null,
                new VpsVolumeProducts.Product(null, BigDecimal.ONE)));

        assertEquals(List.of(new VolumeSize("hivelocity", 50, new BigDecimal("5.00"))), mapper.sizes(wire));
        assertEquals(List.of(), mapper.sizes(new VpsVolumeProducts(null)));
    }

    @Test
    void isoKeepsItsStatusAndSize() {
        VpsIso wire = new VpsIso("77", "debian", "d", "https://x/d.iso", 1024L, "Completed", true, true,
                List.of(5001L), "TPA1");

        assertEquals(new Iso("hivelocity", "77", "debian", "https://x/d.iso", "d", true, true, "Completed", 1024L),
                mapper.iso(wire));
    }

    @Test
    void scheduleIntervalIsLowercaseAndTheSourceNative() {
        VpsSnapshotSchedule wire = new VpsSnapshotSchedule("601", "3101", " WEEKLY ", 4, 0, null, 1, 4, "UTC");

        assertEquals(new Schedule("hivelocity", "601", "native", "5001", "3101", "weekly", 0, 4, 1, null, "UTC", 4,
                null), mapper.schedule(wire, "5001"));
        assertEquals(null, mapper.schedule(new VpsSnapshotSchedule("1", null, null, null, null, null, null, null,
                null), null).interval());
    }
}
