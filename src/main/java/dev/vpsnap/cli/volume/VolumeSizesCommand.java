package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code volume sizes [VOLUME_ID]}: sizes a new volume can have, or those a volume can grow to, with monthly prices. */
@Command(name = "sizes", mixinStandardHelpOptions = true,
        description = "Sizes and monthly prices for a new volume, or a volume's upgrade options.")
public final class VolumeSizesCommand extends BaseCommand {
    @Parameters(paramLabel = "VOLUME_ID", arity = "0..1", description = "A volume: list the sizes it can grow to.")
    String volumeId;

    @Override
    protected int doCall() {
        what(volumeId == null ? "volume sizes" : "volume sizes " + volumeId);
        Provider p = provider();
        p.require(Capability.VOLUME_SIZES);
        out().list(p.volumes().sizes(volumeId), Columns.VOLUME_SIZE);
        return 0;
    }
}
