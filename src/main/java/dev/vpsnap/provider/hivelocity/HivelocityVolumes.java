package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Volume;
import dev.vpsnap.model.VolumeSize;
import dev.vpsnap.provider.UnsupportedException;
import dev.vpsnap.provider.VolumeApi;
import dev.vpsnap.provider.VolumeCreate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hivelocity VPS volumes. Quirks, each handled here:
 * <ul>
 *   <li>GiB in, BYTES out: create/resize and the size lists speak GiB, {@code VPSVolume.size} is bytes (the model's
 *       {@code sizeGb} is converted by {@link HivelocityMapper}).</li>
 *   <li>Resize is grow only (the seed's prose; the spec only says it is billed): the volume is read first and a size
 *       not larger than the current one is refused (exit 2) before the PUT.</li>
 *   <li>Every mutation answers 201 with a task that names no volume; a create's new volume is found on its device as
 *       the one of the requested size that was not listed before the create (see {@link HivelocityRefs}).</li>
 *   <li>The volume endpoints take no {@code facilityCode}/{@code clientId}, except the list's query.</li>
 *   <li>Volumes have no name, type choice or environment: those create fields are refused (exit 9).</li>
 * </ul>
 */
final class HivelocityVolumes implements VolumeApi {
    private static final Comparator<VpsVolume> NEWEST_LAST = Comparator
            .comparing((VpsVolume v) -> WireTime.parse(v.createdAt()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(VpsVolume::volumeId, Comparator.comparing(String::length)
                    .thenComparing(Comparator.naturalOrder()));

    private final HivelocityClient client;
    private final DeviceVolumes volumes;
    private final HivelocityMapper mapper;
    private final HivelocityOperations operations;

    HivelocityVolumes(HivelocityClient client, DeviceVolumes volumes, HivelocityMapper mapper,
                      HivelocityOperations operations) {
        this.client = client;
        this.volumes = volumes;
        this.mapper = mapper;
        this.operations = operations;
    }

    @Override
    public List<Volume> list(String serverId) {
        List<VpsVolume> wire = serverId == null ? client.volumes(null) : volumes.of(DeviceVolumes.deviceId(serverId));
        return wire.stream().map(mapper::volume).toList();
    }

    @Override
    public Volume get(String volumeId) {
        return mapper.volume(client.volume(volumeId));
    }

    @Override
    public List<VolumeSize> sizes(String volumeId) {
        return mapper.sizes(volumeId == null ? client.newVolumeSizes() : client.upgradeSizes(volumeId));
    }

    /** Lists the device's volumes first: the create task names no volume, the new one is the one not listed now. */
    @Override
    public Operation create(VolumeCreate request) {
        if (given(request.name()) || given(request.type()) || given(request.environment())) {
            throw UnsupportedException.because(HivelocityFactory.ID,
                    "hivelocity volumes have no name, type or environment (--name, --type and --environment are for core)");
        }
        if (request.serverId() == null) {
            throw VpsnapException.usage("hivelocity volume create needs --server DEVICE_ID (the VPS it is attached to)");
        }
        long deviceId = DeviceVolumes.deviceId(request.serverId());
        positive(request.sizeGb());
        List<String> before = volumes.of(deviceId).stream().map(VpsVolume::volumeId).sorted().toList();
        NetworkTask task = client.createVolume(deviceId, request.sizeGb());
        return operations.started(HivelocityRefs.volumeCreate(task.taskId(), deviceId, request.sizeGb(), before), task);
    }

    /**
     * Grow only: the volume is read first, and nothing is sent when the size is not larger than the current one
     * (compared in bytes, so a fractional current size is handled; a volume without a size is left to the API).
     * The volume's device is sent along (optional in the spec, required by the seed).
     */
    @Override
    public Operation resize(String volumeId, long sizeGb) {
        positive(sizeGb);
        VpsVolume current = client.volume(volumeId);
        if (current.size() != null && sizeGb <= current.size() / HivelocityMapper.BYTES_PER_GIB) {
            throw VpsnapException.usage("hivelocity volumes only grow: volume " + volumeId + " is already "
                    + gib(current.size()) + " GiB; pass a --size larger than that");
        }
        NetworkTask task = client.resizeVolume(volumeId, sizeGb, current.deviceId());
        return operations.started(HivelocityRefs.of(OperationKinds.VOLUME_RESIZE, task.taskId(), volumeId), task);
    }

    /**
     * Seed 001 calls the body's {@code deviceId} required (the spec: optional): it is sent whenever known — given with
     * {@code --server}, else read from the volume itself (absent only for a detached volume, then {@code {}}).
     */
    @Override
    public Operation delete(String volumeId, String serverId) {
        Long deviceId = serverId != null ? Long.valueOf(DeviceVolumes.deviceId(serverId))
                : client.volume(HivelocityClient.pathId("volume id", volumeId)).deviceId();
        return operations.deleting(OperationKinds.VOLUME_DELETE, volumeId, () -> client.deleteVolume(volumeId, deviceId));
    }

    @Override
    public Operation attach(String volumeId, String serverId) {
        return action(OperationKinds.VOLUME_ATTACH, "attach", volumeId, serverId);
    }

    @Override
    public Operation detach(String volumeId, String serverId) {
        return action(OperationKinds.VOLUME_DETACH, "detach", volumeId, serverId);
    }

    /**
     * The volume the operation concerns, read once it succeeded: the new volume for a create (found on its device),
     * else the volume named in the operation id.
     */
    @Override
    public Volume result(Operation operation) {
        OperationRef id = HivelocityRefs.SCHEMA.of(operation);
        if (id.kind() == null || !id.kind().startsWith("volume.") || OperationKinds.VOLUME_DELETE.equals(id.kind())) {
            throw VpsnapException.usage("operation " + operation.id() + " is not a volume create, resize, attach or "
                    + "detach (use the operation id vpsnap printed)");
        }
        if (operation.status() == OperationStatus.FAILED) {
            throw HivelocityErrors.of(ExitCode.OPERATION_FAILED, id.kind() + " " + operation.id()
                    + " failed at hivelocity", null);
        }
        return OperationKinds.VOLUME_CREATE.equals(id.kind()) ? mapper.volume(created(id)) : get(HivelocityRefs.volumeId(id));
    }

    /**
     * The volume on the device that was not there before: of the requested size by preference (another create may
     * have run meanwhile), then the newest.
     */
    private VpsVolume created(OperationRef id) {
        Set<String> before = Set.copyOf(HivelocityRefs.before(id));
        Long bytes = HivelocityRefs.sizeGb(id) * HivelocityMapper.BYTES_PER_GIB;
        return volumes.of(HivelocityRefs.deviceId(id)).stream()
                .filter(v -> !before.contains(v.volumeId()))
                .max(Comparator.comparing((VpsVolume v) -> bytes.equals(v.size())).thenComparing(NEWEST_LAST))
                .orElseThrow(() -> HivelocityErrors.of(ExitCode.NOT_FOUND, "hivelocity task " + HivelocityRefs.taskId(id)
                        + " succeeded but no new volume is listed on device " + HivelocityRefs.deviceId(id),
                        "look again later with 'vpsnap volume list --server " + HivelocityRefs.deviceId(id) + "'"));
    }

    private Operation action(String kind, String action, String volumeId, String serverId) {
        if (serverId == null) {
            throw VpsnapException.usage("hivelocity volume " + action + " needs --server DEVICE_ID");
        }
        long deviceId = DeviceVolumes.deviceId(serverId);
        NetworkTask task = client.volumeAction(deviceId, volumeId, action);
        return operations.started(HivelocityRefs.of(kind, task.taskId(), volumeId), task);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static void positive(long sizeGb) {
        if (sizeGb <= 0) {
            throw VpsnapException.usage("--size must be a positive number of GiB, got " + sizeGb);
        }
    }

    private static String gib(long bytes) {
        return bytes % HivelocityMapper.BYTES_PER_GIB == 0 ? String.valueOf(bytes / HivelocityMapper.BYTES_PER_GIB)
                : String.format(Locale.ROOT, "%.2f", bytes / (double) HivelocityMapper.BYTES_PER_GIB);
    }
}
