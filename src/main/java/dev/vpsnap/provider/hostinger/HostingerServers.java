package dev.vpsnap.provider.hostinger;

import dev.vpsnap.model.ServerRef;
import dev.vpsnap.provider.ServerApi;
import java.util.List;

/** The account's VMs ({@code GET /api/vps/v1/virtual-machines}): their ids are what {@code --server} takes. */
final class HostingerServers implements ServerApi {
    private final HostingerClient client;
    private final HostingerMapper mapper;

    HostingerServers(HostingerClient client, HostingerMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public List<ServerRef> list() {
        return client.getVirtualMachines().stream().map(mapper::server).toList();
    }
}
