package dev.vpsnap.provider;

import java.util.Set;

/** One provider account, as configured by a profile. */
public interface Provider {

    ProviderDescriptor descriptor();

    ServerApi servers();

    SnapshotApi snapshots();

    OperationApi operations();

    /** Volumes; {@link UnsupportedException} (exit 9) where the provider has none. */
    VolumeApi volumes();

    /** ISOs; {@link UnsupportedException} (exit 9) where the provider has none. */
    IsoApi isos();

    /**
     * Schedules: an adapter's native ones, {@link UnsupportedException} (exit 9) where it has none. A provider
     * connected by the composition root ({@code app.Connector}) answers with vpsnap's local schedules there, so the
     * schedule commands see one API either way.
     */
    ScheduleApi schedules();

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
            throw UnsupportedException.of(id(), c, descriptor().notes().get(c));
        }
    }
}
