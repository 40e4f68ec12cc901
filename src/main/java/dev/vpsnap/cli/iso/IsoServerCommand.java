package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.OperationCommand;
import dev.vpsnap.cli.WaitOptions;
import dev.vpsnap.model.Operation;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.IsoApi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Attach and detach: {@code --server ID}, wait for the provider's task, print the finished operation. */
abstract class IsoServerCommand extends OperationCommand {
    @Option(names = "--server", required = true, paramLabel = "ID", description = "The server.")
    String server;

    @Option(names = "--dry-run", description = "Send no change; print the request as a curl line.")
    boolean dryRun;

    @Mixin
    WaitOptions waitOptions;

    abstract Capability capability();

    abstract Operation send(IsoApi isos);

    @Override
    protected int doCall() {
        what(capability().command() + " --server " + server);
        dev.vpsnap.provider.Provider p = provider(capability(), dryRun);
        return sendAndPrint(p, () -> send(p.isos()), waitOptions);
    }
}
