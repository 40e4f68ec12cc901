package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ServerApi;
import dev.vpsnap.provider.SnapshotApi;

/** One Hivelocity account (profile): the client and the SPI faces built over it, once. */
final class HivelocityProvider implements Provider {
    private final HivelocityServers servers;
    private final HivelocitySnapshots snapshots;
    private final HivelocityOperations operations;

    HivelocityProvider(ProviderContext context) {
        HivelocityClient client = new HivelocityClient(context.transport(), context.facilityCode(), context.clientId());
        HivelocityMapper mapper = new HivelocityMapper(HivelocityFactory.ID, context.profile(), context.clock());
        DeviceVolumes volumes = new DeviceVolumes(client);
        this.servers = new HivelocityServers(client, mapper);
        this.operations = new HivelocityOperations(client, mapper);
        this.snapshots = new HivelocitySnapshots(client, volumes, mapper, operations,
                new CreatedSnapshotFinder(client, volumes, mapper, context.sleeper()));
    }

    @Override
    public ProviderDescriptor descriptor() {
        return HivelocityFactory.DESCRIPTOR;
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
