package dev.vpsnap.model;

/** A server / VM / device as listed by {@code server list}: where {@code --server} ids come from. */
public record ServerRef(String provider, String profile, String id, String name, String status, String providerStatus,
                        String location) {
}
