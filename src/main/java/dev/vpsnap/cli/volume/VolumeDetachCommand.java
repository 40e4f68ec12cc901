package dev.vpsnap.cli.volume;

import dev.vpsnap.model.Operation;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.VolumeApi;
import picocli.CommandLine.Command;

/** {@code volume detach VOLUME_ID --server ID}: waits, then prints the volume. */
@Command(name = "detach", mixinStandardHelpOptions = true, description = "Detach a volume from a server.")
public final class VolumeDetachCommand extends VolumeLinkCommand {
    @Override
    Capability capability() {
        return Capability.VOLUME_DETACH;
    }

    @Override
    Operation send(VolumeApi volumes) {
        return volumes.detach(volumeId, server);
    }
}
