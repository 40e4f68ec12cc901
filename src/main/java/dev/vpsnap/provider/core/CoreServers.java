package dev.vpsnap.provider.core;

import dev.vpsnap.model.ServerRef;
import dev.vpsnap.provider.ServerApi;
import java.util.List;

/** {@code server list}: every page of {@code GET /core/virtual-machines}; location is the environment's region. */
final class CoreServers implements ServerApi {
    private final CoreClient client;
    private final CoreMapper mapper;

    CoreServers(CoreClient client, CoreMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public List<ServerRef> list() {
        return client.all(page -> client.listVms(page, CoreClient.PAGE_SIZE), vm -> vm.id() != null ? vm.id() : vm)
                .stream()
                .map(mapper::server)
                .toList();
    }
}
