package dev.vpsnap.provider;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Volume;
import dev.vpsnap.model.VolumeSize;
import java.util.List;

/** Block volumes. Mutations return the provider's operation; {@link #result} fetches the volume it concerns. */
public interface VolumeApi {
    List<Volume> list(String serverId);

    Volume get(String volumeId);

    /** Sizes for a new volume ({@code volumeId} null) or the sizes an existing volume can grow to. */
    List<VolumeSize> sizes(String volumeId);

    Operation create(VolumeCreate request);

    /** Grow only: implementations refuse a size not larger than the current one (exit 2) before sending. */
    Operation resize(String volumeId, long sizeGb);

    Operation delete(String volumeId, String serverId);

    Operation attach(String volumeId, String serverId);

    Operation detach(String volumeId, String serverId);

    /** The volume a succeeded create/resize/attach/detach operation concerns. */
    Volume result(Operation operation);
}
