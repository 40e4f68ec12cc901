package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.cli.SortOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code iso list [--sort FIELD]}: in the provider's order unless sorted. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the account's ISO images.")
public final class IsoListCommand extends BaseCommand {
    @Mixin
    SortOption sort;

    @Override
    protected int doCall() {
        var order = sort.order(Columns.ISO);
        Provider p = provider();
        p.require(Capability.ISO_LIST);
        out().list(order.apply(p.isos().list()), Columns.ISO);
        return 0;
    }
}
