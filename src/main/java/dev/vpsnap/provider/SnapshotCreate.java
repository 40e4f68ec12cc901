package dev.vpsnap.provider;

import java.util.List;

/**
 * Portable create request. {@code volumeId} is optional (providers that snapshot volumes resolve the server's root
 * volume when it is null); {@code replace} acknowledges that a single-slot provider overwrites the existing snapshot.
 */
public record SnapshotCreate(String serverId, String volumeId, String name, String description, List<String> labels,
                             boolean replace) {
    public SnapshotCreate {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
