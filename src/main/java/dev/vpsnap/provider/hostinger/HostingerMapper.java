package dev.vpsnap.provider.hostinger;

import dev.vpsnap.provider.IsoTime;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Hostinger wire records to the normalised model, through status tables with an unknown fallback. */
final class HostingerMapper {
    static final String KIND_CREATE = OperationKinds.SNAPSHOT_CREATE;
    static final String KIND_RESTORE = OperationKinds.SNAPSHOT_RESTORE;
    static final String KIND_DELETE = OperationKinds.SNAPSHOT_DELETE;

    /** VM {@code state} → server status. Every value of the spec's enum is listed; anything else is {@code unknown}. */
    static final Map<String, String> VM_STATE = Map.ofEntries(
            Map.entry("running", "running"),
            Map.entry("stopped", "stopped"),
            Map.entry("suspended", "stopped"),         // billing/abuse suspension: off, and not transitioning
            Map.entry("destroyed", "stopped"),         // gone for good; nothing runs
            Map.entry("initial", "stopped"),           // bought but never set up: nothing runs yet
            Map.entry("error", "error"),
            Map.entry("starting", "busy"),
            Map.entry("stopping", "busy"),
            Map.entry("creating", "busy"),
            Map.entry("suspending", "busy"),
            Map.entry("unsuspending", "busy"),
            Map.entry("destroying", "busy"),
            Map.entry("recreating", "busy"),
            Map.entry("restoring", "busy"),            // snapshot or backup restore in progress
            Map.entry("recovery", "busy"),             // booted into the rescue system
            Map.entry("stopping_recovery", "busy"));

    /** Action {@code state} → operation status ({@code created} = queued, {@code sent}/{@code delayed} = under way). */
    static final Map<String, OperationStatus> ACTION_STATE = Map.of(
            "created", OperationStatus.PENDING,
            "sent", OperationStatus.RUNNING,
            "delayed", OperationStatus.RUNNING,
            "success", OperationStatus.SUCCEEDED,
            "error", OperationStatus.FAILED);

    private final String profile;

    HostingerMapper(String profile) {
        this.profile = profile;
    }

    ServerRef server(VirtualMachineResource vm) {
        String state = vm.state();
        String providerStatus = state;
        if ("locked".equals(vm.actionsLock())) {
            providerStatus = (state == null ? "" : state + ", ") + "actions locked";
        }
        return new ServerRef(HostingerClient.PROVIDER, profile, str(vm.id()), vm.hostname(), serverStatus(state, vm.actionsLock()),
                providerStatus, str(vm.dataCenterId()));
    }

    /**
     * A VM whose {@code actions_lock} is {@code locked} has an action running on it, so it is {@code busy} whatever its
     * state says (unless the state is already {@code error}).
     */
    static String serverStatus(String state, String actionsLock) {
        String s = state == null ? null : VM_STATE.getOrDefault(state.toLowerCase(Locale.ROOT), "unknown");
        if ("locked".equals(actionsLock) && !"error".equals(s)) {
            return "busy";
        }
        return s == null ? "unknown" : s;
    }

    /**
     * Hostinger's snapshot has no status, name, size, description or labels. It is only returned once it exists, so it
     * is {@code available} and its {@code providerStatus} is null (there is no raw value to keep). The VM state would
     * be a weaker signal (a {@code restoring} VM may be restoring a backup, not this snapshot) and is only known when
     * the VM list was fetched anyway, so it is deliberately not used: every code path reports the same status.
     * {@code restore_time} (estimated restore seconds) has no place in the model and is dropped.
     */
    Snapshot snapshot(SnapshotResource s, long vmId, String serverName) {
        return new Snapshot(HostingerClient.PROVIDER, profile, str(s.id()), null, Long.toString(vmId), serverName, null,
                snapshotStatus(), null, null, time(s.createdAt()), time(s.expiresAt()), null, List.of());
    }

    static SnapshotStatus snapshotStatus() {
        return SnapshotStatus.AVAILABLE;
    }

    /** A snapshot action just started (or adopted) on {@code vmId}: its id says its kind. */
    Operation operation(ActionResource a, long vmId, String kind, String resourceId) {
        return operation(a, HostingerIds.OPERATIONS.ref(kind, String.valueOf(vmId), String.valueOf(a.id())), kind,
                resourceId);
    }

    /**
     * The action {@code ref} names, as polled; {@code kind} is the ref's, or for a legacy kind-less ref what its
     * effect showed (null: unknown).
     */
    Operation operation(ActionResource a, OperationRef ref, String kind, String resourceId) {
        OperationStatus status = actionStatus(a.state());
        Instant finished = status.terminal() ? time(a.updatedAt()) : null;
        return Operation.of(ref, status, resourceId, time(a.createdAt()), finished, message(a, status)).withKind(kind);
    }

    /**
     * True when {@code s} was made before the action that started at {@code actionStarted} (both by Hostinger's
     * clock, to the second): the old snapshot a create should have replaced, not the create's. Unknown times: false.
     */
    static boolean olderThan(SnapshotResource s, Instant actionStarted) {
        Instant made = time(s.createdAt());
        return made != null && actionStarted != null && made.isBefore(actionStarted.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Unknown states keep the operation {@code running}: the waiter's deadline ends it, the message shows the raw value. */
    static OperationStatus actionStatus(String state) {
        OperationStatus s = state == null ? null : ACTION_STATE.get(state.toLowerCase(Locale.ROOT));
        return s == null ? OperationStatus.RUNNING : s;
    }

    private static String message(ActionResource a, OperationStatus status) {
        String name = a.name() == null ? "action " + a.id() : "action '" + a.name() + "'";
        if (status == OperationStatus.FAILED) {
            return "Hostinger " + name + " ended in state error";
        }
        if (a.state() == null || !ACTION_STATE.containsKey(a.state().toLowerCase(Locale.ROOT))) {
            return "Hostinger " + name + " is in unrecognised state '" + a.state() + "'";
        }
        return null;
    }

    /** ISO-8601 with {@code Z} or an offset (or none: read as UTC), to an Instant; null when absent or unreadable. */
    static Instant time(String s) {
        return IsoTime.parse(s);
    }

    private static String str(Long v) {
        return v == null ? null : v.toString();
    }
}
