package dev.vpsnap.model;

import java.util.Locale;

/** Normalised snapshot status; the provider's raw value is kept beside it as {@code providerStatus}. */
public enum SnapshotStatus {
    PENDING, AVAILABLE, RESTORING, DELETING, FAILED, UNKNOWN;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SnapshotStatus parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
