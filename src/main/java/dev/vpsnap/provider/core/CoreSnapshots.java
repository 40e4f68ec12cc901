package dev.vpsnap.provider.core;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import dev.vpsnap.provider.UnsupportedException;
import java.util.List;

/**
 * core snapshots through the SPI. Quirks, each handled where noted:
 * <ul>
 *   <li>The list is account-wide (the API has no VM filter): {@link #list} fetches every page and filters on
 *       {@code vm_id} client-side.</li>
 *   <li>Create requires both {@code name} and {@code description}: without a user description a generated one is sent
 *       ({@link #DEFAULT_DESCRIPTION}). Snapshots are of a whole VM: {@code --volume} is refused.</li>
 *   <li>Restore does not roll back the source VM: it CREATES A NEW VM named {@code new_vm_name}, so a name is
 *       required, and the operation is the new VM's build (resourceId = the new VM's id).</li>
 *   <li>Sizes are GB and statuses free strings: see {@link CoreMapper} and {@link CoreStatuses}.</li>
 * </ul>
 */
final class CoreSnapshots implements SnapshotApi {
    /** Sent when the user gave no description: the API rejects a create without one. */
    static final String DEFAULT_DESCRIPTION = "created by vpsnap";
    /** The API limits VM names to 50 characters (Create_Instances_Payload); the restored VM is a new VM. */
    static final int MAX_VM_NAME = 50;

    private final CoreClient client;
    private final CoreMapper mapper;
    private final CoreOperations operations;

    CoreSnapshots(CoreClient client, CoreMapper mapper, CoreOperations operations) {
        this.client = client;
        this.mapper = mapper;
        this.operations = operations;
    }

    @Override
    public List<Snapshot> list(String serverId) {
        String vmId = serverId == null ? null : CoreIds.require("VM id", serverId);
        // mapped page by page: 100,000 snapshots are held once, as Snapshots, not also as wire objects
        List<Snapshot> all = client.all(page -> client.listSnapshots(page, CoreClient.PAGE_SIZE).map(mapper::snapshot),
                s -> s.id() != null ? s.id() : s);
        return vmId == null ? all : all.stream().filter(s -> vmId.equals(s.serverId())).toList();
    }

    /** {@code serverId}, when given, must be the snapshot's VM: otherwise the snapshot is "not found" for it. */
    @Override
    public Snapshot get(String snapshotId, String serverId) {
        String id = CoreIds.require("snapshot id", snapshotId);
        String vmId = serverId == null ? null : CoreIds.require("VM id", serverId);
        Snapshot s = mapper.snapshot(client.getSnapshot(id).value());
        if (vmId != null && !vmId.equals(s.serverId())) {
            throw new VpsnapException(ExitCode.NOT_FOUND, "snapshot " + id + " belongs to VM " + s.serverId()
                    + ", not VM " + vmId, client.provider(), null, null, null);
        }
        return s;
    }

    @Override
    public Operation create(SnapshotCreate request) {
        String vmId = CoreIds.require("VM id", request.serverId());
        if (request.volumeId() != null) {
            throw UnsupportedException.because(client.provider(),
                    "core snapshots a whole VM; --volume is not supported");
        }
        if (request.name() == null || request.name().isBlank()) {
            throw VpsnapException.usage("core needs a snapshot name (--name)");
        }
        for (String label : request.labels()) {
            if (label == null || label.isBlank()) {
                throw VpsnapException.usage("empty --label value");
            }
        }
        String description = request.description() == null || request.description().isBlank()
                ? DEFAULT_DESCRIPTION : request.description();
        CoreEnvelope<CoreSnapshot> answer = client.createSnapshotForVm(vmId,
                new CoreCreateSnapshotPayload(request.name(), description, request.labels()));
        if (answer.value().id() == null) {
            throw new VpsnapException(ExitCode.UNAVAILABLE, "the provider accepted the snapshot but sent no id",
                    client.provider(), null, "check 'vpsnap snapshot list --server " + vmId + "' before retrying", null);
        }
        return operations.created(answer.value(), answer.message());
    }

    @Override
    public Operation restore(SnapshotRestore request) {
        String id = CoreIds.require("snapshot id", request.snapshotId());
        String name = request.newVmName();
        if (name == null || name.isBlank()) {
            throw VpsnapException.usage("core restores a snapshot into a new VM: pass --new-vm-name NAME");
        }
        if (name.strip().length() > MAX_VM_NAME) {
            throw VpsnapException.usage("--new-vm-name is longer than core's " + MAX_VM_NAME + " characters");
        }
        CoreEnvelope<CoreVm> answer = client.restoreSnapshot(id, new CoreRestorePayload(name.strip()));
        if (answer.value().id() == null) {
            throw new VpsnapException(ExitCode.UNAVAILABLE, "the provider accepted the restore but sent no VM id",
                    client.provider(), null, "check 'vpsnap server list' before retrying", null);
        }
        return operations.restoring(id, answer.value(), answer.message());
    }

    /**
     * {@code serverId} is not needed (a core snapshot id is account-wide) and not checked. A 409 (the snapshot is in
     * use or busy) stays exit 5, with a hint.
     */
    @Override
    public Operation delete(String snapshotId, String serverId) {
        String id = CoreIds.require("snapshot id", snapshotId);
        try {
            return operations.deleting(id, client.deleteSnapshot(id).message());
        } catch (VpsnapException e) {
            Integer status = e.httpStatus();
            if (status != null && status == 409) {
                throw new VpsnapException(e.exitCode(), e.getMessage(), e.provider(), status,
                        "the snapshot is in use or busy (an operation in progress); try again once it is idle", e);
            }
            throw e;
        }
    }

    @Override
    public Snapshot created(Operation createOperation) {
        OperationRef id = CoreRefs.SCHEMA.of(createOperation);
        if (!CoreRefs.CREATE.equals(id.kind())) {
            throw new IllegalArgumentException("not a snapshot.create operation: " + createOperation.id());
        }
        return get(CoreRefs.snapshotId(id), null);
    }
}
