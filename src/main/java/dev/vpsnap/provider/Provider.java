package dev.vpsnap.provider;

import java.util.Set;

/** One provider account, as configured by a profile. */
public interface Provider {

    ProviderDescriptor descriptor();

    ServerApi servers();

    SnapshotApi snapshots();

    OperationApi operations();

    default String id() {
        return descriptor().id();
    }

    default Set<Capability> capabilities() {
        return descriptor().capabilities();
    }

    default boolean supports(Capability c) {
        return capabilities().contains(c);
    }

    /** Fails one way everywhere: exit 9 naming the provider and what it lacks. */
    default void require(Capability c) {
        if (!supports(c)) {
            throw UnsupportedException.of(id(), c);
        }
    }
}
