package dev.vpsnap.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hivelocity entities: VPS devices, volumes, volume snapshots, snapshot schedules, ISOs and network tasks. */
final class HivelocityState {
    public long clientId;
    public long nextId = 1;
    public List<Device> devices = new ArrayList<>();
    public List<Volume> volumes = new ArrayList<>();
    public List<Snapshot> snapshots = new ArrayList<>();
    public List<Task> tasks = new ArrayList<>();
    public List<Iso> isos = new ArrayList<>();
    public List<Schedule> schedules = new ArrayList<>();

    public static final class Device {
        public long deviceId;
        /** Only used for demo ids/IPs and the root volume's snapshot names; the VPS model has no name field. */
        public String label;
        public String facilityCode;
        public String status;
        public int vcpu;
        public int memoryMb;
        public String templateId;
        public String ipAddress;
        public String macAddress;
        public String nicId;
        public Instant createdAt;
        /** The attached ISO, or null. */
        public String isoId;
    }

    public static final class Volume {
        public String volumeId;
        /** The device the volume is attached to; 0 = detached (then the VPSVolume has no deviceId). */
        public long deviceId;
        /** ROOT or DATADISK. */
        public String type;
        public long sizeBytes;
        public String facilityCode;
        public Instant createdAt;
        /** True while the creating task runs: the volume is not listed or found until it has completed. */
        public boolean provisioning;
    }

    public static final class Snapshot {
        public String snapshotId;
        public String volumeId;
        public long deviceId;
        public String name;
        public String facilityCode;
        public String snapshotType;
        public long sizeBytes;
        public Instant createdAt;
        /** True once the creating task has completed (state Completed). */
        public boolean completed;
        /** Quirk {@code hivelocity-task-before-snapshot}: Completed only from then on, after its task said Success. */
        public Instant completesAt;
        /** The schedule that took it (its snapshotType is then the interval), or null for a manual snapshot. */
        public String scheduleId;
    }

    /** A downloadable ISO image; ready once {@link #readyAt} has passed. */
    public static final class Iso {
        public String isoId;
        public String name;
        public String description;
        public String url;
        public boolean bootable;
        public String facilityCode;
        public long sizeBytes;
        public Instant createdAt;
        public Instant readyAt;
    }

    /** A snapshot schedule; {@code day} only for MONTHLY, {@code weekday} (1 = Monday) only for WEEKLY. */
    public static final class Schedule {
        public String snapshotScheduleId;
        public String volumeId;
        public String facilityCode;
        public String intervalType;
        public int hour;
        public int minute;
        public Integer day;
        public Integer weekday;
        public int maxSnapshots;
        public String timezone;
        public Instant createdAt;
        /** The last time the schedule fired (null = never); runs are taken lazily when the state is settled. */
        public Instant lastRunAt;
    }

    /**
     * A network task. {@code kind}: create_snapshot, restore_snapshot, delete_snapshot, create_volume, resize_volume,
     * delete_volume, attach_volume, detach_volume, delete_iso, attach_iso, detach_iso. Which of the id fields is set
     * depends on the kind; {@code deviceId} 0 = no device (the task JSON then has no deviceId).
     */
    public static final class Task {
        public String taskId;
        public String kind;
        public String snapshotId;
        public String volumeId;
        public String isoId;
        /** New size (GiB) of a resize_volume task. */
        public long sizeGb;
        public long deviceId;
        public String metaData;
        public Instant createdAt;
        public Instant doneAt;
        /** Null while pending; "Success" or "Failed" once settled. */
        public String result;
    }
}
