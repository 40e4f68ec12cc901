package dev.vpsnap.cli.volume;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.cli.SortOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code volume list [--server ID] [--sort FIELD]}: in the provider's order unless sorted. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List volumes (all, or one server's).")
public final class VolumeListCommand extends BaseCommand {
    @Option(names = "--server", paramLabel = "ID", description = "Only this server's volumes.")
    String server;

    @Mixin
    SortOption sort;

    @Override
    protected int doCall() {
        var order = sort.order(Columns.VOLUME);
        Provider p = provider();
        p.require(Capability.VOLUME_LIST);
        out().list(order.apply(p.volumes().list(server)), Columns.VOLUME);
        return 0;
    }
}
