package dev.vpsnap.output;

import dev.vpsnap.model.Iso;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Schedule;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.TargetResult;
import dev.vpsnap.model.Volume;
import dev.vpsnap.model.VolumeSize;
import java.util.List;
import java.util.function.Function;

/**
 * The table columns of each resource, declared once. The first column is the id ({@code -o ids}). {@code type} is the
 * resource's class: its JSON field names are what {@code -o columns=} and {@code --sort} take (null: read them off
 * the items printed).
 */
public record Columns<T>(Class<T> type, List<Column<T>> all) {

    public Columns(List<Column<T>> all) {
        this(null, all);
    }

    public Function<T, Object> id() {
        return all.get(0).value();
    }

    /** The JSON field names of the resource, in their JSON order; empty when {@code type} is not declared. */
    public List<String> fields() {
        return type == null ? List.of() : Fields.of(type);
    }

    public static final Columns<Snapshot> SNAPSHOT = new Columns<>(Snapshot.class, List.of(
            Column.of("ID", Snapshot::id),
            Column.of("NAME", Snapshot::name),
            Column.of("SERVER", Snapshot::serverId),
            Column.of("STATUS", Snapshot::status),
            Column.of("SIZE", s -> Sizes.human(s.sizeBytes())),
            Column.age(Snapshot::createdAt),
            Column.wide("CREATED", Snapshot::createdAt),
            Column.wide("PROVIDER", Snapshot::provider),
            Column.wide("PROFILE", Snapshot::profile),
            Column.wide("SERVER NAME", Snapshot::serverName),
            Column.wide("VOLUME", Snapshot::volumeId),
            Column.wide("PROVIDER STATUS", Snapshot::providerStatus),
            Column.wide("EXPIRES", Snapshot::expiresAt),
            Column.wide("DESCRIPTION", Snapshot::description)));

    /**
     * One row per target of a multi-target create; {@code -o ids} prints the snapshot ids. OPERATION is shown in
     * every table: for a target still running ({@code --no-wait}, a deadline, a signal) it is what resumes it.
     */
    public static final Columns<TargetResult> TARGET = new Columns<>(TargetResult.class, List.of(
            Column.of("SNAPSHOT", r -> r.snapshot() != null ? r.snapshot().id() : null),
            Column.of("TARGET", TargetResult::target),
            Column.of("OK", r -> r.ok() ? "ok" : "FAILED"),
            Column.of("NAME", r -> r.snapshot() != null ? r.snapshot().name() : null),
            Column.of("STATUS", r -> r.snapshot() != null ? r.snapshot().status()
                    : r.operation() != null ? r.operation().status() : null),
            Column.of("OPERATION", r -> r.operation() != null ? r.operation().id() : null),
            Column.of("ERROR", r -> r.error() != null ? "exit " + r.error().exitCode() + ": " + r.error().message() : null)));

    public static final Columns<Operation> OPERATION = new Columns<>(Operation.class, List.of(
            Column.of("ID", Operation::id),
            Column.of("KIND", Operation::kind),
            Column.of("STATUS", Operation::status),
            Column.of("RESOURCE", Operation::resourceId),
            Column.age(Operation::startedAt),
            Column.wide("STARTED", Operation::startedAt),
            Column.wide("PROVIDER", Operation::provider),
            Column.wide("FINISHED", Operation::finishedAt),
            Column.wide("MESSAGE", Operation::message)));

    public static final Columns<ServerRef> SERVER = new Columns<>(ServerRef.class, List.of(
            Column.of("ID", ServerRef::id),
            Column.of("NAME", ServerRef::name),
            Column.of("STATUS", ServerRef::status),
            Column.wide("PROVIDER", ServerRef::provider),
            Column.wide("PROFILE", ServerRef::profile),
            Column.wide("PROVIDER STATUS", ServerRef::providerStatus),
            Column.wide("LOCATION", ServerRef::location)));

    public static final Columns<Volume> VOLUME = new Columns<>(Volume.class, List.of(
            Column.of("ID", Volume::id),
            Column.of("NAME", Volume::name),
            Column.of("SERVER", Volume::serverId),
            Column.of("SIZE GB", Volume::sizeGb),
            Column.of("TYPE", Volume::type),
            Column.age(Volume::createdAt),
            Column.wide("STATUS", Volume::status),
            Column.wide("CREATED", Volume::createdAt),
            Column.wide("PROVIDER", Volume::provider)));

    public static final Columns<VolumeSize> VOLUME_SIZE = new Columns<>(VolumeSize.class, List.of(
            Column.of("SIZE GB", VolumeSize::sizeGb),
            Column.of("MONTHLY PRICE", VolumeSize::monthlyPrice),
            Column.wide("PROVIDER", VolumeSize::provider)));

    public static final Columns<Iso> ISO = new Columns<>(Iso.class, List.of(
            Column.of("ID", Iso::id),
            Column.of("NAME", Iso::name),
            Column.of("READY", Iso::ready),
            Column.of("BOOTABLE", Iso::bootable),
            Column.wide("STATUS", Iso::status),
            Column.wide("SIZE", i -> Sizes.human(i.sizeBytes())),
            Column.wide("URL", Iso::url),
            Column.wide("DESCRIPTION", Iso::description)));

    public static final Columns<Schedule> SCHEDULE = new Columns<>(Schedule.class, List.of(
            Column.of("ID", Schedule::id),
            Column.of("SOURCE", Schedule::source),
            Column.of("SERVER", Schedule::serverId),
            Column.of("INTERVAL", Schedule::interval),
            Column.of("KEEP", Schedule::maxSnapshots),
            Column.wide("VOLUME", Schedule::volumeId),
            Column.wide("MINUTE", Schedule::minute),
            Column.wide("HOUR", Schedule::hour),
            Column.wide("WEEKDAY", Schedule::weekday),
            Column.wide("DAY", Schedule::day),
            Column.wide("TIMEZONE", Schedule::timezone),
            Column.wide("PREFIX", Schedule::namePrefix)));
}
