package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.HivelocityState.Device;
import dev.vpsnap.emulator.HivelocityState.Task;
import dev.vpsnap.emulator.HivelocityState.Volume;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static dev.vpsnap.emulator.HivelocityApi.GIB;
import static dev.vpsnap.emulator.HivelocityApi.badRequest;

/**
 * Hivelocity volumes: list/get (VPSVolume, size in bytes), create/resize/delete/attach/detach (201 NetworkTask,
 * request sizes in GiB, applied when the task completes) and the two "available sizes" endpoints. Volumes are
 * grow-only and come in the sizes of {@link #PRODUCTS}; new volumes are DATADISKs attached to the given device; ROOT
 * volumes can be resized but not deleted, attached or detached.
 */
final class HivelocityVolumes {
    /** Volume products (GiB → monthly USD): the sizes the seed documentation enumerates. */
    static final Map<Integer, Double> PRODUCTS = Map.of(50, 5.0, 100, 10.0, 200, 20.0, 500, 50.0);

    private final HivelocityApi api;

    HivelocityVolumes(HivelocityApi api, Router router) {
        this.api = api;
        router.route("GET", "/vps/volume", this::list)
              .route("POST", "/vps/volume", this::create)
              .route("GET", "/vps/volume/{volumeId}", this::get)
              .route("PUT", "/vps/volume/{volumeId}", this::resize)
              .route("DELETE", "/vps/volume/{volumeId}", this::delete)
              .route("GET", "/vps/volume/{volumeId}/available-sizes", this::upgradeSizes)
              .route("GET", "/vps/available-volume-sizes", this::newSizes)
              .route("POST", "/vps/{deviceId}/volume/{volumeId}/attach", this::attach)
              .route("POST", "/vps/{deviceId}/volume/{volumeId}/detach", this::detach);
    }

    private HivelocityState st() { return api.st(); }

    private Resp list(Req req) {
        Long deviceId = api.queryLong(req, "deviceId");
        Predicate<Volume> common = api.facilityAndClient(req, v -> v.facilityCode);
        List<Object> out = st().volumes.stream()
                .filter(v -> !v.provisioning)
                .filter(v -> deviceId == null || v.deviceId == deviceId)
                .filter(common)
                .map(HivelocityVolumes::json).collect(Collectors.toList());
        return Resp.json(200, out);
    }

    private Resp get(Req req) {
        return Resp.json(200, json(api.volume(req.param("volumeId"))));
    }

    private Resp newSizes(Req req) {
        return Resp.json(200, products(0));
    }

    private Resp upgradeSizes(Req req) {
        Volume v = api.volume(req.param("volumeId"));
        return Resp.json(200, products(v.sizeBytes / GIB));
    }

    private Resp create(Req req) {
        JsonNode body = api.jsonBody(req);
        api.validate(body, Fields.required("deviceId", Fields.Type.INTEGER), Fields.required("size", Fields.Type.INTEGER));
        Device d = api.device(body.get("deviceId").asLong());
        int size = productSize(body.get("size").asLong(), 0);
        Instant now = api.sim.now();
        Volume v = new Volume();
        v.volumeId = api.sim.uuid("hv-volume", st().nextId++);
        v.deviceId = d.deviceId;
        v.type = "DATADISK";
        v.sizeBytes = size * GIB;
        v.facilityCode = d.facilityCode;
        v.createdAt = now;
        v.provisioning = true;
        st().volumes.add(v);
        return started("create_volume", v, d.deviceId, Json.obj("volumeId", v.volumeId, "deviceId", d.deviceId, "size", size));
    }

    private Resp resize(Req req) {
        JsonNode body = api.jsonBody(req);
        api.validate(body, Fields.required("size", Fields.Type.INTEGER), Fields.optional("deviceId", Fields.Type.INTEGER));
        Volume v = api.volume(req.param("volumeId"));
        checkDevice(v, body);
        notBusy(v);
        long current = v.sizeBytes / GIB;
        int size = productSize(body.get("size").asLong(), current);
        Task t = newTask("resize_volume", v, v.deviceId, Json.obj("volumeId", v.volumeId, "size", size));
        t.sizeGb = size;
        return api.taskCreated(t);
    }

    private Resp delete(Req req) {
        JsonNode body = api.jsonBody(req);
        api.validate(body, Fields.optional("deviceId", Fields.Type.INTEGER));
        Volume v = api.volume(req.param("volumeId"));
        if (v.type.equals("ROOT")) throw badRequest("A ROOT volume cannot be deleted; it is removed with its VPS.");
        checkDevice(v, body);
        notBusy(v);
        if (st().snapshots.stream().anyMatch(s -> s.volumeId.equals(v.volumeId) && !s.completed)) {
            throw badRequest("A snapshot of this volume is in progress; try again when it has completed.");
        }
        return started("delete_volume", v, v.deviceId, Json.obj("volumeId", v.volumeId));
    }

    private Resp attach(Req req) {
        Device d = api.device(api.pathLong(req, "deviceId"));
        Volume v = api.volume(req.param("volumeId"));
        notRoot(v);
        if (v.deviceId != 0) throw badRequest("Volume is already attached to device " + v.deviceId + ".");
        if (!v.facilityCode.equals(d.facilityCode)) {
            throw badRequest("Volume is in facility " + v.facilityCode + " but device " + d.deviceId + " is in " + d.facilityCode + ".");
        }
        notBusy(v);
        return started("attach_volume", v, d.deviceId, Json.obj("volumeId", v.volumeId, "deviceId", d.deviceId));
    }

    private Resp detach(Req req) {
        Device d = api.device(api.pathLong(req, "deviceId"));
        Volume v = api.volume(req.param("volumeId"));
        notRoot(v);
        if (v.deviceId != d.deviceId) throw badRequest("Volume is not attached to device " + d.deviceId + ".");
        notBusy(v);
        return started("detach_volume", v, d.deviceId, Json.obj("volumeId", v.volumeId, "deviceId", d.deviceId));
    }

    /** Applies a completed volume task; false if the task is not a volume task. */
    boolean apply(Task t) {
        Volume v = st().volumes.stream().filter(x -> x.volumeId.equals(t.volumeId)).findFirst().orElse(null);
        switch (t.kind) {
            case "create_volume": if (v != null) v.provisioning = false; return true;
            case "resize_volume": if (v != null) v.sizeBytes = t.sizeGb * GIB; return true;
            case "attach_volume": if (v != null) v.deviceId = t.deviceId; return true;
            case "detach_volume": if (v != null) v.deviceId = 0; return true;
            case "delete_volume":
                st().volumes.removeIf(x -> x.volumeId.equals(t.volumeId));
                st().schedules.removeIf(s -> s.volumeId.equals(t.volumeId));
                return true;
            default: return false;
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Resp started(String kind, Volume v, long deviceId, Map<String, Object> args) {
        return api.taskCreated(newTask(kind, v, deviceId, args));
    }

    private Task newTask(String kind, Volume v, long deviceId, Map<String, Object> args) {
        Task t = api.newTask(kind, deviceId, api.sim.now(), args);
        t.volumeId = v.volumeId;
        return t;
    }

    /** A requested size in GiB: one of the products and larger than {@code currentGib} (0 for a new volume). */
    private static int productSize(long requested, long currentGib) {
        if (currentGib > 0 && requested <= currentGib) {
            throw badRequest("Volumes can only grow: the requested size " + requested + " GiB is not larger than the current "
                    + currentGib + " GiB.");
        }
        List<Integer> allowed = sizesAbove(currentGib);
        if (!allowed.contains((int) Math.min(Integer.MAX_VALUE, requested))) {
            throw badRequest("Invalid volume size " + requested + " GiB; available sizes: "
                    + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
        }
        return (int) requested;
    }

    private static List<Integer> sizesAbove(long gib) {
        return PRODUCTS.keySet().stream().filter(s -> s > gib).sorted().collect(Collectors.toList());
    }

    private static Map<String, Object> products(long aboveGib) {
        List<Object> out = sizesAbove(aboveGib).stream()
                .map(s -> (Object) Json.obj("size", s, "monthlyPrice", PRODUCTS.get(s))).collect(Collectors.toList());
        return Json.obj("volumeProducts", out);
    }

    /** The body's optional deviceId ("the device the disk is attached to") must be the one it is attached to. */
    private static void checkDevice(Volume v, JsonNode body) {
        JsonNode d = body.get("deviceId");
        if (d != null && !d.isNull() && d.asLong() != v.deviceId) {
            throw badRequest("Volume is not attached to device " + d.asLong() + ".");
        }
    }

    private static void notRoot(Volume v) {
        if (v.type.equals("ROOT")) throw badRequest("A ROOT volume cannot be attached or detached.");
    }

    private void notBusy(Volume v) {
        if (api.hasPendingTask(t -> v.volumeId.equals(t.volumeId))) {
            throw badRequest("A task is already in progress for this volume; try again when it has completed.");
        }
    }

    static Map<String, Object> json(Volume v) {
        Map<String, Object> m = Json.obj("volumeId", v.volumeId, "type", v.type, "size", v.sizeBytes, "deviceId", v.deviceId,
                "facilityCode", v.facilityCode, "createdAt", Json.ts(v.createdAt));
        if (v.deviceId == 0) m.remove("deviceId"); // detached: the integer field is absent rather than null
        return m;
    }
}
