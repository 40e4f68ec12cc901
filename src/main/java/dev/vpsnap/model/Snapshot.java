package dev.vpsnap.model;

import java.time.Instant;
import java.util.List;

/** A snapshot in the normalised model. IDs are strings; unknown values are null. */
public record Snapshot(String provider, String profile, String id, String name, String serverId, String serverName,
                       String volumeId, SnapshotStatus status, String providerStatus, Long sizeBytes,
                       Instant createdAt, Instant expiresAt, String description, List<String> labels) {

    public Snapshot {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public Snapshot withProfile(String newProfile) {
        return new Snapshot(provider, newProfile, id, name, serverId, serverName, volumeId, status, providerStatus,
                sizeBytes, createdAt, expiresAt, description, labels);
    }

    public Snapshot withServerName(String newServerName) {
        return new Snapshot(provider, profile, id, name, serverId, newServerName, volumeId, status, providerStatus,
                sizeBytes, createdAt, expiresAt, description, labels);
    }
}
