package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.ServerRef;
import dev.vpsnap.provider.ServerApi;
import java.util.List;

/** {@code GET /vps/} (bare array): the VPS devices whose {@code deviceId} is what {@code --server} takes. */
final class HivelocityServers implements ServerApi {
    private final HivelocityClient client;
    private final HivelocityMapper mapper;

    HivelocityServers(HivelocityClient client, HivelocityMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public List<ServerRef> list() {
        return client.vps().stream().map(mapper::server).toList();
    }
}
