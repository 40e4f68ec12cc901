package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.SnapshotCreate;
import dev.vpsnap.provider.SnapshotRestore;
import dev.vpsnap.provider.UnsupportedException;
import java.util.List;

/**
 * Hivelocity snapshots, which are PER VOLUME: a server ({@code deviceId}) is turned into its volumes through
 * {@link DeviceVolumes}, and every snapshot's {@code serverId} comes from the volume → device relation.
 * Create, restore and delete answer HTTP 201 with a task (see {@link HivelocityOperations}); they need the
 * facility (required in the create/restore bodies by the spec; vpsnap asks for it on delete too, so that a
 * mutation never runs unscoped), while reads send it only when configured.
 */
final class HivelocitySnapshots implements SnapshotApi {
    private final HivelocityClient client;
    private final DeviceVolumes volumes;
    private final HivelocityMapper mapper;
    private final HivelocityOperations operations;
    private final CreatedSnapshotFinder finder;

    HivelocitySnapshots(HivelocityClient client, DeviceVolumes volumes, HivelocityMapper mapper,
                        HivelocityOperations operations, CreatedSnapshotFinder finder) {
        this.client = client;
        this.volumes = volumes;
        this.mapper = mapper;
        this.operations = operations;
        this.finder = finder;
    }

    /**
     * All snapshots (each mapped to its device through the volume list), or one device's: its volumes, then
     * {@code GET /vps/snapshot?deviceId=N}, keeping only snapshots of those volumes (so a filter the API ignored,
     * or a volume since detached, cannot attribute a snapshot to the wrong server).
     */
    @Override
    public List<Snapshot> list(String serverId) {
        return volumes.attributed(serverId, client::snapshots, VpsSnapshot::volumeId, mapper::snapshot);
    }

    @Override
    public Snapshot get(String snapshotId, String serverId) {
        String known = serverId == null ? null : String.valueOf(DeviceVolumes.deviceId(serverId));
        VpsSnapshot s = client.snapshot(snapshotId);
        return mapper.snapshot(s, known != null ? known : volumes.deviceOf(s.volumeId()));
    }

    /**
     * Snapshots the given {@code --volume}, else the ROOT volume of {@code --server}. Everything checkable is
     * checked before the first request: facility, name, ids, and the fields Hivelocity has no place for.
     */
    @Override
    public Operation create(SnapshotCreate request) {
        client.requireFacility();
        if (request.name() == null || request.name().isBlank()) {
            throw VpsnapException.usage("hivelocity snapshot create needs a --name");
        }
        if (request.description() != null && !request.description().isBlank()) {
            throw UnsupportedException.because(HivelocityFactory.ID, "hivelocity snapshots have no description");
        }
        if (!request.labels().isEmpty()) {
            throw UnsupportedException.because(HivelocityFactory.ID, "hivelocity snapshots have no labels");
        }
        String volumeId;
        if (request.volumeId() != null) {
            volumeId = HivelocityClient.pathId("volume id", request.volumeId());
        } else if (request.serverId() != null) {
            volumeId = volumes.rootOf(DeviceVolumes.deviceId(request.serverId()));
        } else {
            throw VpsnapException.usage("hivelocity snapshot create needs --server DEVICE_ID or --volume VOLUME_ID");
        }
        NetworkTask task = client.createSnapshot(volumeId, request.name());
        return operations.started(HivelocityRefs.create(task.taskId(), volumeId, request.name()), task);
    }

    /**
     * From {@value DeviceVolumes#FACILITY_LIST_FROM} servers on, their ROOT volumes come from one volume list of the
     * facility instead of one list per device before each POST (a create was two sequential requests).
     */
    @Override
    public void willCreateOn(List<String> servers) {
        volumes.prefetchRoots(servers);
    }

    /** Restores IN PLACE onto the snapshot's own volume; there is no restore-to-new-VM. */
    @Override
    public Operation restore(SnapshotRestore request) {
        client.requireFacility();
        if (request.newVmName() != null) {
            throw UnsupportedException.because(HivelocityFactory.ID,
                    "hivelocity restores a snapshot onto its own volume; --new-vm-name is for core only");
        }
        if (request.serverId() != null) {
            DeviceVolumes.deviceId(request.serverId());
        }
        NetworkTask task = client.restoreSnapshot(request.snapshotId());
        return operations.started(HivelocityRefs.restore(task.taskId(), request.snapshotId()), task);
    }

    @Override
    public Operation delete(String snapshotId, String serverId) {
        if (serverId != null) {
            DeviceVolumes.deviceId(serverId);
        }
        NetworkTask task = client.deleteSnapshot(snapshotId);
        return operations.started(HivelocityRefs.delete(task.taskId(), snapshotId), task);
    }

    @Override
    public Snapshot created(Operation createOperation) {
        return finder.find(createOperation);
    }
}
