package dev.vpsnap.provider.vpsorg;

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
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** vps.org API v1: at most 5 snapshots per server, no get endpoint (polled by listing). */
public final class VpsOrgFactory implements ProviderFactory {
    public static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor(
            "vpsorg", "vps.org", "https://admin.vps.org/api/v1", "Authorization", true, "VPSORG_API_TOKEN",
            EnumSet.of(SERVER_LIST, SNAPSHOT_LIST, SNAPSHOT_GET, SNAPSHOT_CREATE, SNAPSHOT_RESTORE, SNAPSHOT_DELETE),
            Map.of(SNAPSHOT_CREATE, "max 5 per server; names [A-Za-z0-9_-]", SNAPSHOT_GET, "emulated by listing"),
            "list by server_id", List.of(),
            // No rate limit is documented, so a guessed pace would either waste the account's real limit or exceed it:
            // adapt instead (unpaced until the first 429, then AIMD honouring Retry-After; see Pacer).
            RequestPace.adaptive("no limit documented (providers.md): unpaced, bounded by --parallel, until a 429; then half"
                    + " of what was accepted, Retry-After honoured, probing back up additively"))
            // A round of a fan-out's wait is one list (the account's snapshots), whatever the number pending: fine
            // rounds cost little, so at most an eighth of the duration late. Creation takes 3-10 minutes (docs):
            // 15 s apart at most is <= 8 % of the shortest.
            .withCadence(new PollCadence(Duration.ofSeconds(1), 0.125, Duration.ofSeconds(15), true,
                    "a round is one list of the account's snapshots; creation takes 3-10 minutes (docs)"));

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Provider create(ProviderContext context) {
        VpsOrgClient client = new VpsOrgClient(context.transport());
        VpsOrgMapper mapper = new VpsOrgMapper(context.profile());
        ServerApi servers = new VpsOrgServers(client, mapper);
        SnapshotApi snapshots = new VpsOrgSnapshots(client, mapper, context.clock());
        OperationApi operations = new VpsOrgOperations(client, mapper, context.clock());
        return new ProviderParts(DESCRIPTOR, servers, snapshots, operations);
    }
}
