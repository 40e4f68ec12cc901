package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.HivelocityState.Device;
import dev.vpsnap.emulator.HivelocityState.Snapshot;
import dev.vpsnap.emulator.HivelocityState.Task;
import dev.vpsnap.emulator.HivelocityState.Volume;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Hivelocity API v2 (Flask-RESTX): {@code X-API-KEY} auth (403 otherwise), errors {@code {"message": ...}},
 * body validation errors 400 {@code {"errors": {field: reason}, "message": "Input payload validation failed"}}.
 * Mutations return 201 with a NetworkTask polled at {@code /network/status/{taskId}}. Volumes, ISOs and snapshot
 * schedules are served by {@link HivelocityVolumes}, {@link HivelocityIsos} and {@link HivelocitySchedules} on this
 * class's router and helpers; {@link #settle} applies every task kind.
 */
final class HivelocityApi extends ProviderApi {
    static final String FORBIDDEN = "You have not been granted permission to complete this action. "
            + "Please contact your account manager to grant the proper permission.";
    static final long GIB = 1024L * 1024 * 1024;
    private final HivelocityVolumes volumes;
    private final HivelocityIsos isos;
    private final HivelocitySchedules schedules;

    HivelocityApi(Sim sim) {
        super(sim, true);
        router.route("GET", "/vps/snapshot", this::listSnapshots)
              .route("POST", "/vps/snapshot", this::createSnapshot)
              .route("GET", "/vps/snapshot/{snapshotId}", this::getSnapshot)
              .route("POST", "/vps/snapshot/{snapshotId}", this::restoreSnapshot)
              .route("DELETE", "/vps/snapshot/{snapshotId}", this::deleteSnapshot)
              .route("GET", "/network/status/{id}", this::getTask);
        // literal /vps/... routes before /vps/{deviceId}: the router takes the first template that matches
        this.volumes = new HivelocityVolumes(this, router);
        this.isos = new HivelocityIsos(this, router);
        this.schedules = new HivelocitySchedules(this, router);
        router.route("GET", "/vps/", this::listDevices)
              .route("GET", "/vps/{deviceId}", this::getDevice);
    }

    @Override String id() { return "hivelocity"; }

    @Override String prefix() { return "/hivelocity/api/v2"; }

    HivelocityState st() { return sim.state.hivelocity; }

    @Override boolean authorized(Req req) { return checkHeader(req, "X-API-KEY", Emulator.apiKey(id())); }

    @Override Resp unauthorized(Req req) { return error(req, 403, FORBIDDEN); }

    @Override Resp error(Req req, int status, String message) { return Resp.json(status, Json.obj("message", message)); }

    @Override Resp routeNotFound(Req req) {
        return error(req, 404, "The requested URL was not found on the server. "
                + "If you entered the URL manually please check your spelling and try again.");
    }

    // ---- devices -----------------------------------------------------------------------------

    private Resp listDevices(Req req) {
        Long clientId = queryLong(req, "clientId");
        String facility = req.query("facilityCode");
        List<Object> out = st().devices.stream()
                .filter(d -> facility == null || facility.equals(d.facilityCode))
                .filter(d -> clientId == null || clientId == st().clientId)
                .map(this::deviceJson).collect(Collectors.toList());
        return Resp.json(200, out);
    }

    private Resp getDevice(Req req) {
        return Resp.json(200, deviceJson(device(pathLong(req, "deviceId"))));
    }

    // ---- snapshots ---------------------------------------------------------------------------------------

    private Resp listSnapshots(Req req) {
        Long deviceId = queryLong(req, "deviceId");
        Predicate<Snapshot> common = facilityAndClient(req, s -> s.facilityCode);
        Instant now = sim.now();
        List<Object> out = st().snapshots.stream()
                .filter(s -> deviceId == null || s.deviceId == deviceId)
                .filter(common)
                .map(s -> snapshotJson(s, now)).collect(Collectors.toList());
        return Resp.json(200, out);
    }

    private Resp getSnapshot(Req req) {
        return Resp.json(200, snapshotJson(snapshot(req.param("snapshotId")), sim.now()));
    }

    private Resp createSnapshot(Req req) {
        JsonNode body = jsonBody(req);
        validate(body, Fields.required("volumeId", Fields.Type.STRING), Fields.required("name", Fields.Type.STRING),
                Fields.required("facilityCode", Fields.Type.STRING), Fields.optional("clientId", Fields.Type.INTEGER));
        String name = body.get("name").asText().trim();
        if (name.isEmpty() || name.length() > 255) {
            throw fail(Resp.json(400, Json.obj("errors", Json.obj("name", "'name' must be 1 to 255 characters"),
                    "message", "Input payload validation failed")));
        }
        Volume vol = volumeInFacility(body.get("volumeId").asText(), body.get("facilityCode").asText());
        if (st().snapshots.stream().anyMatch(s -> s.volumeId.equals(vol.volumeId) && !s.completed)) {
            throw fail(error(req, 400, "A snapshot of this volume is already in progress."));
        }
        Instant now = sim.now();
        Snapshot s = newSnapshot(vol, name, "MANUAL", now, false);
        Task t = newTask("create_snapshot", vol.deviceId, now,
                Json.obj("volumeId", vol.volumeId, "name", name, "facilityCode", vol.facilityCode));
        t.snapshotId = s.snapshotId;
        return taskCreated(t);
    }

    private Resp restoreSnapshot(Req req) {
        JsonNode body = jsonBody(req);
        validate(body, Fields.required("facilityCode", Fields.Type.STRING), Fields.optional("clientId", Fields.Type.INTEGER));
        Snapshot s = snapshot(req.param("snapshotId"));
        if (!s.completed) throw fail(error(req, 400, "Snapshot is not in a restorable state."));
        if (hasPendingTask(t -> t.deviceId == s.deviceId && t.kind.equals("restore_snapshot"))) {
            throw fail(error(req, 400, "A restore is already in progress for this device."));
        }
        Instant now = sim.now();
        Task t = newTask("restore_snapshot", s.deviceId, now,
                Json.obj("snapshotId", s.snapshotId, "facilityCode", body.get("facilityCode").asText()));
        t.snapshotId = s.snapshotId;
        return taskCreated(t);
    }

    private Resp deleteSnapshot(Req req) {
        Snapshot s = snapshot(req.param("snapshotId"));
        if (!s.completed) throw fail(error(req, 400, "Snapshot cannot be deleted while it is being created."));
        Instant now = sim.now();
        Task t = newTask("delete_snapshot", s.deviceId, now, Json.obj("snapshotId", s.snapshotId));
        t.snapshotId = s.snapshotId;
        return taskCreated(t);
    }

    /** {@code id} may be a task id or a device id (then the device's most recent task). */
    private Resp getTask(Req req) {
        String id = req.param("id");
        Task found = null;
        for (Task t : st().tasks) {
            if (t.taskId.equals(id) || String.valueOf(t.deviceId).equals(id)) found = t;
            if (t.taskId.equals(id)) break;
        }
        if (found == null) throw fail(error(req, 404, "Task not found."));
        return Resp.json(200, taskJson(found, sim.now()));
    }

    // ---- async transitions -------------------------------------------------------------------------------

    @Override boolean settle(Instant now) {
        boolean changed = schedules.runDue(now);
        for (Snapshot s : st().snapshots) {
            if (!s.completed && s.completesAt != null && !s.completesAt.isAfter(now)) {
                s.completed = true;
                changed = true;
            }
        }
        for (Task t : new ArrayList<>(st().tasks)) {
            if (t.result != null || t.doneAt.isAfter(now)) continue;
            changed = true;
            t.result = "Success";
            boolean fails = sim.has(Quirk.HIVELOCITY_TASK_FAILED) && t.kind.endsWith("_snapshot");
            if (fails) {
                t.result = "Failed";
                // a failed create leaves no snapshot behind; a failed delete or restore changes nothing
                if (t.kind.equals("create_snapshot")) st().snapshots.removeIf(s -> s.snapshotId.equals(t.snapshotId));
                continue;
            }
            switch (t.kind) {
                case "create_snapshot":
                    st().snapshots.stream().filter(s -> s.snapshotId.equals(t.snapshotId)).forEach(s -> {
                        if (sim.has(Quirk.HIVELOCITY_TASK_BEFORE_SNAPSHOT)) s.completesAt = sim.doneAt(t.doneAt);
                        else s.completed = true;
                    });
                    break;
                case "delete_snapshot":
                    st().snapshots.removeIf(s -> s.snapshotId.equals(t.snapshotId));
                    break;
                case "restore_snapshot":
                    break;
                default:
                    if (!volumes.apply(t) && !isos.apply(t)) throw new IllegalStateException("unknown task kind " + t.kind);
            }
        }
        return changed;
    }

    // ---- demo data ---------------------------------------------------------------------------------------

    /** The demo account's client id: the README's {@code prod-hv} profile ({@code --client-id 1234}) sees its devices. */
    static final long DEMO_CLIENT_ID = 1234;

    @Override void seedDemo(Random rnd, Instant now, int servers) {
        HivelocityState st = st();
        rnd.nextInt(90000); // the draw that once made a random client id: kept, so the demo ids stay the same
        st.clientId = DEMO_CLIENT_ID;
        long deviceId = 30000 + rnd.nextInt(5000);
        int[] diskGib = {50, 100, 50};
        for (int i = 0; i < servers; i++) {
            Random r = demoRandom(rnd, i);
            int m = demoModel(i);
            Device d = new Device();
            d.deviceId = deviceId;
            deviceId += 1 + r.nextInt(20);
            d.label = demoName(i);
            d.facilityCode = "TPA1";
            d.status = "Running";
            d.vcpu = m == 1 ? 4 : 2;
            d.memoryMb = m == 1 ? 8192 : 4096;
            d.templateId = "ubuntu-22.04";
            d.ipAddress = "66.165." + (100 + r.nextInt(100)) + "." + (10 + r.nextInt(200));
            d.macAddress = String.format("fa:16:3e:%02x:%02x:%02x", r.nextInt(256), r.nextInt(256), r.nextInt(256));
            d.nicId = sim.uuid("hv-nic", d.deviceId);
            d.createdAt = now.minus(Duration.ofDays(30 + r.nextInt(300)));
            st.devices.add(d);
            Volume v = new Volume();
            v.volumeId = sim.uuid("hv-volume", st.nextId++);
            v.deviceId = d.deviceId;
            v.type = "ROOT";
            v.sizeBytes = diskGib[m] * GIB;
            v.facilityCode = d.facilityCode;
            v.createdAt = d.createdAt;
            st.volumes.add(v);
            if (i < 2) newSnapshot(v, d.label + "-initial", "MANUAL", now.minus(Duration.ofDays(2 + i)), true);
        }
        isos.seedDemo(now);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    Snapshot newSnapshot(Volume vol, String name, String type, Instant createdAt, boolean completed) {
        long n = st().nextId++;
        Snapshot s = new Snapshot();
        s.snapshotId = sim.uuid("hv-snapshot", n);
        s.volumeId = vol.volumeId;
        s.deviceId = vol.deviceId;
        s.name = name;
        s.facilityCode = vol.facilityCode;
        s.snapshotType = type;
        s.sizeBytes = vol.sizeBytes / 8 + (n % 7) * GIB / 4;
        s.createdAt = createdAt;
        s.completed = completed;
        st().snapshots.add(s);
        return s;
    }

    /** A pending task started at {@code now}; {@code args} (after the action) become its metaData. */
    Task newTask(String kind, long deviceId, Instant now, Map<String, Object> args) {
        Task t = new Task();
        t.taskId = sim.uuid("hv-task", st().nextId++);
        t.kind = kind;
        t.deviceId = deviceId;
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("action", kind);
        meta.putAll(args);
        t.metaData = new String(Json.bytes(meta), java.nio.charset.StandardCharsets.UTF_8);
        t.createdAt = now;
        t.doneAt = sim.doneAt(now);
        st().tasks.add(t);
        return t;
    }

    /** 201 with the task, as every Hivelocity mutation answers. */
    Resp taskCreated(Task t) {
        return Resp.json(201, taskJson(t, sim.now()));
    }

    boolean hasPendingTask(Predicate<Task> p) {
        return st().tasks.stream().anyMatch(t -> t.result == null && p.test(t));
    }

    /** Flask-RESTX model validation: 400 {@code {"errors": {field: reason}, "message": "Input payload validation failed"}}. */
    void validate(JsonNode body, Fields.Rule... rules) {
        if (body == null || !body.isObject()) {
            throw fail(payloadInvalid(Json.obj("", (body == null ? "None" : body.toString()) + " is not of type 'object'")));
        }
        List<Fields.Violation> vs = Fields.check(body, rules);
        if (vs.isEmpty()) return;
        Map<String, Object> errors = new LinkedHashMap<>();
        for (Fields.Violation v : vs) {
            errors.put(v.field(), v.missing() ? "'" + v.field() + "' is a required property"
                    : v.actual() + " is not of type '" + v.expected().jsonName + "'");
        }
        throw fail(payloadInvalid(errors));
    }

    static Resp payloadInvalid(Map<String, Object> errors) {
        return Resp.json(400, Json.obj("errors", errors, "message", "Input payload validation failed"));
    }

    /** 400 {@code {"message": ...}}: a well-formed request the API refuses. */
    static ApiException badRequest(String message) {
        return fail(Resp.json(400, Json.obj("message", message)));
    }

    /** The list filters every VPS list takes: facilityCode and clientId (the account's own), when given. */
    <T> Predicate<T> facilityAndClient(Req req, Function<T, String> facilityOf) {
        Long clientId = queryLong(req, "clientId");
        String facility = req.query("facilityCode");
        return x -> (facility == null || facility.equals(facilityOf.apply(x))) && (clientId == null || clientId == st().clientId);
    }

    /** Integer query parameter; a non-integer is a 400 in reqparse style. */
    Long queryLong(Req req, String name) {
        String raw = req.query(name);
        if (raw == null || raw.isEmpty()) return null;
        Long v = Fields.parseLong(raw);
        if (v == null) {
            throw fail(Resp.json(400, Json.obj("errors", Json.obj(name, "invalid literal for int() with base 10: '" + raw + "'"),
                    "message", "Input payload validation failed")));
        }
        return v;
    }

    Device device(long id) {
        return st().devices.stream().filter(d -> d.deviceId == id).findFirst()
                .orElseThrow(() -> fail(Resp.json(404, Json.obj("message", "Device not found."))));
    }

    /** A volume that exists (a volume still being created is not found yet). */
    Volume volume(String id) {
        return st().volumes.stream().filter(v -> v.volumeId.equals(id) && !v.provisioning).findFirst()
                .orElseThrow(() -> fail(Resp.json(404, Json.obj("message", "Volume not found."))));
    }

    /** A volume given with a facilityCode (snapshot and schedule create): 404 unless it is in that facility. */
    Volume volumeInFacility(String volumeId, String facilityCode) {
        Volume vol = volume(volumeId);
        if (!vol.facilityCode.equals(facilityCode)) {
            throw fail(Resp.json(404, Json.obj("message", "Volume not found in facility " + facilityCode + ".")));
        }
        return vol;
    }

    private Snapshot snapshot(String id) {
        return st().snapshots.stream().filter(s -> s.snapshotId.equals(id)).findFirst()
                .orElseThrow(() -> fail(Resp.json(404, Json.obj("message", "Snapshot not found."))));
    }

    private Map<String, Object> deviceJson(Device d) {
        Map<String, Object> nic = Json.obj("nicId", d.nicId, "nicName", "eth0", "networkId", sim.uuid("hv-network", 1),
                "networkName", "public", "ipAddress", d.ipAddress, "netmask", "255.255.255.0",
                "gateway", d.ipAddress.substring(0, d.ipAddress.lastIndexOf('.')) + ".1", "macAddress", d.macAddress);
        List<Object> nics = new ArrayList<>();
        nics.add(nic);
        Map<String, Object> m = Json.obj("deviceId", d.deviceId, "facilityCode", d.facilityCode, "status", d.status,
                "vcpu", d.vcpu, "memory", d.memoryMb, "templateId", d.templateId, "sshKeyIds", List.of(), "nics", nics);
        if (d.isoId != null) m.put("isoId", d.isoId);
        return m;
    }

    private Map<String, Object> snapshotJson(Snapshot s, Instant now) {
        String state = s.completed ? "Completed" : sim.progress(s.createdAt, now) < 1.0 / 3 ? "Scheduled" : "Started";
        return Json.obj("snapshotId", s.snapshotId, "volumeId", s.volumeId, "name", s.name, "state", state,
                "size", s.completed ? s.sizeBytes : 0L, "snapshotType", snapshotType(s), "createdAt", Json.ts(s.createdAt));
    }

    /** The spec lists only the interval names; with the quirk a manual snapshot has none (null) rather than MANUAL. */
    private String snapshotType(Snapshot s) {
        boolean specOnly = sim.has(Quirk.HIVELOCITY_SNAPSHOT_TYPE_ENUM);
        return specOnly && !List.of("HOURLY", "DAILY", "WEEKLY", "MONTHLY").contains(s.snapshotType) ? null : s.snapshotType;
    }

    private Map<String, Object> taskJson(Task t, Instant now) {
        Instant updated = t.result != null ? t.doneAt : sim.progress(t.createdAt, now) >= 1.0 / 3
                ? t.createdAt.plus(sim.asyncDelay.dividedBy(3)) : t.createdAt;
        Map<String, Object> m = Json.obj("taskId", t.taskId,
                "result", t.result != null ? t.result : sim.has(Quirk.HIVELOCITY_RESULT_NULL) ? null : "Pending",
                "taskCreated", timestamp(t.createdAt), "taskUpdated", timestamp(updated),
                "clientId", st().clientId, "deviceId", t.deviceId, "metaData", t.metaData);
        if (t.deviceId == 0) m.remove("deviceId"); // e.g. deleting an ISO: no target device
        return m;
    }

    /** The spec types task timestamps as objects without saying more; we emit ISO text plus epoch seconds. */
    private static Map<String, Object> timestamp(Instant i) {
        return Json.obj("date", Json.ts(i), "timestamp", i.getEpochSecond());
    }
}
