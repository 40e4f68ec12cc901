package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code volume get VOLUME_ID}. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one volume.")
public final class VolumeGetCommand extends BaseCommand {
    @Parameters(paramLabel = "VOLUME_ID", description = "The volume.")
    String volumeId;

    @Override
    protected int doCall() {
        what("volume get " + volumeId);
        Provider p = provider();
        p.require(Capability.VOLUME_GET);
        out().single(p.volumes().get(volumeId), Columns.VOLUME);
        return 0;
    }
}
