package dev.vpsnap.provider.core;

import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ServerApi;
import dev.vpsnap.provider.SnapshotApi;

/** One core (Hyperstack) account: a {@link CoreClient} over the profile's transport, and the SPI faces on top. */
final class CoreProvider implements Provider {
    private final ServerApi servers;
    private final SnapshotApi snapshots;
    private final OperationApi operations;

    CoreProvider(ProviderContext context) {
        CoreClient client = new CoreClient(context.transport());
        CoreMapper mapper = new CoreMapper(CoreFactory.DESCRIPTOR.id(), context.profile());
        CoreOperations ops = new CoreOperations(client, context.clock());
        this.servers = new CoreServers(client, mapper);
        this.snapshots = new CoreSnapshots(client, mapper, ops);
        this.operations = ops;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return CoreFactory.DESCRIPTOR;
    }

    @Override
    public ServerApi servers() {
        return servers;
    }

    @Override
    public SnapshotApi snapshots() {
        return snapshots;
    }

    @Override
    public OperationApi operations() {
        return operations;
    }
}
