package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.model.OperationRef;
import dev.vpsnap.model.OperationRef.Form;
import dev.vpsnap.model.OperationRef.Part;
import java.util.List;
import java.util.regex.Pattern;

/**
 * vpsnap's operation ids for Hivelocity tasks ({@link #SCHEMA}): the raw {@code taskId} stays visible, prefixed with
 * what is needed to resume from the id alone ({@code snapshot wait --operation ID}, and the volume commands' results):
 * <ul>
 *   <li>{@code create:<taskId>:<volumeId>:<name>}: the task names no snapshot id, so the snapshot is later found by
 *       name on its volume; the name is URL-encoded (so {@code :} and spaces cannot break the id);</li>
 *   <li>{@code restore:<taskId>:<snapshotId>} and {@code delete:<taskId>:<snapshotId>} (snapshots keep these short
 *       tokens, so ids printed by earlier versions still resume);</li>
 *   <li>{@code volume.create:<taskId>:<deviceId>:<sizeGb>:<id,id,...>}: the task names no volume id either, so the
 *       new volume is later found on the device as the one of that size NOT among the volumes listed before the
 *       create (the comma-separated list, possibly empty);</li>
 *   <li>{@code volume.resize|volume.delete|volume.attach|volume.detach:<taskId>:<volumeId>},
 *       {@code iso.delete|iso.attach:<taskId>:<isoId>} and {@code iso.detach:<taskId>:<deviceId>};</li>
 *   <li>{@code volume.delete:-:<volumeId>} and {@code iso.delete:-:<isoId>}: a delete whose answer was lost, so
 *       its task id is unknown; it is watched through the resource itself, done once it is gone;</li>
 *   <li>a bare {@code <taskId>} (e.g. copied from the Hivelocity portal) is accepted too: kind unknown, and a
 *       snapshot create's volume and name are then read from the task's {@code metaData}.</li>
 * </ul>
 */
final class HivelocityRefs {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Part TASK = Part.of("task_id", HivelocityClient::isPathId);
    /** What stands for the task of a delete whose answer (and so its task id) was lost: see {@link #untracked}. */
    static final String NO_TASK = "-";
    private static final Part TASK_OR_NONE = Part.of("task_id", v -> NO_TASK.equals(v) || HivelocityClient.isPathId(v));

    static final OperationRef.Schema SCHEMA = OperationRef.Schema.of(HivelocityFactory.ID, "hivelocity",
            Form.bare(TASK),
            Form.of(OperationKinds.SNAPSHOT_CREATE, "create", TASK, Part.of("volume_id", HivelocityClient::isPathId),
                    Part.text("name")),
            Form.of(OperationKinds.SNAPSHOT_RESTORE, "restore", TASK, id("snapshot_id")),
            Form.of(OperationKinds.SNAPSHOT_DELETE, "delete", TASK, id("snapshot_id")),
            Form.of(OperationKinds.VOLUME_CREATE, OperationKinds.VOLUME_CREATE, TASK, digits("device_id"),
                    digits("size_gb"), Part.of("volume_ids", v -> v.isEmpty()
                            || List.of(v.split(",", -1)).stream().allMatch(HivelocityClient::isPathId))),
            Form.of(OperationKinds.VOLUME_RESIZE, OperationKinds.VOLUME_RESIZE, TASK, id("volume_id")),
            Form.of(OperationKinds.VOLUME_DELETE, OperationKinds.VOLUME_DELETE, TASK_OR_NONE, id("volume_id")),
            Form.of(OperationKinds.VOLUME_ATTACH, OperationKinds.VOLUME_ATTACH, TASK, id("volume_id")),
            Form.of(OperationKinds.VOLUME_DETACH, OperationKinds.VOLUME_DETACH, TASK, id("volume_id")),
            Form.of(OperationKinds.ISO_DELETE, OperationKinds.ISO_DELETE, TASK_OR_NONE, id("iso_id")),
            Form.of(OperationKinds.ISO_ATTACH, OperationKinds.ISO_ATTACH, TASK, id("iso_id")),
            Form.of(OperationKinds.ISO_DETACH, OperationKinds.ISO_DETACH, TASK, id("device_id")));

    private HivelocityRefs() {
    }

    private static Part id(String name) {
        return Part.of(name, HivelocityClient::isPathId);
    }

    private static Part digits(String name) {
        return Part.of(name, v -> DIGITS.matcher(v).matches());
    }

    static OperationRef create(String taskId, String volumeId, String name) {
        return SCHEMA.ref(OperationKinds.SNAPSHOT_CREATE, taskId, volumeId, name);
    }

    static OperationRef restore(String taskId, String snapshotId) {
        return SCHEMA.ref(OperationKinds.SNAPSHOT_RESTORE, taskId, snapshotId);
    }

    static OperationRef delete(String taskId, String snapshotId) {
        return SCHEMA.ref(OperationKinds.SNAPSHOT_DELETE, taskId, snapshotId);
    }

    static OperationRef volumeCreate(String taskId, long deviceId, long sizeGb, List<String> before) {
        return SCHEMA.ref(OperationKinds.VOLUME_CREATE, taskId, String.valueOf(deviceId), String.valueOf(sizeGb),
                String.join(",", before));
    }

    /** A kind whose one part after the task is the resource it concerns (volume.resize, iso.attach, ...). */
    static OperationRef of(String kind, String taskId, String resourceId) {
        if (SCHEMA.form(kind).parts().size() != 2) {
            throw new IllegalArgumentException(kind + " does not take one resource id");
        }
        return SCHEMA.ref(kind, taskId, resourceId);
    }

    static String taskId(OperationRef ref) {
        return ref.part("task_id");
    }

    /** A volume or ISO delete whose task is unknown (its answer was lost): watched through the resource. */
    static OperationRef untracked(String kind, String resourceId) {
        return SCHEMA.ref(kind, NO_TASK, resourceId);
    }

    static boolean isUntracked(OperationRef ref) {
        return ref.kind() != null && NO_TASK.equals(ref.partOrNull("task_id"));
    }

    static boolean isCreate(OperationRef ref) {
        return ref.is(OperationKinds.SNAPSHOT_CREATE);
    }

    /**
     * The id of the resource the operation concerns: the snapshot (restore, delete), the volume (resize, delete,
     * attach, detach), the ISO (delete, attach) or the device (ISO detach); null for creates, whose resource the task
     * does not name, and for a bare task id.
     */
    static String resourceId(OperationRef ref) {
        return ref.kind() == null || isCreate(ref) || ref.is(OperationKinds.VOLUME_CREATE) ? null : ref.values().get(1);
    }

    /** The volume of a snapshot create or of a volume mutation (other than create); else null. */
    static String volumeId(OperationRef ref) {
        return ref.partOrNull("volume_id");
    }

    /** The snapshot name of a snapshot create. */
    static String name(OperationRef ref) {
        return ref.part("name");
    }

    /** The device a volume create adds a volume to. */
    static long deviceId(OperationRef ref) {
        return Long.parseLong(ref.part("device_id"));
    }

    /** The size (GiB) a volume create asked for. */
    static long sizeGb(OperationRef ref) {
        return Long.parseLong(ref.part("size_gb"));
    }

    /** The device's volumes before a volume create. */
    static List<String> before(OperationRef ref) {
        String ids = ref.part("volume_ids");
        return ids.isEmpty() ? List.of() : List.of(ids.split(","));
    }
}
