package dev.vpsnap.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** core (Hyperstack) entities: virtual machines and snapshots. */
final class CoreState {
    public long nextId = 1;
    public List<Vm> vms = new ArrayList<>();
    public List<Snapshot> snapshots = new ArrayList<>();

    public static final class Vm {
        public long id;
        public String name;
        /** ACTIVE, SHUTOFF, ... ; a VM restored from a snapshot is BUILD until {@link #readyAt}. */
        public String status;
        public Instant readyAt;
        public long environmentId;
        public String environmentName;
        public String region;
        public long regionId;
        public long flavorId;
        public String flavorName;
        public int cpu;
        public double ramGb;
        public int diskGb;
        public String imageName;
        public String keypairName;
        public String fixedIp;
        public String floatingIp;
        public Long contractId;
        public List<String> labels = new ArrayList<>();
        public Instant createdAt;
    }

    public static final class Snapshot {
        public long id;
        public long vmId;
        public String name;
        public String description;
        public List<String> labels = new ArrayList<>();
        public int sizeGb;
        public Instant createdAt;
        public Instant updatedAt;
        /** CREATING until the async delay has elapsed, then SUCCESSFUL. */
        public String status;
    }
}
