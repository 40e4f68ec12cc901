package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.VolumeCreate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code volume create --server ID --size GB}: billable; asks on a TTY (with the monthly price), needs --yes without. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a volume for a server (billable).")
public final class VolumeCreateCommand extends MutationCommand {
    @Option(names = "--server", required = true, paramLabel = "ID", description = "The server the volume is for.")
    String server;

    @Option(names = "--size", required = true, paramLabel = "GB", description = "Size in whole GiB.")
    String size;

    @Option(names = "--name", paramLabel = "N", description = "Volume name (core).")
    String name;

    @Option(names = "--type", paramLabel = "T", description = "Volume type (core; see the provider's volume types).")
    String type;

    @Option(names = "--environment", paramLabel = "E", description = "Environment name (core).")
    String environment;

    @Override
    protected int doCall() {
        long gb = VolumeArgs.sizeGb(size);
        what("volume create --server " + server);
        Mutation m = mutation();
        Provider p = m.provider(Capability.VOLUME_CREATE);
        m.confirm("create a " + gb + " GiB volume for server " + server, () -> VolumeArgs.price(p, null, gb),
                "The provider bills it until it is deleted.");
        return m.run(() -> p.volumes().create(new VolumeCreate(server, gb, name, type, environment)),
                done -> p.volumes().result(done), Columns.VOLUME);
    }
}
