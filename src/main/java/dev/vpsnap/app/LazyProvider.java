package dev.vpsnap.app;

import dev.vpsnap.ops.schedule.LocalSchedules;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.IsoApi;
import dev.vpsnap.provider.OperationApi;
import dev.vpsnap.provider.Provider;
import dev.vpsnap.provider.ProviderDescriptor;
import dev.vpsnap.provider.ScheduleApi;
import dev.vpsnap.provider.ServerApi;
import dev.vpsnap.provider.SnapshotApi;
import dev.vpsnap.provider.VolumeApi;
import java.util.function.Supplier;

/**
 * A provider whose descriptor (capabilities) is known at once and whose adapter — credentials, transport — is made
 * when the account is first used: so an unsupported command is exit 9 before a missing key is exit 3.
 * {@link #require} checks the capability, then connects. Schedules are the provider's own where it has them, else
 * the local ones, which need no connection until a server must be looked up.
 */
final class LazyProvider implements Provider {
    private final ProviderDescriptor descriptor;
    private final Supplier<Provider> connect;
    private final ScheduleApi local;
    private Provider adapter;

    LazyProvider(ProviderDescriptor descriptor, Supplier<Provider> connect, String profile, LocalSchedules.Home home,
                 boolean dryRun) {
        this.descriptor = descriptor;
        this.connect = connect;
        this.local = descriptor.capabilities().contains(Capability.SCHEDULE_NATIVE) || home == null ? null
                : new LocalSchedules(home, profile, descriptor.id(), () -> adapter().servers(), dryRun);
    }

    private synchronized Provider adapter() {
        if (adapter == null) {
            adapter = connect.get();
        }
        return adapter;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return descriptor;
    }

    /** Exit 9 when the provider lacks {@code c}; else the account is connected now (its key resolved: exit 3). */
    @Override
    public void require(Capability c) {
        Provider.super.require(c);
        adapter();
    }

    @Override
    public ServerApi servers() {
        return adapter().servers();
    }

    @Override
    public SnapshotApi snapshots() {
        return adapter().snapshots();
    }

    @Override
    public OperationApi operations() {
        return adapter().operations();
    }

    @Override
    public VolumeApi volumes() {
        return adapter().volumes();
    }

    @Override
    public IsoApi isos() {
        return adapter().isos();
    }

    @Override
    public ScheduleApi schedules() {
        return local != null ? local : adapter().schedules();
    }
}
