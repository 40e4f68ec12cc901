package dev.vpsnap.model;

/** The {@code kind} values of an {@link Operation}, part of the JSON contract: named once, used by every adapter. */
public final class OperationKinds {
    public static final String SNAPSHOT_CREATE = "snapshot.create";
    public static final String SNAPSHOT_RESTORE = "snapshot.restore";
    public static final String SNAPSHOT_DELETE = "snapshot.delete";
    public static final String VOLUME_CREATE = "volume.create";
    public static final String VOLUME_RESIZE = "volume.resize";
    public static final String VOLUME_DELETE = "volume.delete";
    public static final String VOLUME_ATTACH = "volume.attach";
    public static final String VOLUME_DETACH = "volume.detach";
    public static final String ISO_DELETE = "iso.delete";
    public static final String ISO_ATTACH = "iso.attach";
    public static final String ISO_DETACH = "iso.detach";

    private OperationKinds() {
    }
}
