package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code iso get ISO_ID}. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one ISO image.")
public final class IsoGetCommand extends BaseCommand {
    @Parameters(paramLabel = "ISO_ID", description = "The ISO.")
    String isoId;

    @Override
    protected int doCall() {
        what("iso get " + isoId);
        Provider p = provider();
        p.require(Capability.ISO_GET);
        out().single(p.isos().get(isoId), Columns.ISO);
        return 0;
    }
}
