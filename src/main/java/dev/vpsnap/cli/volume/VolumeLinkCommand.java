package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.model.Operation;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.VolumeApi;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Attach and detach: {@code VOLUME_ID --server ID}, wait, then print the volume (the operation with --no-wait). */
abstract class VolumeLinkCommand extends MutationCommand {
    @Parameters(paramLabel = "VOLUME_ID", description = "The volume.")
    String volumeId;

    @Option(names = "--server", required = true, paramLabel = "ID", description = "The server.")
    String server;

    abstract Capability capability();

    abstract Operation send(VolumeApi volumes);

    @Override
    protected int doCall() {
        what(capability().command() + " " + volumeId + " --server " + server);
        Mutation m = mutation();
        Provider p = m.provider(capability());
        return m.run(() -> send(p.volumes()), done -> p.volumes().result(done), Columns.VOLUME);
    }
}
