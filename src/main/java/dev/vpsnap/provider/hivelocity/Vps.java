package dev.vpsnap.provider.hivelocity;

/**
 * Wire shape of the spec's {@code VPS} model ({@code GET /vps/}), trimmed to what vpsnap reads.
 *
 * <p>The spec's VPS model has no name field at all (only {@code deviceId}, {@code status}, {@code facilityCode},
 * vcpu, memory, ...). {@code hostname} (what Hivelocity's device models call it) and {@code name} are read when the
 * API happens to send them, and are otherwise null.
 */
record Vps(Long deviceId, String status, String facilityCode, String hostname, String name) {
}
