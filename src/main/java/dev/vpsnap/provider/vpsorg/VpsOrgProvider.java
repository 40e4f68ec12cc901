package dev.vpsnap.provider.vpsorg;

import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ServerApi;
import dev.vpsnap.provider.SnapshotApi;

/** One vps.org account: servers, snapshots and listing-based operations over one {@link VpsOrgClient}. */
final class VpsOrgProvider implements Provider {
    private final ServerApi servers;
    private final SnapshotApi snapshots;
    private final OperationApi operations;

    VpsOrgProvider(ProviderContext context) {
        VpsOrgClient client = new VpsOrgClient(context.transport());
        VpsOrgMapper mapper = new VpsOrgMapper(context.profile());
        this.servers = new VpsOrgServers(client, mapper);
        this.snapshots = new VpsOrgSnapshots(client, mapper, context.clock());
        this.operations = new VpsOrgOperations(client, context.clock());
    }

    @Override
    public ProviderDescriptor descriptor() {
        return VpsOrgFactory.DESCRIPTOR;
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
