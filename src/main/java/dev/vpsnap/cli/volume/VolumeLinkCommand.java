package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.OperationCommand;
import dev.vpsnap.cli.WaitOptions;
import dev.vpsnap.model.Operation;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.VolumeApi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Attach and detach: {@code VOLUME_ID --server ID}, wait, then print the volume (the operation with --no-wait). */
abstract class VolumeLinkCommand extends OperationCommand {
    @Parameters(paramLabel = "VOLUME_ID", description = "The volume.")
    String volumeId;

    @Option(names = "--server", required = true, paramLabel = "ID", description = "The server.")
    String server;

    @Option(names = "--dry-run", description = "Send no change; print the request as a curl line.")
    boolean dryRun;

    @Mixin
    WaitOptions waitOptions;

    abstract Capability capability();

    abstract Operation send(VolumeApi volumes);

    @Override
    protected int doCall() {
        what(capability().command() + " " + volumeId + " --server " + server);
        Provider p = provider(capability(), dryRun);
        return sendAndPrint(p, () -> send(p.volumes()), waitOptions, done -> p.volumes().result(done), Columns.VOLUME);
    }
}
