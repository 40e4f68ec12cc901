package dev.vpsnap.provider.hivelocity;

import dev.vpsnap.model.OperationKinds;
import dev.vpsnap.error.VpsnapException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * vpsnap's operation id for a Hivelocity task: the raw {@code taskId} stays visible, prefixed with what is needed to
 * resume from the id alone ({@code snapshot wait --operation ID}, and the volume commands' results):
 * <ul>
 *   <li>{@code create:<taskId>:<volumeId>:<name>}: the task names no snapshot id, so the snapshot is later found by
 *       name on its volume; the name is URL-encoded (so {@code :} and spaces cannot break the id);</li>
 *   <li>{@code restore:<taskId>:<snapshotId>} and {@code delete:<taskId>:<snapshotId>} (snapshots keep these short
 *       prefixes, so ids printed by earlier versions still resume);</li>
 *   <li>{@code volume.create:<taskId>:<deviceId>:<sizeGb>:<id,id,...>}: the task names no volume id either, so the
 *       new volume is later found on the device as the one of that size NOT among the volumes listed before the
 *       create (the comma-separated list, possibly empty);</li>
 *   <li>{@code volume.resize|volume.delete|volume.attach|volume.detach:<taskId>:<volumeId>},
 *       {@code iso.delete|iso.attach:<taskId>:<isoId>} and {@code iso.detach:<taskId>:<deviceId>};</li>
 *   <li>a bare {@code <taskId>} (e.g. copied from the Hivelocity portal) is accepted too: kind unknown, and a
 *       snapshot create's volume and name are then read from the task's {@code metaData}.</li>
 * </ul>
 *
 * @param kind the operation kind ({@code snapshot.create}, {@code volume.attach}, ...), null for a bare task id
 * @param args what follows the task id, decoded
 */
record OperationId(String kind, String taskId, List<String> args) {
    static final String SNAPSHOT_CREATE = OperationKinds.SNAPSHOT_CREATE;
    static final String SNAPSHOT_RESTORE = OperationKinds.SNAPSHOT_RESTORE;
    static final String SNAPSHOT_DELETE = OperationKinds.SNAPSHOT_DELETE;
    static final String VOLUME_CREATE = OperationKinds.VOLUME_CREATE;
    static final String VOLUME_RESIZE = OperationKinds.VOLUME_RESIZE;
    static final String VOLUME_DELETE = OperationKinds.VOLUME_DELETE;
    static final String VOLUME_ATTACH = OperationKinds.VOLUME_ATTACH;
    static final String VOLUME_DETACH = OperationKinds.VOLUME_DETACH;
    static final String ISO_DELETE = OperationKinds.ISO_DELETE;
    static final String ISO_ATTACH = OperationKinds.ISO_ATTACH;
    static final String ISO_DETACH = OperationKinds.ISO_DETACH;

    /** The prefix each kind is written with, where it differs from the kind (snapshots, for compatibility). */
    private static final Map<String, String> PREFIX = Map.of(
            SNAPSHOT_CREATE, "create", SNAPSHOT_RESTORE, "restore", SNAPSHOT_DELETE, "delete");
    /** How many parts follow the task id, per kind. */
    private static final Map<String, Integer> ARITY = Map.ofEntries(
            Map.entry(SNAPSHOT_CREATE, 2), Map.entry(SNAPSHOT_RESTORE, 1), Map.entry(SNAPSHOT_DELETE, 1),
            Map.entry(VOLUME_CREATE, 3), Map.entry(VOLUME_RESIZE, 1), Map.entry(VOLUME_DELETE, 1),
            Map.entry(VOLUME_ATTACH, 1), Map.entry(VOLUME_DETACH, 1),
            Map.entry(ISO_DELETE, 1), Map.entry(ISO_ATTACH, 1), Map.entry(ISO_DETACH, 1));

    OperationId {
        args = List.copyOf(args);
    }

    static OperationId create(String taskId, String volumeId, String name) {
        return new OperationId(SNAPSHOT_CREATE, taskId, List.of(volumeId, name));
    }

    static OperationId restore(String taskId, String snapshotId) {
        return new OperationId(SNAPSHOT_RESTORE, taskId, List.of(snapshotId));
    }

    static OperationId delete(String taskId, String snapshotId) {
        return new OperationId(SNAPSHOT_DELETE, taskId, List.of(snapshotId));
    }

    static OperationId volumeCreate(String taskId, long deviceId, long sizeGb, List<String> before) {
        return new OperationId(VOLUME_CREATE, taskId,
                List.of(String.valueOf(deviceId), String.valueOf(sizeGb), String.join(",", before)));
    }

    /** A kind whose one argument is the resource it concerns (volume.resize, iso.attach, ...). */
    static OperationId of(String kind, String taskId, String resourceId) {
        if (ARITY.get(kind) == null || ARITY.get(kind) != 1) {
            throw new IllegalArgumentException(kind + " does not take one resource id");
        }
        return new OperationId(kind, taskId, List.of(resourceId));
    }

    boolean isCreate() {
        return SNAPSHOT_CREATE.equals(kind);
    }

    /**
     * The id of the resource the operation concerns: the snapshot (restore, delete), the volume (resize, delete,
     * attach, detach), the ISO (delete, attach) or the device (ISO detach); null for creates, whose resource the task
     * does not name.
     */
    String resourceId() {
        return kind == null || SNAPSHOT_CREATE.equals(kind) || VOLUME_CREATE.equals(kind) ? null : args.get(0);
    }

    /** The volume of a snapshot create or of a volume mutation (other than create). */
    String volumeId() {
        if (SNAPSHOT_CREATE.equals(kind)) {
            return args.get(0);
        }
        return kind != null && kind.startsWith("volume.") && !VOLUME_CREATE.equals(kind) ? args.get(0) : null;
    }

    /** The snapshot name of a snapshot create. */
    String name() {
        return SNAPSHOT_CREATE.equals(kind) ? args.get(1) : null;
    }

    /** The device a volume create adds a volume to. */
    long deviceId() {
        return Long.parseLong(args.get(0));
    }

    /** The size (GiB) a volume create asked for. */
    long sizeGb() {
        return Long.parseLong(args.get(1));
    }

    /** The device's volumes before a volume create. */
    List<String> before() {
        return args.get(2).isEmpty() ? List.of() : List.of(args.get(2).split(","));
    }

    String encode() {
        if (kind == null) {
            return taskId;
        }
        List<String> parts = new ArrayList<>();
        parts.add(PREFIX.getOrDefault(kind, kind));
        parts.add(taskId);
        parts.addAll(args);
        if (isCreate()) {
            parts.set(3, URLEncoder.encode(name(), StandardCharsets.UTF_8));
        }
        return String.join(":", parts);
    }

    static OperationId parse(String id) {
        if (id == null || id.isBlank()) {
            throw invalid(id);
        }
        String[] p = id.trim().split(":", -1);
        if (p.length == 1) {
            return checked(new OperationId(null, p[0], List.of()), id);
        }
        String kind = PREFIX.entrySet().stream().filter(e -> e.getValue().equals(p[0])).map(Map.Entry::getKey)
                .findFirst().orElse(p[0]);
        Integer arity = ARITY.get(kind);
        if (arity == null || p.length != arity + 2) {
            throw invalid(id);
        }
        List<String> args = new ArrayList<>(Arrays.asList(p).subList(2, p.length));
        if (SNAPSHOT_CREATE.equals(kind)) {
            args.set(1, decode(args.get(1), id));
        }
        return checked(new OperationId(kind, p[1], args), id);
    }

    private static OperationId checked(OperationId o, String id) {
        boolean ok = HivelocityClient.isPathId(o.taskId) && switch (o.kind == null ? "" : o.kind) {
            case "" -> true;
            case SNAPSHOT_CREATE -> HivelocityClient.isPathId(o.args.get(0)) && !o.args.get(1).isEmpty();
            case VOLUME_CREATE -> o.args.get(0).matches("[0-9]{1,18}") && o.args.get(1).matches("[0-9]{1,18}")
                    && o.before().stream().allMatch(HivelocityClient::isPathId);
            default -> HivelocityClient.isPathId(o.args.get(0));
        };
        if (!ok) {
            throw invalid(id);
        }
        return o;
    }

    private static String decode(String encoded, String id) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(id);
        }
    }

    private static VpsnapException invalid(String id) {
        return VpsnapException.usage("not a hivelocity operation id: '" + id + "' (expected TASK_ID, "
                + "create:TASK_ID:VOLUME_ID:NAME, restore|delete:TASK_ID:SNAPSHOT_ID, "
                + "volume.create:TASK_ID:DEVICE_ID:SIZE_GB:VOLUME_IDS, volume.resize|delete|attach|detach:TASK_ID:VOLUME_ID, "
                + "iso.delete|attach:TASK_ID:ISO_ID or iso.detach:TASK_ID:DEVICE_ID)");
    }
}
