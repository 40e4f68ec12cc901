package dev.vpsnap.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** core (Hyperstack) entities: environments, virtual machines, snapshots and volumes (with their attachments). */
final class CoreState {
    public long nextId = 1;
    public List<Vm> vms = new ArrayList<>();
    public List<Snapshot> snapshots = new ArrayList<>();
    public List<Volume> volumes = new ArrayList<>();
    /** Environments besides those the VMs name (a state file from before volumes has none). */
    public List<Environment> environments = new ArrayList<>();

    public static final class Environment {
        public long id;
        public String name;
        public String region;
    }

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

    public static final class Volume {
        public long id;
        public String name;
        public String description;
        public int sizeGb;
        public String volumeType;
        public Long imageId;
        public String callbackUrl;
        public String environmentName;
        /** creating (until the async delay has passed), available, in-use. */
        public String status;
        public Instant createdAt;
        public Instant updatedAt;
        public List<Attachment> attachments = new ArrayList<>();
    }

    /** A volume attachment: ATTACHING until the async delay after {@link #createdAt} has passed, then ATTACHED. */
    public static final class Attachment {
        public long id;
        public long vmId;
        public String device;
        public boolean isProtected;
        public Instant createdAt;
    }
}
