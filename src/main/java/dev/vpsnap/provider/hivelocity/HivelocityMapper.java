package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Hivelocity wire records → vpsnap's model. Units: snapshot {@code size} is already BYTES on the wire (only volume
 * create/resize requests speak GiB), so {@code sizeBytes} is copied as is. Hivelocity snapshots have no description
 * and no labels; the schedule interval that made one ({@code snapshotType}) is surfaced as the label
 * {@code snapshotType=DAILY} so that it is not lost.
 */
final class HivelocityMapper {
    private final String provider;
    private final String profile;
    private final Clock clock;

    HivelocityMapper(String provider, String profile, Clock clock) {
        this.provider = provider;
        this.profile = profile;
        this.clock = clock;
    }

    /** @param serverId the device the snapshot's volume belongs to, when known (the wire snapshot does not say) */
    Snapshot snapshot(VpsSnapshot s, String serverId) {
        List<String> labels = s.snapshotType() == null || s.snapshotType().isBlank()
                ? List.of() : List.of("snapshotType=" + s.snapshotType().trim());
        return new Snapshot(provider, profile, s.snapshotId(), s.name(), serverId, null, s.volumeId(),
                HivelocityStatus.snapshot(s.state()), s.state(), s.size(), WireTime.parse(s.createdAt()), null, null,
                labels);
    }

    ServerRef server(Vps v) {
        String name = v.hostname() != null ? v.hostname() : v.name();
        return new ServerRef(provider, profile, id(v.deviceId()), name, HivelocityStatus.server(v.status()), v.status(),
                v.facilityCode());
    }

    /**
     * The operation a task stands for. {@code previous} (may be null) is the same operation as last seen: its kind,
     * resource id, start and finish times are kept; otherwise they come from the id and the task's timestamps, and
     * from the clock when the task's timestamps are unreadable.
     */
    Operation operation(OperationId id, NetworkTask task, Operation previous) {
        OperationStatus status = HivelocityStatus.task(task.result());
        Instant now = clock.instant();
        String kind = previous != null && previous.kind() != null ? previous.kind() : id.kind();
        String resourceId = previous != null && previous.resourceId() != null ? previous.resourceId() : id.snapshotId();
        Instant started = firstNonNull(previous == null ? null : previous.startedAt(),
                WireTime.parse(task.taskCreated()), now);
        Instant finished = status.terminal()
                ? firstNonNull(previous == null ? null : previous.finishedAt(), WireTime.parse(task.taskUpdated()), now)
                : null;
        String message = status == OperationStatus.FAILED
                ? "hivelocity task " + id.taskId() + " reported result '" + task.result() + "'" : null;
        return new Operation(provider, id.encode(), kind, status, resourceId, started, finished, message);
    }

    static String id(Long n) {
        return n == null ? null : String.valueOf(n);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
