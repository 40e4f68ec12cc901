package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.Mutation;
import dev.vpsnap.cli.MutationCommand;
import dev.vpsnap.model.Operation;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.IsoApi;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Option;

/** Attach and detach: {@code --server ID}, wait for the provider's task, print the finished operation. */
abstract class IsoServerCommand extends MutationCommand {
    @Option(names = "--server", required = true, paramLabel = "ID", description = "The server.")
    String server;

    abstract Capability capability();

    abstract Operation send(IsoApi isos);

    @Override
    protected int doCall() {
        what(capability().command() + " --server " + server);
        Mutation m = mutation();
        Provider p = m.provider(capability());
        return m.run(() -> send(p.isos()));
    }
}
