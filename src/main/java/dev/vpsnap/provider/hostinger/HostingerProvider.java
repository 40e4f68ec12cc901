package dev.vpsnap.provider.hostinger;

import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ServerApi;
import dev.vpsnap.provider.SnapshotApi;

/** One Hostinger account: the API client shared by the server, snapshot and action faces. */
final class HostingerProvider implements Provider {
    private final HostingerServers servers;
    private final HostingerSnapshots snapshots;
    private final HostingerOperations operations;

    HostingerProvider(ProviderContext context) {
        HostingerClient client = new HostingerClient(context.transport());
        HostingerMapper mapper = new HostingerMapper(context.profile());
        this.servers = new HostingerServers(client, mapper);
        this.snapshots = new HostingerSnapshots(client, mapper);
        this.operations = new HostingerOperations(client, mapper);
    }

    @Override
    public ProviderDescriptor descriptor() {
        return HostingerFactory.DESCRIPTOR;
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
