package dev.vpsnap.provider.hostinger;

import static dev.vpsnap.provider.Capability.*;

import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.ProviderParts;
import dev.vpsnap.provider.ServerApi;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ProviderFactory;
import dev.vpsnap.provider.RequestPace;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Hostinger VPS API v1: one snapshot per VM, create overwrites it; async work is an action. */
public final class HostingerFactory implements ProviderFactory {
    public static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor(
            "hostinger", "Hostinger", "https://developers.hostinger.com", "Authorization", true, "HOSTINGER_API_TOKEN",
            EnumSet.of(SERVER_LIST, SNAPSHOT_LIST, SNAPSHOT_GET, SNAPSHOT_CREATE, SNAPSHOT_RESTORE, SNAPSHOT_DELETE),
            Map.of(SNAPSHOT_CREATE, "one per VM; create overwrites it (--replace)"),
            "action GET .../actions/{id}", List.of(),
            new RequestPace(60, 3, "limit values undocumented and repeated 429s can block the IP; its other endpoints state 90/min, so 60/min"));

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Provider create(ProviderContext context) {
        HostingerClient client = new HostingerClient(context.transport());
        HostingerMapper mapper = new HostingerMapper(context.profile());
        ServerApi servers = new HostingerServers(client, mapper);
        SnapshotApi snapshots = new HostingerSnapshots(client, mapper, context.clock());
        OperationApi operations = new HostingerOperations(client, mapper);
        return new ProviderParts(DESCRIPTOR, servers, snapshots, operations);
    }
}
