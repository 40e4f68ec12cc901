package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.CollectionType;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.transport.ApiResponse;
import dev.vpsnap.transport.HttpTransport;
import dev.vpsnap.common.Json;
import dev.vpsnap.transport.TransportException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A faithful client of the Hivelocity API v2 endpoints vpsnap uses (snapshots, volumes, ISOs, snapshot schedules,
 * tasks), named like its docs. Paths are relative to the
 * base URL, which already ends in {@code /api/v2}. Lists are bare JSON arrays (no pagination anywhere).
 *
 * <p>Scope: {@code facilityCode} and {@code clientId} are sent wherever the spec accepts them (query on GETs and on
 * DELETE, body on POSTs), and only when configured. The spec documents only HTTP 403 as an error; everything else
 * (401, 404, Flask-RESTX {@code {"message": ...}} bodies, HTML proxies) is decoded by the shared transport.
 */
final class HivelocityClient {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final HttpTransport http;
    private final String facilityCode;
    private final Long clientId;

    HivelocityClient(HttpTransport http, String facilityCode, Long clientId) {
        this.http = http;
        this.facilityCode = facilityCode == null || facilityCode.isBlank() ? null : facilityCode.trim();
        this.clientId = clientId;
    }

    /** The facility every mutation needs (the spec requires it in create/restore bodies). */
    String requireFacility() {
        if (facilityCode == null) {
            throw VpsnapException.usage("hivelocity needs --facility CODE (facility_code in the profile)");
        }
        return facilityCode;
    }

    /** Rejects ids that would not survive as one path segment, before anything is sent. */
    static String pathId(String what, String id) {
        if (!isPathId(id)) {
            throw VpsnapException.usage("invalid hivelocity " + what + " '" + id + "'");
        }
        return id;
    }

    static boolean isPathId(String id) {
        return id != null && SAFE_ID.matcher(id).matches();
    }

    List<Vps> vps() {
        return list(http.get("vps/", scope(null)), Vps.class);
    }

    List<VpsVolume> volumes(Long deviceId) {
        return list(http.get("vps/volume", scope(deviceId)), VpsVolume.class);
    }

    VpsVolume volume(String volumeId) {
        return one(http.get("vps/volume/" + pathId("volume id", volumeId)), VpsVolume.class);
    }

    List<VpsSnapshot> snapshots(Long deviceId) {
        return list(http.get("vps/snapshot", scope(deviceId)), VpsSnapshot.class);
    }

    VpsSnapshot snapshot(String snapshotId) {
        return one(http.get("vps/snapshot/" + pathId("snapshot id", snapshotId), scope(null)), VpsSnapshot.class);
    }

    NetworkTask createSnapshot(String volumeId, String name) {
        VpsSnapshotCreate body = new VpsSnapshotCreate(volumeId, name, requireFacility(), clientId);
        return task(http.post("vps/snapshot", body));
    }

    NetworkTask restoreSnapshot(String snapshotId) {
        String path = "vps/snapshot/" + pathId("snapshot id", snapshotId);
        return task(http.post(path, new VpsSnapshotRestore(requireFacility(), clientId)));
    }

    NetworkTask deleteSnapshot(String snapshotId) {
        String path = "vps/snapshot/" + pathId("snapshot id", snapshotId);
        requireFacility();
        return task(http.send("DELETE", path, scope(null), null));
    }

    /** {@code GET /vps/available-volume-sizes}: sizes (GiB) and prices for a new volume. */
    VpsVolumeProducts newVolumeSizes() {
        return one(http.get("vps/available-volume-sizes"), VpsVolumeProducts.class);
    }

    /** {@code GET /vps/volume/{id}/available-sizes}: the sizes (GiB) a volume can grow to. */
    VpsVolumeProducts upgradeSizes(String volumeId) {
        return one(http.get("vps/volume/" + pathId("volume id", volumeId) + "/available-sizes"),
                VpsVolumeProducts.class);
    }

    /** {@code POST /vps/volume} (billable); {@code size} in GiB. */
    NetworkTask createVolume(long deviceId, long sizeGb) {
        return task(http.post("vps/volume", new VpsVolumeCreate(deviceId, sizeGb)));
    }

    /** {@code PUT /vps/volume/{id}} (billable); {@code size} in GiB. */
    NetworkTask resizeVolume(String volumeId, long sizeGb, Long deviceId) {
        String path = "vps/volume/" + pathId("volume id", volumeId);
        return task(http.send("PUT", path, Map.of(), new VpsVolumeUpdate(sizeGb, deviceId)));
    }

    /** {@code DELETE /vps/volume/{id}} with its required body {@code {deviceId?}}; no query parameters. */
    NetworkTask deleteVolume(String volumeId, Long deviceId) {
        String path = "vps/volume/" + pathId("volume id", volumeId);
        return deletionTask(http.send("DELETE", path, Map.of(), new VpsVolumeDelete(deviceId)));
    }

    /** {@code POST /vps/{deviceId}/volume/{volumeId}/attach|detach}, no body. */
    NetworkTask volumeAction(long deviceId, String volumeId, String action) {
        return task(http.post("vps/" + deviceId + "/volume/" + pathId("volume id", volumeId) + "/" + action, null));
    }

    List<VpsIso> isos() {
        return list(http.get("vps/iso", scope(null)), VpsIso.class);
    }

    VpsIso iso(String isoId) {
        return one(http.get("vps/iso/" + pathId("ISO id", isoId), scope(null)), VpsIso.class);
    }

    /** {@code POST /vps/iso}: answers 200 with the ISO itself (not a task). */
    VpsIso createIso(String name, String description, String url, boolean bootable) {
        VpsIsoCreate body = new VpsIsoCreate(name, description, url, bootable, requireFacility(), clientId);
        return one(http.post("vps/iso", body), VpsIso.class);
    }

    NetworkTask deleteIso(String isoId) {
        String path = "vps/iso/" + pathId("ISO id", isoId);
        requireFacility();
        return deletionTask(http.send("DELETE", path, scope(null), null));
    }

    NetworkTask attachIso(long deviceId, String isoId) {
        return task(http.post("vps/" + deviceId + "/attachiso", new VpsIsoAttach(pathId("ISO id", isoId))));
    }

    NetworkTask detachIso(long deviceId) {
        return task(http.post("vps/" + deviceId + "/detachiso", null));
    }

    List<VpsSnapshotSchedule> schedules(Long deviceId) {
        return list(http.get("vps/snapshotSchedule", scope(deviceId)), VpsSnapshotSchedule.class);
    }

    VpsSnapshotSchedule schedule(String scheduleId) {
        return one(http.get("vps/snapshotSchedule/" + pathId("schedule id", scheduleId), scope(null)),
                VpsSnapshotSchedule.class);
    }

    /** {@code POST /vps/snapshotSchedule}: answers 200 with the schedule itself (not a task). */
    VpsSnapshotSchedule createSchedule(String volumeId, String intervalType, int hour, int minute, int maxSnapshots,
                                       String timezone, Integer day, Integer weekday) {
        VpsSnapshotScheduleCreate body = new VpsSnapshotScheduleCreate(volumeId, requireFacility(), intervalType, hour,
                minute, maxSnapshots, timezone, day, weekday, clientId);
        return one(http.post("vps/snapshotSchedule", body), VpsSnapshotSchedule.class);
    }

    /** {@code DELETE /vps/snapshotSchedule/{id}}: 204, no body. */
    void deleteSchedule(String scheduleId) {
        String path = "vps/snapshotSchedule/" + pathId("schedule id", scheduleId);
        requireFacility();
        http.send("DELETE", path, scope(null), null);
    }

    /** {@code GET /network/status/{id}}; the spec accepts a task id or a device id there, vpsnap sends task ids. */
    NetworkTask networkStatus(String taskId) {
        return one(http.get("network/status/" + pathId("task id", taskId)), NetworkTask.class);
    }

    private Map<String, Object> scope(Long deviceId) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("deviceId", deviceId);
        q.put("facilityCode", facilityCode);
        q.put("clientId", clientId);
        return q; // the transport drops null values
    }

    /**
     * The task of a DELETE, or null when there is none because the resource is gone: the transport answers 204 with
     * no body when a DELETE retried after a lost answer is told 404/410 (the first attempt deleted it).
     */
    private NetworkTask deletionTask(ApiResponse response) {
        return response.status() == 204 && !response.hasBody() ? null : task(response);
    }

    /** A 201 task without a taskId cannot be polled; the change may still have been made. */
    private NetworkTask task(ApiResponse response) {
        NetworkTask task = one(response, NetworkTask.class);
        if (task.taskId() == null || task.taskId().isBlank()) {
            throw unexpected(response, "a task without a taskId", true);
        }
        return task;
    }

    private <T> T one(ApiResponse response, Class<T> type) {
        if (!response.hasBody() || !response.body().isObject()) {
            throw unexpected(response, "no JSON object", response.status() == 201);
        }
        return response.as(type);
    }

    private <T> List<T> list(ApiResponse response, Class<T> type) {
        JsonNode body = response.body();
        if (body == null || !body.isArray()) {
            throw unexpected(response, "no JSON array", false);
        }
        // every item must be an object of the right shape: a list of wrong types is exit 8, never an empty list
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).isObject()) {
                throw unexpected(response, "item " + i + " of the list not an object (" + body.get(i).getNodeType() + ")",
                        false);
            }
        }
        CollectionType listType = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        try {
            return Json.MAPPER.convertValue(body, listType);
        } catch (IllegalArgumentException e) {
            throw unexpected(response, "a list whose items are not " + type.getSimpleName() + " objects", false);
        }
    }

    private TransportException unexpected(ApiResponse response, String what, boolean maybeProcessed) {
        return new TransportException("the provider answered HTTP " + response.status() + " with " + what,
                http.provider(), response.status(),
                maybeProcessed ? "the change may have been made; check its state before retrying" : null,
                maybeProcessed, null);
    }
}
