package dev.vpsnap.provider.core;

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

/**
 * The core API published by Hyperstack (Infrahub v1): restore makes a new VM; polled by snapshot status. Volumes (no
 * resize, no size list) are polled by volume status; there are no ISOs and no native schedules (null parts: exit 9).
 */
public final class CoreFactory implements ProviderFactory {
    /** Core's pace: with {@link #CORE_BURST}, at most 450 requests in any 60 s window, under the documented 500. */
    static final double CORE_PER_MINUTE = 440;
    static final int CORE_BURST = 10;

    public static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor(
            "core", "core (Hyperstack)", "https://infrahub-api.nexgencloud.com/v1", "api_key", false, "CORE_API_KEY",
            EnumSet.of(SERVER_LIST, SNAPSHOT_LIST, SNAPSHOT_GET, SNAPSHOT_CREATE, SNAPSHOT_RESTORE, SNAPSHOT_DELETE,
                    VOLUME_LIST, VOLUME_GET, VOLUME_CREATE, VOLUME_DELETE, VOLUME_ATTACH, VOLUME_DETACH),
            Map.of(SNAPSHOT_RESTORE, "makes a new VM (--new-vm-name)", VOLUME_RESIZE, "no resize API",
                    VOLUME_SIZES, "no size list: any whole GB is accepted",
                    VOLUME_CREATE, "needs --name, --environment and --type; created unattached"),
            "GET /core/snapshots/{id} status", List.of(),
            // Documented: 500 requests/min per source IP across all endpoints; the first excess blocks every call for the
            // rest of the minute, with no Retry-After documented. Paced at 440/min with a burst of 10, so at most
            // 10 + 440 = 450 in any 60 s window (a tenth spare for another client on the same IP); a 429 without
            // Retry-After pauses every worker 60 s instead of retrying into the block; the docs advise giving up after
            // 5 attempts.
            new RequestPace(new Pacer.Policy(CORE_PER_MINUTE / 60.0, CORE_PER_MINUTE / 60.0, CORE_BURST, true,
                    Duration.ofSeconds(60)), 5, "documented: 500/min per source IP, the first excess blocks a minute;"
                    + " paced at 440/min, burst 10 (<= 450 in any 60 s), a 429 without Retry-After pauses all 60 s"))
            // A round is one account-wide snapshot list (100 a page): batched. Its requests come out of the same
            // 440/min as the creates, which a round of one list barely touches; no duration documented.
            .withCadence(new PollCadence(Duration.ofSeconds(1), 0.125, Duration.ofSeconds(15), true,
                    "a round is one account-wide snapshot list; no duration documented"));

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Provider create(ProviderContext context) {
        CoreClient client = new CoreClient(context.transport());
        CoreMapper mapper = new CoreMapper(CoreFactory.DESCRIPTOR.id(), context.profile());
        CoreOperations ops = new CoreOperations(client, mapper, context.clock());
        ServerApi servers = new CoreServers(client, mapper);
        SnapshotApi snapshots = new CoreSnapshots(client, mapper, ops);
        OperationApi operations = ops;
        return new ProviderParts(DESCRIPTOR, servers, snapshots, operations, new CoreVolumes(client, mapper, ops),
                null, null);
    }
}
