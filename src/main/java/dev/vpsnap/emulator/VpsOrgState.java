package dev.vpsnap.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** vps.org entities: servers and snapshots. */
final class VpsOrgState {
    public long nextId = 1;
    public List<Server> servers = new ArrayList<>();
    public List<Snapshot> snapshots = new ArrayList<>();

    public static final class Server {
        public long id;
        public String name;
        public String hostname;
        /** active, stopped or suspended; shown as "restoring" while {@link #restoringUntil} is in the future. */
        public String status;
        public String location;
        public String plan;
        public String ipAddress;
        public int diskGb;
        public Instant createdAt;
        public Instant restoringUntil;
        /** Quirk {@code vpsorg-stop-before-restore}: shown as "stopped" until then, "restoring" after. */
        public Instant restoreBeginsAt;
    }

    public static final class Snapshot {
        public long id;
        public long serverId;
        public String name;
        public String description;
        public Instant createdAt;
        /** in_progress until the async delay has elapsed, then completed. */
        public String status;
        public Integer sizeMb;
    }
}
