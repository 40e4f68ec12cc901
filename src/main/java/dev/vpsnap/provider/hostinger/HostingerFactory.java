package dev.vpsnap.provider.hostinger;

import static dev.vpsnap.provider.Capability.*;

import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.ProviderParts;
import dev.vpsnap.provider.ServerApi;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.ProviderContext;
import dev.vpsnap.provider.PollCadence;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ProviderFactory;
import dev.vpsnap.provider.RequestPace;
import dev.vpsnap.transport.Pacer;
import java.time.Duration;
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
            // Limit values undocumented, and repeated violations can get the IP blocked (spec prose): a cautious 60/min
            // (its other endpoints state 90/min), burst 3, halved on a 429 and never probed above where it started; at
            // most 3 tries on 429, each waiting out Retry-After.
            new RequestPace(new Pacer.Policy(1.0, 1.0, 3, true, null), 3, "limit undocumented and repeated 429s can block"
                    + " the IP: a cautious 60/min (other endpoints state 90/min), halved on a 429, at most 3 tries on 429"))
            // A round costs one action GET per operation asked, out of the cautious 60/min: until one finishes only
            // the oldest is asked, a quarter of its age later each time; then those expected done. 15 s apart at most.
            .withCadence(new PollCadence(Duration.ofSeconds(1), 0.25, Duration.ofSeconds(15), false,
                    "a round costs one request per operation, out of 60/min: only those due are asked"));

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
