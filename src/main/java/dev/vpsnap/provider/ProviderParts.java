package dev.vpsnap.provider;

/**
 * A provider assembled from its parts: each adapter's factory wires its client, mapper and services and hands them
 * here, so no adapter repeats the holder code. A null part is a capability the provider lacks: asking for it fails
 * one way everywhere (exit 9).
 */
public record ProviderParts(ProviderDescriptor descriptor, ServerApi servers, SnapshotApi snapshots,
                            OperationApi operations, VolumeApi volumes, IsoApi isos, ScheduleApi schedules)
        implements Provider {

    public ProviderParts(ProviderDescriptor descriptor, ServerApi servers, SnapshotApi snapshots, OperationApi operations) {
        this(descriptor, servers, snapshots, operations, null, null, null);
    }

    @Override
    public VolumeApi volumes() {
        return present(volumes, "volumes");
    }

    @Override
    public IsoApi isos() {
        return present(isos, "ISOs");
    }

    @Override
    public ScheduleApi schedules() {
        return present(schedules, "native snapshot schedules (vpsnap runs local ones: see 'schedule run')");
    }

    private <T> T present(T part, String what) {
        if (part == null) {
            throw UnsupportedException.because(descriptor.id(), descriptor.id() + " has no " + what + " in its API");
        }
        return part;
    }
}
