package dev.vpsnap.cli.snapshot;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Snapshot;
import java.time.Instant;
import java.util.Comparator;

/** {@code --sort}: created, -created or name; ties broken by id so output is stable. */
enum SnapshotSort {
    CREATED, NEWEST_FIRST, NAME;

    static SnapshotSort parse(String s) {
        return switch (s) {
            case "created" -> CREATED;
            case "-created" -> NEWEST_FIRST;
            case "name" -> NAME;
            default -> throw VpsnapException.usage("--sort: expected created, -created or name, not '" + s + "'");
        };
    }

    Comparator<Snapshot> comparator() {
        Comparator<Snapshot> byCreated = Comparator.comparing(Snapshot::createdAt, Comparator.nullsFirst(Instant::compareTo));
        Comparator<Snapshot> byId = Comparator.comparing(Snapshot::id, Comparator.nullsFirst(String::compareTo));
        return switch (this) {
            case CREATED -> byCreated.thenComparing(byId);
            case NEWEST_FIRST -> byCreated.reversed().thenComparing(byId);
            case NAME -> Comparator.comparing(Snapshot::name, Comparator.nullsFirst(String::compareTo)).thenComparing(byId);
        };
    }
}
