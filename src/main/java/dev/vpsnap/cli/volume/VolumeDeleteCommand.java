package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.ConfirmOptions;
import dev.vpsnap.cli.OperationCommand;
import dev.vpsnap.cli.WaitOptions;
import dev.vpsnap.model.Volume;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code volume delete VOLUME_ID [--server ID]}: destructive; asks on a TTY, needs --yes without; prints the operation. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a volume and its data (destructive).")
public final class VolumeDeleteCommand extends OperationCommand {
    @Parameters(paramLabel = "VOLUME_ID", description = "The volume.")
    String volumeId;

    @Option(names = "--server", paramLabel = "ID", description = "The server it belongs to (Hivelocity).")
    String server;

    @Mixin
    ConfirmOptions confirm;

    @Mixin
    WaitOptions waitOptions;

    @Override
    protected int doCall() {
        what("volume delete " + volumeId);
        Provider p = provider(Capability.VOLUME_DELETE, confirm.dryRun);
        if (!confirm.dryRun) {
            confirmer().requireYesOrTty(confirm.yes, "delete volume " + volumeId);
            String detail = "";
            if (!confirm.yes) {
                Volume v = p.volumes().get(volumeId);
                detail = " (" + v.sizeGb() + " GiB" + (v.serverId() == null ? "" : ", server " + v.serverId()) + ")";
            }
            confirmer().confirm(confirm.yes, "delete volume " + volumeId + detail, "Its data is lost; this cannot be undone.");
        }
        return sendAndPrint(p, () -> p.volumes().delete(volumeId, server), waitOptions);
    }
}
