package dev.vpsnap.cli.volume;

import dev.vpsnap.model.Operation;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.VolumeApi;
import picocli.CommandLine.Command;

/** {@code volume attach VOLUME_ID --server ID}: waits, then prints the volume. */
@Command(name = "attach", mixinStandardHelpOptions = true, description = "Attach a volume to a server.")
public final class VolumeAttachCommand extends VolumeLinkCommand {
    @Override
    Capability capability() {
        return Capability.VOLUME_ATTACH;
    }

    @Override
    Operation send(VolumeApi volumes) {
        return volumes.attach(volumeId, server);
    }
}
