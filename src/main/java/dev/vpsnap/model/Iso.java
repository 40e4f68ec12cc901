package dev.vpsnap.model;

/** An installable ISO image. */
public record Iso(String provider, String id, String name, String url, String description, Boolean bootable,
                  Boolean ready, String status, Long sizeBytes) {
}
