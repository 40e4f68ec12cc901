package dev.vpsnap.cli.iso;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import picocli.CommandLine.Command;

/** {@code iso list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the account's ISO images.")
public final class IsoListCommand extends BaseCommand {
    @Override
    protected int doCall() {
        Provider p = provider();
        p.require(Capability.ISO_LIST);
        out().list(p.isos().list(), Columns.ISO);
        return 0;
    }
}
