package dev.vpsnap.cli.server;

import dev.vpsnap.cli.BaseCommand;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.output.Columns;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.Provider;
import java.util.Comparator;
import java.util.List;
import dev.vpsnap.cli.SortOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code server list [--sort FIELD]}: id, name, status of every server of the account, by name unless sorted. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the account's servers (ids for --server).")
public final class ServerListCommand extends BaseCommand {
    @Mixin
    SortOption sort;

    @Override
    protected int doCall() {
        var order = sort.order(Columns.SERVER);
        Provider p = provider();
        p.require(Capability.SERVER_LIST);
        List<ServerRef> servers = p.servers().list().stream()
                .sorted(Comparator.comparing(ServerRef::name, Comparator.nullsLast(String::compareTo))).toList();
        out().list(order.apply(servers), Columns.SERVER);
        return 0;
    }
}
