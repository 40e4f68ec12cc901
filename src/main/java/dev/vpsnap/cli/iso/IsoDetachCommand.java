package dev.vpsnap.cli.iso;

import dev.vpsnap.model.Operation;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.IsoApi;
import picocli.CommandLine.Command;

/** {@code iso detach --server ID}: waits for the provider's task, then prints the finished operation. */
@Command(name = "detach", mixinStandardHelpOptions = true, description = "Detach the ISO image attached to a server.")
public final class IsoDetachCommand extends IsoServerCommand {
    @Override
    Capability capability() {
        return Capability.ISO_DETACH;
    }

    @Override
    Operation send(IsoApi isos) {
        return isos.detach(server);
    }
}
