package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.model.Volume;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code volume delete VOLUME_ID [--server ID]}: destructive; asks on a TTY, needs --yes without; prints the operation. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a volume and its data (destructive).")
public final class VolumeDeleteCommand extends MutationCommand {
    @Parameters(paramLabel = "VOLUME_ID", description = "The volume.")
    String volumeId;

    @Option(names = "--server", paramLabel = "ID", description = "The server it belongs to (Hivelocity).")
    String server;

    @Override
    protected int doCall() {
        what("volume delete " + volumeId);
        Mutation m = mutation();
        Provider p = m.provider(Capability.VOLUME_DELETE);
        m.confirm("delete volume " + volumeId, () -> {
            Volume v = p.volumes().get(volumeId);
            return " (" + v.sizeGb() + " GiB" + (v.serverId() == null ? "" : ", server " + v.serverId()) + ")";
        }, "Its data is lost; this cannot be undone.");
        return m.run(() -> p.volumes().delete(volumeId, server));
    }
}
