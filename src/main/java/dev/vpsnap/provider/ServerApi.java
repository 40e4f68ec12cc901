package dev.vpsnap.provider;

import dev.vpsnap.model.ServerRef;
import java.util.List;

/** The account's servers / VMs / devices. */
public interface ServerApi {
    List<ServerRef> list();

    /**
     * Whether {@code serverId} names one of the account's servers: the unknown-server rule's one lookup
     * ({@link KnownServers}). By default one {@link #list()}; an adapter whose API can get one server overrides it.
     */
    default boolean exists(String serverId) {
        return list().stream().anyMatch(s -> serverId.equals(s.id()));
    }
}
