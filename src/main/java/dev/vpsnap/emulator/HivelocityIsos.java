package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.HivelocityState.Device;
import dev.vpsnap.emulator.HivelocityState.Iso;
import dev.vpsnap.emulator.HivelocityState.Task;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.vpsnap.emulator.HivelocityApi.badRequest;

/**
 * Hivelocity ISOs: create answers 200 with the VPSISO ({@code ready:false}, status Downloading, size 0) which becomes
 * ready (status Ready, full size) once the async delay has passed; delete, attach ({@code POST /vps/{deviceId}/attachiso})
 * and detach answer 201 NetworkTasks applied on completion. The VPS's {@code isoId} and the ISO's {@code deviceIds}
 * reflect attachments. Only a ready ISO of the device's facility can be attached, one per VPS.
 */
final class HivelocityIsos {
    private final HivelocityApi api;

    HivelocityIsos(HivelocityApi api, Router router) {
        this.api = api;
        router.route("GET", "/vps/iso", this::list)
              .route("POST", "/vps/iso", this::create)
              .route("GET", "/vps/iso/{isoId}", this::get)
              .route("DELETE", "/vps/iso/{isoId}", this::delete)
              .route("POST", "/vps/{deviceId}/attachiso", this::attach)
              .route("POST", "/vps/{deviceId}/detachiso", this::detach);
    }

    private HivelocityState st() { return api.st(); }

    private Resp list(Req req) {
        Instant now = api.sim.now();
        List<Object> out = st().isos.stream()
                .filter(api.facilityAndClient(req, (Iso i) -> i.facilityCode))
                .map(i -> json(i, now)).collect(Collectors.toList());
        return Resp.json(200, out);
    }

    private Resp get(Req req) {
        return Resp.json(200, json(iso(req.param("isoId")), api.sim.now()));
    }

    private Resp create(Req req) {
        JsonNode body = api.jsonBody(req);
        api.validate(body, Fields.required("name", Fields.Type.STRING), Fields.required("description", Fields.Type.STRING),
                Fields.required("url", Fields.Type.STRING), Fields.required("bootable", Fields.Type.BOOLEAN),
                Fields.required("facilityCode", Fields.Type.STRING), Fields.optional("clientId", Fields.Type.INTEGER));
        String name = body.get("name").asText().trim();
        String url = body.get("url").asText().trim();
        if (name.isEmpty()) throw badRequest("The ISO name must not be empty.");
        if (!url.matches("(?i)https?://[^\\s/]+/\\S*")) throw badRequest("The ISO URL must be an http:// or https:// URL of the image.");
        Instant now = api.sim.now();
        Iso iso = new Iso();
        iso.isoId = api.sim.uuid("hv-iso", st().nextId++);
        iso.name = name;
        iso.description = body.get("description").asText();
        iso.url = url;
        iso.bootable = body.get("bootable").asBoolean();
        iso.facilityCode = body.get("facilityCode").asText();
        iso.sizeBytes = sizeFor(url);
        iso.createdAt = now;
        iso.readyAt = api.sim.doneAt(now);
        st().isos.add(iso);
        return Resp.json(200, json(iso, now));
    }

    private Resp delete(Req req) {
        Iso iso = iso(req.param("isoId"));
        List<Long> attached = deviceIds(iso);
        if (!attached.isEmpty()) throw badRequest("The ISO is attached to VPS " + attached.get(0) + "; detach it first.");
        if (api.hasPendingTask(t -> iso.isoId.equals(t.isoId))) {
            throw badRequest("A task is already in progress for this ISO; try again when it has completed.");
        }
        Task t = api.newTask("delete_iso", 0, api.sim.now(), Json.obj("isoId", iso.isoId));
        t.isoId = iso.isoId;
        return api.taskCreated(t);
    }

    private Resp attach(Req req) {
        JsonNode body = api.jsonBody(req);
        api.validate(body, Fields.required("isoId", Fields.Type.STRING));
        Device d = api.device(api.pathLong(req, "deviceId"));
        Iso iso = iso(body.get("isoId").asText());
        Instant now = api.sim.now();
        if (!ready(iso, now)) throw badRequest("The ISO is not ready yet (status: " + status(iso, now) + ").");
        if (!iso.facilityCode.equals(d.facilityCode)) {
            throw badRequest("The ISO is in facility " + iso.facilityCode + " but VPS " + d.deviceId + " is in " + d.facilityCode + ".");
        }
        if (d.isoId != null) throw badRequest("VPS " + d.deviceId + " already has an ISO attached; detach it first.");
        notBusy(d);
        Task t = api.newTask("attach_iso", d.deviceId, now, Json.obj("deviceId", d.deviceId, "isoId", iso.isoId));
        t.isoId = iso.isoId;
        return api.taskCreated(t);
    }

    private Resp detach(Req req) {
        Device d = api.device(api.pathLong(req, "deviceId"));
        if (d.isoId == null) throw badRequest("VPS " + d.deviceId + " has no ISO attached.");
        notBusy(d);
        Task t = api.newTask("detach_iso", d.deviceId, api.sim.now(), Json.obj("deviceId", d.deviceId, "isoId", d.isoId));
        t.isoId = d.isoId;
        return api.taskCreated(t);
    }

    /** Applies a completed ISO task; false if the task is not an ISO task. */
    boolean apply(Task t) {
        switch (t.kind) {
            case "delete_iso": st().isos.removeIf(i -> i.isoId.equals(t.isoId)); return true;
            case "attach_iso": st().devices.stream().filter(d -> d.deviceId == t.deviceId).forEach(d -> d.isoId = t.isoId); return true;
            case "detach_iso": st().devices.stream().filter(d -> d.deviceId == t.deviceId).forEach(d -> d.isoId = null); return true;
            default: return false;
        }
    }

    /** One ready demo ISO per facility that has demo devices. */
    void seedDemo(Instant now) {
        for (String facility : new TreeSet<>(st().devices.stream().map(d -> d.facilityCode).collect(Collectors.toList()))) {
            Iso iso = new Iso();
            iso.isoId = api.sim.uuid("hv-iso", st().nextId++);
            iso.name = "ubuntu-24.04-live-server-amd64";
            iso.description = "Ubuntu Server 24.04 LTS installer";
            iso.url = "https://releases.ubuntu.com/24.04/ubuntu-24.04-live-server-amd64.iso";
            iso.bootable = true;
            iso.facilityCode = facility;
            iso.sizeBytes = sizeFor(iso.url);
            iso.createdAt = now.minus(Duration.ofDays(20));
            iso.readyAt = iso.createdAt;
            st().isos.add(iso);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private void notBusy(Device d) {
        if (api.hasPendingTask(t -> t.deviceId == d.deviceId && t.kind.endsWith("_iso"))) {
            throw badRequest("An ISO task is already in progress for VPS " + d.deviceId + "; try again when it has completed.");
        }
    }

    private Iso iso(String id) {
        return st().isos.stream().filter(i -> i.isoId.equals(id)).findFirst()
                .orElseThrow(() -> ProviderApi.fail(Resp.json(404, Json.obj("message", "ISO not found."))));
    }

    private List<Long> deviceIds(Iso iso) {
        return st().devices.stream().filter(d -> iso.isoId.equals(d.isoId)).map(d -> d.deviceId).collect(Collectors.toList());
    }

    private static boolean ready(Iso iso, Instant now) {
        return !iso.readyAt.isAfter(now);
    }

    private static String status(Iso iso, Instant now) {
        return ready(iso, now) ? "Ready" : "Downloading";
    }

    /** A deterministic image size (bytes) between 0.5 and 4 GiB derived from the URL. */
    private static long sizeFor(String url) {
        long h = UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)).getLeastSignificantBits();
        return (512L + Math.floorMod(h, 3584L)) * 1024 * 1024;
    }

    private Map<String, Object> json(Iso iso, Instant now) {
        boolean ready = ready(iso, now);
        return Json.obj("isoId", iso.isoId, "name", iso.name, "description", iso.description, "url", iso.url,
                "size", ready ? iso.sizeBytes : 0L, "status", status(iso, now), "ready", ready, "bootable", iso.bootable,
                "deviceIds", deviceIds(iso), "facilityCode", iso.facilityCode);
    }
}
