package dev.vpsnap.app;

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
 * {@link #require} checks the capability, then connects.
 */
final class LazyProvider implements Provider {
    private final ProviderDescriptor descriptor;
    private final Supplier<Provider> connect;
    private Provider adapter;

    LazyProvider(ProviderDescriptor descriptor, Supplier<Provider> connect) {
        this.descriptor = descriptor;
        this.connect = connect;
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
        return adapter().schedules();
    }
}
