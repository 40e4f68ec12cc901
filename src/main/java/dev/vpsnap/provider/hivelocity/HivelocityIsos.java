package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Iso;
import dev.vpsnap.model.Operation;
import dev.vpsnap.provider.IsoApi;
import dev.vpsnap.provider.IsoCreate;
import java.util.List;

/**
 * Hivelocity VPS ISOs. Create is synchronous (200 with the ISO, which then downloads: {@code ready} says when it
 * can be attached); delete, attach and detach answer 201 with a task ({@link HivelocityOperations}). Create and
 * delete need the facility (create's body requires it; delete is scoped like the snapshot delete), attach/detach
 * take none. A VPS holds at most one ISO, so detach names only the device.
 */
final class HivelocityIsos implements IsoApi {
    private final HivelocityClient client;
    private final HivelocityMapper mapper;
    private final HivelocityOperations operations;

    HivelocityIsos(HivelocityClient client, HivelocityMapper mapper, HivelocityOperations operations) {
        this.client = client;
        this.mapper = mapper;
        this.operations = operations;
    }

    @Override
    public List<Iso> list() {
        return client.isos().stream().map(mapper::iso).toList();
    }

    @Override
    public Iso get(String isoId) {
        return mapper.iso(client.iso(isoId));
    }

    /** All of name, URL and description are required by the API; checked before sending. */
    @Override
    public Iso create(IsoCreate request) {
        client.requireFacility();
        required(request.name(), "--name");
        required(request.url(), "--url");
        required(request.description(), "--description");
        return mapper.iso(client.createIso(request.name().strip(), request.description(), request.url().strip(),
                request.bootable()));
    }

    @Override
    public Operation delete(String isoId) {
        return operations.deleting(OperationKinds.ISO_DELETE, isoId, () -> client.deleteIso(isoId));
    }

    @Override
    public Operation attach(String isoId, String serverId) {
        long deviceId = DeviceVolumes.deviceId(serverId);
        NetworkTask task = client.attachIso(deviceId, isoId);
        return operations.started(HivelocityRefs.of(OperationKinds.ISO_ATTACH, task.taskId(), isoId), task);
    }

    @Override
    public Operation detach(String serverId) {
        long deviceId = DeviceVolumes.deviceId(serverId);
        NetworkTask task = client.detachIso(deviceId);
        return operations.started(HivelocityRefs.of(OperationKinds.ISO_DETACH, task.taskId(), String.valueOf(deviceId)),
                task);
    }

    private static void required(String value, String flag) {
        if (value == null || value.isBlank()) {
            throw VpsnapException.usage("hivelocity iso create needs " + flag);
        }
    }
}
