package dev.vpsnap.provider;

/**
 * Portable volume create. Sizes are whole GiB. {@code name}, {@code type} and {@code environment} are used where the
 * provider has them (core) and refused where it does not.
 */
public record VolumeCreate(String serverId, long sizeGb, String name, String type, String environment) {
}
