package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.Iso;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Schedule;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.Volume;
import dev.vpsnap.model.VolumeSize;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Hivelocity wire records → vpsnap's model. Units: snapshot {@code size} is already BYTES on the wire (only volume
 * create/resize requests speak GiB), so {@code sizeBytes} is copied as is. Hivelocity snapshots have no description
 * and no labels; the schedule interval that made one ({@code snapshotType}) is surfaced as the label
 * {@code snapshotType=DAILY} so that it is not lost.
 *
 * <p>Volumes: {@code VPSVolume.size} is BYTES while requests and {@code volumeProducts} speak GiB; the model's
 * {@code sizeGb} is bytes / 2^30 (Hivelocity volumes are whole GiB; a remainder would be truncated). Hivelocity
 * volumes have no name and no status. Schedules: the interval is lowercased ({@code DAILY} → {@code daily}), the
 * source is {@code native}, and there is no name prefix (Hivelocity names scheduled snapshots itself).
 */
final class HivelocityMapper {
    static final long BYTES_PER_GIB = 1L << 30;

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

    Volume volume(VpsVolume v) {
        return new Volume(provider, v.volumeId(), null, id(v.deviceId()), gib(v.size()), v.type(), null,
                WireTime.parse(v.createdAt()));
    }

    List<VolumeSize> sizes(VpsVolumeProducts products) {
        if (products.volumeProducts() == null) {
            return List.of();
        }
        return products.volumeProducts().stream()
                .filter(p -> p != null && p.size() != null)
                .map(p -> new VolumeSize(provider, p.size(), p.monthlyPrice()))
                .toList();
    }

    Iso iso(VpsIso i) {
        return new Iso(provider, i.isoId(), i.name(), i.url(), i.description(), i.bootable(), i.ready(), i.status(),
                i.size());
    }

    /** @param serverId the device the schedule's volume belongs to, when known (the wire schedule does not say) */
    Schedule schedule(VpsSnapshotSchedule s, String serverId) {
        String interval = s.intervalType() == null ? null : s.intervalType().trim().toLowerCase(Locale.ROOT);
        return new Schedule(provider, s.snapshotScheduleId(), "native", serverId, s.volumeId(), interval, s.minute(),
                s.hour(), s.weekday(), s.day(), s.timezone(), s.maxSnapshots(), null);
    }

    /** Whole GiB of a byte count (null stays null). */
    static Long gib(Long bytes) {
        return bytes == null ? null : bytes / BYTES_PER_GIB;
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
    Operation operation(OperationRef id, NetworkTask task, Operation previous) {
        OperationStatus status = HivelocityStatus.task(task.result());
        Instant now = clock.instant();
        String kind = previous != null && previous.kind() != null ? previous.kind() : id.kind();
        String resourceId = previous != null && previous.resourceId() != null ? previous.resourceId() : HivelocityRefs.resourceId(id);
        Instant started = firstNonNull(previous == null ? null : previous.startedAt(),
                WireTime.parse(task.taskCreated()), now);
        Instant finished = status.terminal()
                ? firstNonNull(previous == null ? null : previous.finishedAt(), WireTime.parse(task.taskUpdated()), now)
                : null;
        String message = status == OperationStatus.FAILED
                ? "hivelocity task " + HivelocityRefs.taskId(id) + " reported result '" + task.result() + "'" : null;
        return new Operation(provider, id.encode(), kind, status, resourceId, started, finished, message, id);
    }

    /** This run's clock, for when an operation is seen finished. */
    Instant now() {
        return clock.instant();
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
