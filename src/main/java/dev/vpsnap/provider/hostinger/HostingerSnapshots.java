package dev.vpsnap.provider.hostinger;

import static dev.vpsnap.provider.hostinger.HostingerIds.vmId;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import dev.vpsnap.provider.UnsupportedException;
import dev.vpsnap.transport.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostinger snapshots through the SPI. The quirks of this API, handled here:
 * <ul>
 * <li><b>One snapshot per VM, and create overwrites it.</b> Without {@code replace}, create first reads the VM's
 * snapshot and refuses (exit 2, nothing sent) when one exists, saying which one would be lost.</li>
 * <li><b>A snapshot is addressed by its VM, not its id.</b> get/restore/delete need {@code --server}; the VM's current
 * snapshot is read first and must carry the requested id, so a stale id never restores or deletes a newer
 * snapshot (exit 4 instead).</li>
 * <li><b>No status, no name</b> on the snapshot object: see {@link HostingerMapper#snapshot}.</li>
 * </ul>
 */
final class HostingerSnapshots implements SnapshotApi {
    /** How far the provider's clock may lag this machine's when an action is matched to the POST that made it. */
    static final Duration SKEW = Duration.ofMinutes(2);

    private final HostingerClient client;
    private final HostingerMapper mapper;
    private final Clock clock;

    HostingerSnapshots(HostingerClient client, HostingerMapper mapper, Clock clock) {
        this.client = client;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** One VM's snapshot (0 or 1), or, without a server, every VM's (one request per VM after the VM list). */
    @Override
    public List<Snapshot> list(String serverId) {
        if (serverId != null) {
            long vm = vmId(serverId, "list");
            return client.getSnapshot(vm).map(s -> mapper.snapshot(s, vm, null)).stream().toList();
        }
        List<Snapshot> out = new ArrayList<>();
        for (VirtualMachineResource vm : client.getVirtualMachines()) {
            if (vm.id() != null) {
                client.getSnapshot(vm.id()).ifPresent(s -> out.add(mapper.snapshot(s, vm.id(), vm.hostname())));
            }
        }
        return out;
    }

    @Override
    public Snapshot get(String snapshotId, String serverId) {
        long vm = vmId(serverId, "get");
        return mapper.snapshot(current(vm, snapshotId), vm, null);
    }

    @Override
    public Operation create(SnapshotCreate request) {
        long vm = vmId(request.serverId(), "create");
        if (request.volumeId() != null) {
            throw UnsupportedException.because(HostingerClient.PROVIDER, "Hostinger snapshots whole VMs; it has no volumes (drop --volume)");
        }
        if ((request.description() != null && !request.description().isBlank()) || !request.labels().isEmpty()) {
            throw UnsupportedException.because(HostingerClient.PROVIDER,
                    "Hostinger snapshots carry no description or labels (drop --description/--label)");
        }
        // The name is not sent: Hostinger snapshots have no name (the CLI always passes one; it cannot be kept).
        if (!request.replace()) {
            client.getSnapshot(vm).ifPresent(existing -> {
                throw new VpsnapException(ExitCode.USAGE, "VM " + vm + " already has snapshot " + existing.id() + " from "
                        + existing.createdAt() + " that create would overwrite (Hostinger keeps one snapshot per VM)",
                        HostingerClient.PROVIDER, null, "pass --replace to overwrite it", null);
            });
        }
        Instant sent = clock.instant();
        try {
            return mapper.operation(client.createSnapshot(vm), vm, HostingerMapper.KIND_CREATE, null);
        } catch (TransportException e) {
            if (!ambiguous(e)) {
                throw e;
            }
            return reconcile(vm, sent, e);
        }
    }

    /**
     * After an ambiguous failure of a create (a timeout, a reset, an unreadable answer, a 5xx) the POST is NEVER sent
     * again: each send overwrites the VM's one snapshot, and Hostinger snapshots have no name to look for. Instead the
     * VM's action list is read: the one action created since the POST was sent (allowing {@link #SKEW} for the
     * provider's clock; a VM runs one action at a time) is the create's and is adopted. None, or several: the outcome
     * is unknown, which is exit 8 with what to check; it is not a {@link TransportException}, so no caller re-sends it.
     */
    private Operation reconcile(long vm, Instant sent, TransportException cause) {
        Instant notBefore = sent.minus(SKEW);
        List<ActionResource> fresh;
        try {
            fresh = client.getActions(vm).stream().filter(a -> {
                Instant created = HostingerMapper.time(a.createdAt());
                return created != null && !created.isBefore(notBefore);
            }).toList();
        } catch (VpsnapException lookFailed) {
            throw unknownOutcome(vm, cause, "reading its actions failed too (" + lookFailed.getMessage() + ")");
        }
        if (fresh.size() == 1) {
            return mapper.operation(fresh.get(0), vm, HostingerMapper.KIND_CREATE, null);
        }
        throw unknownOutcome(vm, cause, fresh.isEmpty() ? "no new action is listed on the VM"
                : fresh.size() + " new actions are listed on the VM");
    }

    private static VpsnapException unknownOutcome(long vm, TransportException cause, String why) {
        return new VpsnapException(ExitCode.UNAVAILABLE, "snapshot create on VM " + vm + " failed ambiguously ("
                + cause.getMessage() + ") and " + why + "; not sending it again (a second create would overwrite the "
                + "VM's one snapshot)", HostingerClient.PROVIDER, cause.httpStatus(),
                "check with 'vpsnap snapshot list --server " + vm + "' before creating again", cause);
    }

    /** As {@code SnapshotCreator}: a 5xx, or a transport failure after the request may have been processed. */
    private static boolean ambiguous(TransportException e) {
        Integer status = e.httpStatus();
        return e.maybeProcessed() || (status != null && status >= 500 && status != 501);
    }

    /** Hostinger snapshots have no name: {@code --name} and {@code --idempotent} cannot be kept (see the CLI). */
    @Override
    public String unnamedReason() {
        return "Hostinger snapshots have no name, so --name and --idempotent cannot be honoured (and a re-run would "
                + "overwrite the VM's one snapshot)";
    }

    /** Restores in place: the VM is rolled back to its snapshot. */
    @Override
    public Operation restore(SnapshotRestore request) {
        long vm = vmId(request.serverId(), "restore");
        if (request.newVmName() != null) {
            throw UnsupportedException.because(HostingerClient.PROVIDER,
                    "Hostinger restores a snapshot onto its own VM; --new-vm-name is not supported");
        }
        SnapshotResource s = current(vm, request.snapshotId());
        return mapper.operation(client.restoreSnapshot(vm), vm, HostingerMapper.KIND_RESTORE, String.valueOf(s.id()));
    }

    /**
     * Deletes the VM's snapshot. When the answer was lost and the transport's retry found the VM locked (or the
     * snapshot gone), the deletion the first attempt started is adopted from the VM's action history (its newest
     * action, matched by position, never by its free-text name): a delete that was done is not reported as failed.
     */
    @Override
    public Operation delete(String snapshotId, String serverId) {
        long vm = vmId(serverId, "delete");
        SnapshotResource s = current(vm, snapshotId);
        try {
            return mapper.operation(client.deleteSnapshot(vm), vm, HostingerMapper.KIND_DELETE, String.valueOf(s.id()));
        } catch (TransportException e) {
            Integer status = e.httpStatus();
            if (!e.maybeProcessed() || status == null || status < 400 || status >= 500) {
                throw e; // only the retry's "VM is locked" names a deletion under way
            }
            ActionResource newest = client.getActions(vm).stream().findFirst().orElseThrow(() -> e);
            return mapper.operation(newest, vm, HostingerMapper.KIND_DELETE, String.valueOf(s.id()));
        }
    }

    /** One snapshot per VM: create replaces it, so the CLI asks or demands --replace. */
    @Override
    public boolean createOverwrites() {
        return true;
    }

    /**
     * After a create action succeeded: the VM's (new) snapshot, read back. It must be the action's: a snapshot created
     * before the action was (by the provider's own clock, both timestamps being Hostinger's) is the old one the
     * create should have replaced, which is exit 4, never passed off as the new one.
     */
    @Override
    public Snapshot created(Operation createOperation) {
        long vm = HostingerIds.vmOf(HostingerIds.OPERATIONS.of(createOperation));
        SnapshotResource s = client.getSnapshot(vm).orElseThrow(() -> notFound(
                "snapshot not found: the create action " + createOperation.id() + " finished but VM " + vm + " has no snapshot"));
        Instant asked = createOperation.startedAt();
        if (HostingerMapper.olderThan(s, asked)) {
            throw notFound("the create action " + createOperation.id() + " finished but VM " + vm + "'s snapshot " + s.id()
                    + " is from " + s.createdAt() + ", before the action (" + asked + "): the new snapshot is not there");
        }
        return mapper.snapshot(s, vm, null);
    }

    /** The VM's snapshot, which must be {@code snapshotId} when one is given (null: whatever snapshot it has). */
    private SnapshotResource current(long vm, String snapshotId) {
        SnapshotResource s = client.getSnapshot(vm).orElseThrow(() -> notFound(
                (snapshotId == null ? "" : "snapshot " + snapshotId + " not found: ") + "VM " + vm + " has no snapshot"));
        if (snapshotId != null && !snapshotId.strip().equals(String.valueOf(s.id()))) {
            throw notFound("snapshot " + snapshotId + " not found on VM " + vm + " (its snapshot is " + s.id() + ")");
        }
        return s;
    }

    private static VpsnapException notFound(String message) {
        return new VpsnapException(ExitCode.NOT_FOUND, message, HostingerClient.PROVIDER, null, null, null);
    }
}
