package dev.vpsnap.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hostinger entities: virtual machines, each with at most one snapshot and a history of actions. */
final class HostingerState {
    public long nextId = 1;
    public List<Vm> vms = new ArrayList<>();
    public List<Action> actions = new ArrayList<>();

    public static final class Vm {
        public long id;
        public String hostname;
        public String plan;
        public String state;
        public int cpus;
        public int memoryMb;
        public int diskMb;
        public long bandwidthMb;
        public long dataCenterId;
        public String subscriptionId;
        public String ipv4;
        public long ipv4Id;
        public long templateId;
        public String templateName;
        public Instant createdAt;
        /** The VM's single snapshot, or null. */
        public Snapshot snapshot;
    }

    public static final class Snapshot {
        public long id;
        public int restoreTimeSeconds;
        public Instant createdAt;
        public Instant expiresAt;
    }

    /** {@code name} is snapshot_create, snapshot_delete or snapshot_restore. */
    public static final class Action {
        public long id;
        public long vmId;
        public String name;
        public Instant createdAt;
        public Instant doneAt;
        /** Id the snapshot gets when a snapshot_create action completes. */
        public long newSnapshotId;
        /** Null while running; "success" or "error" once settled. */
        public String finalState;
    }
}
