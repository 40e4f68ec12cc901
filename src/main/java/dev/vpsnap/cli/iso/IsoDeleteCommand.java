package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.ConfirmOptions;
import dev.vpsnap.cli.OperationCommand;
import dev.vpsnap.cli.WaitOptions;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code iso delete ISO_ID}: destructive; asks on a TTY, needs --yes without; prints the operation. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an ISO image (destructive).")
public final class IsoDeleteCommand extends OperationCommand {
    @Parameters(paramLabel = "ISO_ID", description = "The ISO.")
    String isoId;

    @Mixin
    ConfirmOptions confirm;

    @Mixin
    WaitOptions waitOptions;

    @Override
    protected int doCall() {
        what("iso delete " + isoId);
        Provider p = provider(Capability.ISO_DELETE, confirm.dryRun);
        if (!confirm.dryRun) {
            confirmer().confirm(confirm.yes, "delete ISO image " + isoId, "Servers can no longer boot from it; this cannot be undone.");
        }
        return sendAndPrint(p, () -> p.isos().delete(isoId), waitOptions);
    }
}
