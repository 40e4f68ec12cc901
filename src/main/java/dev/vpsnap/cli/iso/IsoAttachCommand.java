package dev.vpsnap.cli.iso;

import dev.vpsnap.model.Operation;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.IsoApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code iso attach ISO_ID --server ID}: waits for the provider's task, then prints the finished operation. */
@Command(name = "attach", mixinStandardHelpOptions = true, description = "Attach an ISO image to a server (virtual CD).")
public final class IsoAttachCommand extends IsoServerCommand {
    @Parameters(paramLabel = "ISO_ID", description = "The ISO.")
    String isoId;

    @Override
    Capability capability() {
        return Capability.ISO_ATTACH;
    }

    @Override
    Operation send(IsoApi isos) {
        return isos.attach(isoId, server);
    }
}
