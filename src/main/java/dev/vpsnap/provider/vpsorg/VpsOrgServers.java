package dev.vpsnap.provider.vpsorg;

import dev.vpsnap.model.ServerRef;
import dev.vpsnap.provider.ServerApi;
import java.util.List;

/** {@code GET /servers/} (every page) mapped to {@link ServerRef}s; the status table is in {@link VpsOrgStatus}. */
final class VpsOrgServers implements ServerApi {
    private final VpsOrgClient client;
    private final VpsOrgMapper mapper;

    VpsOrgServers(VpsOrgClient client, VpsOrgMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public List<ServerRef> list() {
        return client.listServers().stream().map(mapper::server).toList();
    }
}
