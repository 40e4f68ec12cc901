package dev.vpsnap.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hivelocity entities: VPS devices, their volumes, volume snapshots and network tasks. */
final class HivelocityState {
    public long clientId;
    public long nextId = 1;
    public List<Device> devices = new ArrayList<>();
    public List<Volume> volumes = new ArrayList<>();
    public List<Snapshot> snapshots = new ArrayList<>();
    public List<Task> tasks = new ArrayList<>();

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
    }

    public static final class Volume {
        public String volumeId;
        public long deviceId;
        public String type;
        public long sizeBytes;
        public String facilityCode;
        public Instant createdAt;
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
    }

    /** A network task; {@code kind} is create_snapshot, restore_snapshot or delete_snapshot. */
    public static final class Task {
        public String taskId;
        public String kind;
        public String snapshotId;
        public long deviceId;
        public String metaData;
        public Instant createdAt;
        public Instant doneAt;
        /** Null while pending; "Success" or "Failed" once settled. */
        public String result;
    }
}
