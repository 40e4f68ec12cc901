package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code iso delete ISO_ID}: destructive; asks on a TTY, needs --yes without; prints the operation. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an ISO image (destructive).")
public final class IsoDeleteCommand extends MutationCommand {
    @Parameters(paramLabel = "ISO_ID", description = "The ISO.")
    String isoId;

    @Override
    protected int doCall() {
        what("iso delete " + isoId);
        Mutation m = mutation();
        Provider p = m.provider(Capability.ISO_DELETE);
        m.confirm("delete ISO image " + isoId, "Servers can no longer boot from it; this cannot be undone.");
        return m.run(() -> p.isos().delete(isoId));
    }
}
