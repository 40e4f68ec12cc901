package dev.vpsnap.provider.core;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.Operation;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationStatus;
import dev.vpsnap.model.Volume;
import dev.vpsnap.model.VolumeSize;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.UnsupportedException;
import dev.vpsnap.provider.VolumeApi;
import dev.vpsnap.provider.VolumeCreate;
import java.util.List;

/**
 * core volumes through the SPI. Quirks, each handled where noted:
 * <ul>
 *   <li>The list is account-wide: {@link #list} fetches every page and keeps a VM's volumes by their attachments'
 *       {@code instance_id}.</li>
 *   <li>Create needs {@code name} (at most 50 characters), {@code environment_name} and {@code volume_type}: checked
 *       before sending (exit 2 naming {@code --name}, {@code --environment}, {@code --type}). Sizes are whole GB as
 *       they are; there is no size list, any whole GB is accepted ({@link #sizes} is exit 9). A volume is created
 *       UNATTACHED in an environment: a {@code --server} is checked but not sent (attach it afterwards).</li>
 *   <li>The volume starts {@code creating}; create, delete, attach and detach are operations polled through the
 *       volume ({@link CoreOperations}, {@link CoreRefs}).</li>
 *   <li>There is no resize API (only a PATCH that moves a volume between environments): exit 9.</li>
 * </ul>
 */
final class CoreVolumes implements VolumeApi {
    /** {@code Create_Volume_Payload.name} maxLength. */
    static final int MAX_NAME = 50;

    private final CoreClient client;
    private final CoreMapper mapper;
    private final CoreOperations operations;

    CoreVolumes(CoreClient client, CoreMapper mapper, CoreOperations operations) {
        this.client = client;
        this.mapper = mapper;
        this.operations = operations;
    }

    @Override
    public List<Volume> list(String serverId) {
        String vmId = serverId == null ? null : CoreIds.require("VM id", serverId);
        return client.all(page -> client.listVolumes(page, CoreClient.PAGE_SIZE), v -> v.id() != null ? v.id() : v)
                .stream()
                .filter(v -> vmId == null || v.attachedTo(vmId))
                .map(mapper::volume)
                .toList();
    }

    @Override
    public Volume get(String volumeId) {
        return mapper.volume(client.getVolume(CoreIds.require("volume id", volumeId)).value());
    }

    /** core has no size list: any whole GB is accepted (exit 9, with the descriptor's note). */
    @Override
    public List<VolumeSize> sizes(String volumeId) {
        throw unsupported(Capability.VOLUME_SIZES);
    }

    @Override
    public Operation create(VolumeCreate request) {
        String name = required(request.name(), "--name NAME");
        if (name.length() > MAX_NAME) {
            throw VpsnapException.usage("--name is longer than core's " + MAX_NAME + " characters");
        }
        String environment = required(request.environment(), "--environment NAME (the environment it is created in)");
        String type = required(request.type(), "--type TYPE (one of the account's volume types)");
        if (request.sizeGb() <= 0) {
            throw VpsnapException.usage("--size must be a positive number of GB, got " + request.sizeGb());
        }
        if (request.serverId() != null) {
            CoreIds.require("VM id", request.serverId());
        }
        CoreEnvelope<CoreVolume> answer = client.createVolume(
                new CoreCreateVolumePayload(name, environment, type, request.sizeGb(), null));
        if (answer.value().id() == null) {
            throw new VpsnapException(ExitCode.UNAVAILABLE, "the provider accepted the volume but sent no id",
                    client.provider(), null, "check 'vpsnap volume list' before retrying", null);
        }
        return operations.volumeCreating(answer.value(), answer.message());
    }

    @Override
    public Operation resize(String volumeId, long sizeGb) {
        throw unsupported(Capability.VOLUME_RESIZE);
    }

    /** {@code serverId} is not needed (a core volume id is account-wide); checked when given, not sent. */
    @Override
    public Operation delete(String volumeId, String serverId) {
        String id = CoreIds.require("volume id", volumeId);
        if (serverId != null) {
            CoreIds.require("VM id", serverId);
        }
        String message = client.deleteVolume(id).message();
        return operations.volumeChanging(CoreRefs.volume(CoreRefs.VOLUME_DELETE, id), message);
    }

    @Override
    public Operation attach(String volumeId, String serverId) {
        return change(CoreRefs.VOLUME_ATTACH, "attach", volumeId, serverId);
    }

    @Override
    public Operation detach(String volumeId, String serverId) {
        return change(CoreRefs.VOLUME_DETACH, "detach", volumeId, serverId);
    }

    @Override
    public Volume result(Operation operation) {
        OperationRef id = CoreRefs.SCHEMA.of(operation);
        if (!id.kind().startsWith("volume.") || CoreRefs.VOLUME_DELETE.equals(id.kind())) {
            throw VpsnapException.usage("operation " + operation.id() + " is not a volume create, attach or detach");
        }
        if (operation.status() == OperationStatus.FAILED) {
            throw new VpsnapException(ExitCode.OPERATION_FAILED, id.kind() + " " + operation.id() + " failed at core"
                    + (operation.message() == null ? "" : ": " + operation.message()), client.provider(), null, null,
                    null);
        }
        return get(CoreRefs.resourceId(id));
    }

    private Operation change(String kind, String action, String volumeId, String serverId) {
        String id = CoreIds.require("volume id", volumeId);
        String vmId = CoreIds.require("VM id", serverId);
        String message = client.volumeAction(vmId, action, new CoreVolumeIds(List.of(Long.valueOf(id)))).message();
        return operations.volumeChanging(CoreRefs.attachment(kind, id, vmId), message);
    }

    private UnsupportedException unsupported(Capability c) {
        return UnsupportedException.of(client.provider(), c, CoreFactory.DESCRIPTOR.notes().get(c));
    }

    private static String required(String value, String flag) {
        if (value == null || value.isBlank()) {
            throw VpsnapException.usage("core volume create needs " + flag);
        }
        return value.strip();
    }
}
