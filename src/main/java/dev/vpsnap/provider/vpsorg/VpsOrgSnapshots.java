package dev.vpsnap.provider.vpsorg;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.SnapshotStatus;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import dev.vpsnap.provider.UnsupportedException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * vps.org snapshots through the SPI.
 * <ul>
 * <li><b>No get endpoint</b>: {@link #get} lists ({@code ?server_id=} when given) and finds the id; absent → exit 4.</li>
 * <li><b>Restore and delete need the server</b> for their operation id (polling lists by server): the snapshot is
 *     looked up first (by the given server, else across all), which also turns an unknown id into exit 4 before any
 *     mutation is sent.</li>
 * <li><b>Create</b> checks the name rule, the numeric server id and the 5-per-server limit before sending
 *     (see {@link VpsOrgRules}; one list of the server, or none when {@code --idempotent} just listed it); the API's own 400 for the limit keeps exit 5 and gains the prune hint.</li>
 * <li>Whole-server snapshots only: {@code --volume}, labels and restore-to-new-VM are not offered (exit 9).</li>
 * </ul>
 */
final class VpsOrgSnapshots implements SnapshotApi {
    private static final String PROVIDER = VpsOrgFactory.DESCRIPTOR.id();

    private final VpsOrgClient client;
    private final VpsOrgMapper mapper;
    private final Clock clock;

    VpsOrgSnapshots(VpsOrgClient client, VpsOrgMapper mapper, Clock clock) {
        this.client = client;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public List<Snapshot> list(String serverId) {
        return client.listSnapshots(VpsOrgRules.optionalId(serverId, "server id")).stream().map(mapper::snapshot).toList();
    }

    @Override
    public Snapshot get(String snapshotId, String serverId) {
        return mapper.snapshot(find(snapshotId, serverId));
    }

    @Override
    public Operation create(SnapshotCreate request) {
        return create(request, (List<Snapshot>) null);
    }

    @Override
    public boolean createCountsServerSnapshots() {
        return true;
    }

    /** The limit check counts {@code serverSnapshots} when the caller just listed them, else lists the server. */
    @Override
    public Operation create(SnapshotCreate request, List<Snapshot> serverSnapshots) {
        if (request.volumeId() != null) {
            throw UnsupportedException.because(PROVIDER, "vps.org snapshots whole servers; --volume is not supported");
        }
        if (!request.labels().isEmpty()) {
            throw UnsupportedException.because(PROVIDER, "vps.org snapshots have no labels; drop --label");
        }
        long serverId = VpsOrgRules.id(request.serverId(), "server id");
        VpsOrgRules.requireValidName(request.name());
        VpsOrgRules.requireRoomFor(serverId, serverSnapshots != null ? serverSnapshots.size()
                : client.listSnapshots(serverId).size());
        VpsOrgSnapshot created = rejectedWithHint(
                () -> client.createSnapshot(new VpsOrgCreateSnapshotPayload(serverId, request.name(), request.description())),
                msg -> msg.contains("limit") || msg.contains("maximum") ? VpsOrgRules.pruneHint(serverId) : null);
        if (created.id() == null) {
            throw new VpsnapException(ExitCode.UNAVAILABLE, "vps.org accepted the snapshot but returned no id",
                    PROVIDER, 201, "look for it with 'vpsnap snapshot list --server " + serverId + "'", null);
        }
        long sid = created.server() != null && created.server().id() != null ? created.server().id() : serverId;
        SnapshotStatus status = VpsOrgStatus.snapshot(created.status());
        OperationStatus op = switch (status) {
            case AVAILABLE -> OperationStatus.SUCCEEDED;
            case FAILED -> OperationStatus.FAILED;
            default -> OperationStatus.RUNNING;
        };
        Instant now = clock.instant();
        Instant started = VpsOrgMapper.instant(created.createdAt());
        return VpsOrgRefs.operation(VpsOrgRefs.ref(OperationKinds.SNAPSHOT_CREATE, sid, created.id()),
                op, started != null ? started : now, op.terminal() ? now : null, created.message());
    }

    @Override
    public Operation restore(SnapshotRestore request) {
        if (request.newVmName() != null && !request.newVmName().isBlank()) {
            throw UnsupportedException.because(PROVIDER,
                    "vps.org restores a snapshot onto its own server; --new-vm-name is not supported");
        }
        VpsOrgSnapshot snapshot = find(request.snapshotId(), request.serverId());
        long serverId = serverOf(snapshot);
        VpsOrgRestoreResponse res = rejectedWithHint(() -> client.restoreSnapshot(snapshot.id()),
                msg -> "the server must be in a state that allows a restore (no other restore or snapshot running); "
                        + "check 'vpsnap server list'");
        if (res.server() != null && res.server().id() != null) {
            serverId = res.server().id();
        }
        return VpsOrgRefs.operation(VpsOrgRefs.ref(OperationKinds.SNAPSHOT_RESTORE, serverId, snapshot.id()),
                OperationStatus.PENDING, clock.instant(), null, res.message());
    }

    @Override
    public Operation delete(String snapshotId, String serverId) {
        VpsOrgSnapshot snapshot = find(snapshotId, serverId);
        client.deleteSnapshot(snapshot.id());
        return VpsOrgRefs.operation(VpsOrgRefs.ref(OperationKinds.SNAPSHOT_DELETE, serverOf(snapshot), snapshot.id()),
                OperationStatus.RUNNING, clock.instant(), null, null);
    }

    @Override
    public Snapshot created(Operation createOperation) {
        OperationRef id = VpsOrgRefs.SCHEMA.of(createOperation);
        if (!id.is(OperationKinds.SNAPSHOT_CREATE)) {
            throw VpsnapException.usage("operation " + createOperation.id() + " is not a snapshot create");
        }
        return get(String.valueOf(VpsOrgRefs.snapshotId(id)), String.valueOf(VpsOrgRefs.serverId(id)));
    }

    private VpsOrgSnapshot find(String snapshotId, String serverId) {
        long id = VpsOrgRules.id(snapshotId, "snapshot id");
        Long server = VpsOrgRules.optionalId(serverId, "server id");
        return client.findSnapshot(id, server).orElseThrow(() -> new VpsnapException(ExitCode.NOT_FOUND,
                "snapshot " + id + " not found" + (server == null ? "" : " on server " + server), PROVIDER, null,
                "list them with 'vpsnap snapshot list" + (server == null ? "" : " --server " + server) + "'", null));
    }

    private static long serverOf(VpsOrgSnapshot s) {
        if (s.server() == null || s.server().id() == null) {
            throw new VpsnapException(ExitCode.UNAVAILABLE, "vps.org listed snapshot " + s.id() + " without its server",
                    PROVIDER, null, null, null);
        }
        return s.server().id();
    }

    /** Runs a mutation; a 400 (exit 5) keeps its message and exit code and gains the hint {@code hintFor} gives. */
    private static <T> T rejectedWithHint(Supplier<T> call, Function<String, String> hintFor) {
        try {
            return call.get();
        } catch (VpsnapException e) {
            Integer status = e.httpStatus();
            if (status == null || status != 400 || e.exitCode() != ExitCode.REJECTED || e.hint() != null) {
                throw e;
            }
            String hint = hintFor.apply(e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT));
            throw hint == null ? e : new VpsnapException(e.exitCode(), e.getMessage(), e.provider(), status, hint, e);
        }
    }
}
