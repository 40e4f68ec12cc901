package dev.vpsnap.provider.core;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.provider.ServerApi;
import java.util.List;

/**
 * {@code server list}: every page of {@code GET /core/virtual-machines}; location is the environment's region. Whether
 * one VM exists: {@code GET /core/virtual-machines/{id}} (404: no).
 */
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

    /** One {@code Get_VM} instead of every page of the list: the unknown-server rule's one lookup. */
    @Override
    public boolean exists(String serverId) {
        try {
            client.getVm(serverId);
            return true;
        } catch (VpsnapException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
