package dev.vpsnap.provider;

/** Portable ISO create (the provider downloads it from {@code url}). */
public record IsoCreate(String name, String url, String description, boolean bootable) {
}
