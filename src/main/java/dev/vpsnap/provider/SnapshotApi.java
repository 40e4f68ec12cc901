package dev.vpsnap.provider;

import dev.vpsnap.model.Operation;
import dev.vpsnap.model.Snapshot;
import java.util.List;

/**
 * Snapshots of one provider account. Mutations return the provider's asynchronous {@link Operation}; callers wait
 * on it through {@link OperationApi}. Implementations validate what they can before sending (exit 2, nothing sent)
 * and never print.
 */
public interface SnapshotApi {

    /** All snapshots, or those of one server when {@code serverId} is not null. */
    List<Snapshot> list(String serverId);

    /** One snapshot; {@code serverId} may be needed where the provider has no get-by-id (null otherwise). */
    Snapshot get(String snapshotId, String serverId);

    Operation create(SnapshotCreate request);

    /**
     * {@link #create}, given the server's snapshots as the caller listed them just before (an {@code --idempotent}
     * lookup): an adapter that lists them before every create, for a documented per-server limit, checks these instead
     * of listing again. The default ignores them.
     */
    default Operation create(SnapshotCreate request, List<Snapshot> serverSnapshots) {
        return create(request);
    }

    /**
     * True where {@link #create(SnapshotCreate, List)} counts the server's snapshots against a per-server limit
     * (vps.org's 5): a create over many servers may then list the account's snapshots once and hand each create its
     * server's, instead of one list per server.
     */
    default boolean createCountsServerSnapshots() {
        return false;
    }

    /**
     * A create over many servers is about to start: where each create would look up something per server that one
     * request answers for all (Hivelocity: each device's ROOT volume, from one volume list of the facility), look it
     * up once now; each create then uses (and forgets) its server's answer. The default does nothing.
     */
    default void willCreateOn(List<String> servers) {
    }

    Operation restore(SnapshotRestore request);

    Operation delete(String snapshotId, String serverId);

    /**
     * True where a server holds one snapshot and {@code create} overwrites it (the CLI then asks, or demands
     * {@code --replace}, and says what will be lost).
     */
    default boolean createOverwrites() {
        return false;
    }

    /**
     * Null where snapshots carry the name {@code create} is given; otherwise why they do not (the CLI then refuses
     * {@code --name} and {@code --idempotent} with exit 9 rather than ignore them).
     */
    default String unnamedReason() {
        return null;
    }

    /** The snapshot a succeeded create operation made: never only a task or action id. */
    Snapshot created(Operation createOperation);
}
