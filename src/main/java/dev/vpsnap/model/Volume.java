package dev.vpsnap.model;

import java.time.Instant;

/** A block volume. Sizes are whole GiB in the model whatever unit the provider uses on the wire. */
public record Volume(String provider, String id, String name, String serverId, Long sizeGb, String type,
                     String status, Instant createdAt) {
}
