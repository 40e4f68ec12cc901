package dev.vpsnap.provider;

/**
 * A provider assembled from its parts: each adapter's factory wires its client, mapper and services and hands them
 * here, so no adapter repeats the holder code.
 */
public record ProviderParts(ProviderDescriptor descriptor, ServerApi servers, SnapshotApi snapshots,
                            OperationApi operations) implements Provider {
}
