package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.OperationRef;
import dev.vpsnap.clock.Sleeper;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code SnapshotApi.created}: a create task names no snapshot, so the snapshot is found by NAME on its VOLUME
 * (newest first). Robust to three things seen with task-based APIs:
 * <ul>
 *   <li>the task may report Success while the snapshot is still {@code Scheduled} (createdAt perhaps null): any state
 *       matches, and a null createdAt counts as newest; the snapshot is returned with its real, pending, status;</li>
 *   <li>the snapshot may not be listed yet: the list is read again a few times, pausing on the injected sleeper;</li>
 *   <li>an older snapshot may carry the same name: those created well before the operation started are skipped.</li>
 * </ul>
 */
final class CreatedSnapshotFinder {
    static final int ATTEMPTS = 5;
    static final Duration PAUSE = Duration.ofSeconds(3);
    /** Allows for clock skew between the task's timestamp (or this machine, when unreadable) and the snapshot's. */
    static final Duration SKEW = Duration.ofMinutes(10);

    private static final Comparator<VpsSnapshot> NEWEST_LAST = Comparator
            .comparing((VpsSnapshot s) -> WireTime.parse(s.createdAt()),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(VpsSnapshot::snapshotId, Comparator.nullsFirst(
                    Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder())));

    private final HivelocityClient client;
    private final DeviceVolumes volumes;
    private final HivelocityMapper mapper;
    private final Sleeper sleeper;

    CreatedSnapshotFinder(HivelocityClient client, DeviceVolumes volumes, HivelocityMapper mapper, Sleeper sleeper) {
        this.client = client;
        this.volumes = volumes;
        this.mapper = mapper;
        this.sleeper = sleeper;
    }

    Snapshot find(Operation op) {
        OperationRef id = HivelocityRefs.SCHEMA.of(op);
        if (id.kind() != null && !HivelocityRefs.isCreate(id)) {
            throw VpsnapException.usage("operation " + op.id() + " is a " + id.kind() + ", not a snapshot create");
        }
        if (op.status() == OperationStatus.FAILED) {
            throw HivelocityErrors.of(ExitCode.OPERATION_FAILED, "snapshot create " + op.id() + " failed at hivelocity",
                    null);
        }
        OperationRef target = target(id);
        String deviceId = volumes.deviceOf(HivelocityRefs.volumeId(target));
        for (int attempt = 1; ; attempt++) {
            Optional<Snapshot> hit = look(target, deviceId, op.startedAt());
            if (hit.isPresent()) {
                return hit.get();
            }
            if (attempt >= ATTEMPTS) {
                throw HivelocityErrors.of(ExitCode.NOT_FOUND, "hivelocity task " + HivelocityRefs.taskId(target)
                        + " succeeded but no snapshot named '" + HivelocityRefs.name(target) + "' is listed on volume "
                        + HivelocityRefs.volumeId(target), "look again later with 'vpsnap snapshot list'");
            }
            pause();
        }
    }

    /** The create id with its volume and name: as given, or (a bare task id) from the task's metaData. */
    OperationRef target(OperationRef id) {
        return HivelocityRefs.isCreate(id) ? id : fromMetaData(id);
    }

    /** One look at the volume's snapshots for the one a create started at {@code startedAt} (null: unknown) made. */
    Optional<Snapshot> look(OperationRef target, Instant startedAt) {
        return look(target, volumes.deviceOf(HivelocityRefs.volumeId(target)), startedAt);
    }

    private Optional<Snapshot> look(OperationRef target, String deviceId, Instant startedAt) {
        Long filter = deviceId == null ? null : Long.valueOf(deviceId);
        return made(client.snapshots(filter), target, startedAt).map(s -> mapper.snapshot(s, deviceId));
    }

    /** Among {@code listed}, the snapshot the create {@code target} started at {@code startedAt} made, if listed. */
    static Optional<VpsSnapshot> made(List<VpsSnapshot> listed, OperationRef target, Instant startedAt) {
        Instant notBefore = startedAt == null ? null : startedAt.minus(SKEW);
        return listed.stream()
                .filter(s -> HivelocityRefs.volumeId(target).equals(s.volumeId()) && HivelocityRefs.name(target).equals(s.name()))
                .filter(s -> notBefore == null || isAfter(s, notBefore))
                .max(NEWEST_LAST);
    }

    /** A bare task id: the volume and name the create was started with come from the task's metaData. */
    private OperationRef fromMetaData(OperationRef id) {
        Map<String, String> meta = TaskMetaData.parse(client.networkStatus(HivelocityRefs.taskId(id)).metaData());
        String volumeId = meta.get("volumeId");
        String name = meta.get("name");
        if (!HivelocityClient.isPathId(volumeId) || name == null || name.isBlank()) {
            throw HivelocityErrors.of(ExitCode.NOT_FOUND, "hivelocity task " + HivelocityRefs.taskId(id)
                    + " does not name the volume and snapshot it created",
                    "use the operation id vpsnap printed (create:TASK_ID:VOLUME_ID:NAME)");
        }
        return HivelocityRefs.create(HivelocityRefs.taskId(id), volumeId, name);
    }

    private static boolean isAfter(VpsSnapshot s, Instant notBefore) {
        Instant created = WireTime.parse(s.createdAt());
        return created == null || !created.isBefore(notBefore);
    }

    private void pause() {
        try {
            sleeper.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VpsnapException(ExitCode.INTERRUPTED, "interrupted", HivelocityFactory.ID, null, null, e);
        }
    }
}
