package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.CoreState.Attachment;
import dev.vpsnap.emulator.CoreState.Environment;
import dev.vpsnap.emulator.CoreState.Vm;
import dev.vpsnap.emulator.CoreState.Volume;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.vpsnap.emulator.ProviderApi.fail;

/**
 * core (Hyperstack) volumes: {@code /core/volumes} (list paged like snapshots, create 200 {@code {status, message,
 * volume}}), {@code /core/volumes/{volume_id}} (get, PATCH = move to another environment of the same region, delete
 * 200 ResponseModel), {@code /core/volume-types} and {@code /core/virtual-machines/{vm_id}/attach-volumes|detach-volumes}
 * (200 {@code {status, message, volume_attachments}}). There is no resize.
 *
 * <p>Status: {@code creating} until the async delay has passed, then {@code available}; {@code in-use} while attached
 * (one attachment at a time). An attachment is ATTACHING for the async delay, then ATTACHED; a protected attachment
 * cannot be detached. Deleting an attached volume is 409; names are unique (409), at most 50 characters.
 * Undocumented choices: 409 on delete while attached (the spec lists 400/401/404 only), detach is immediate.
 */
final class CoreVolumes {
    static final List<String> TYPES = List.of("Cloud-SSD");
    static final int MAX_SIZE_GB = 1_048_576;

    private final CoreApi api;

    CoreVolumes(CoreApi api, Router router) {
        this.api = api;
        router.route("GET", "/core/volumes", this::list)
              .route("POST", "/core/volumes", this::create)
              .route("GET", "/core/volumes/{volume_id}", this::get)
              .route("PATCH", "/core/volumes/{volume_id}", this::update)
              .route("DELETE", "/core/volumes/{volume_id}", this::delete)
              .route("GET", "/core/volume-types", this::types)
              .route("POST", "/core/virtual-machines/{vm_id}/attach-volumes", this::attach)
              .route("POST", "/core/virtual-machines/{vm_id}/detach-volumes", this::detach);
    }

    private CoreState st() { return api.st(); }

    private Resp list(Req req) {
        String search = CoreApi.lower(req.query("search"));
        String env = req.query("environment");
        Instant now = api.sim.now();
        List<Volume> all = st().volumes.stream()
                .filter(v -> search == null || String.valueOf(v.id).equals(search) || v.name.toLowerCase(Locale.ROOT).contains(search))
                .filter(v -> env == null || env.isEmpty() || v.environmentName.equals(env) || String.valueOf(environment(v.environmentName).id).equals(env))
                .collect(Collectors.toList());
        return api.listing(req, "Getting volumes success", "volumes", all, v -> json(v, now));
    }

    private Resp get(Req req) {
        return volumeResp("Getting volume success", volume(req), null);
    }

    private Resp types(Req req) {
        return Resp.json(200, Json.obj("status", true, "message", "Retrieved Volume Types.", "volume_types", TYPES));
    }

    private Resp create(Req req) {
        JsonNode body = api.jsonBody(req);
        api.validate(req, body, Fields.required("name", Fields.Type.STRING), Fields.required("environment_name", Fields.Type.STRING),
                Fields.required("volume_type", Fields.Type.STRING), Fields.required("size", Fields.Type.INTEGER),
                Fields.optional("description", Fields.Type.STRING), Fields.optional("image_id", Fields.Type.INTEGER),
                Fields.optional("callback_url", Fields.Type.STRING));
        String name = body.get("name").asText().trim();
        if (name.isEmpty() || name.length() > 50) throw bad(req, "name: Length must be between 1 and 50.");
        long size = body.get("size").asLong();
        if (size < 1 || size > MAX_SIZE_GB) throw bad(req, "size: Must be greater than or equal to 1 and less than or equal to " + MAX_SIZE_GB + ".");
        String type = body.get("volume_type").asText();
        if (!TYPES.contains(type)) throw bad(req, "volume_type: Invalid volume type '" + type + "'; use one of: " + String.join(", ", TYPES) + ".");
        String callback = Fields.text(body, "callback_url");
        if (callback != null && callback.length() > 250) throw bad(req, "callback_url: Longer than maximum length 250.");
        Environment env = environment(req, body.get("environment_name").asText());
        if (st().volumes.stream().anyMatch(v -> v.name.equals(name))) {
            throw fail(api.error(req, 409, "A volume named '" + name + "' already exists."));
        }
        Instant now = api.sim.now();
        Volume v = new Volume();
        v.id = st().nextId++;
        v.name = name;
        v.description = Fields.text(body, "description");
        v.sizeGb = (int) size;
        v.volumeType = type;
        v.imageId = body.hasNonNull("image_id") ? body.get("image_id").asLong() : null;
        v.callbackUrl = callback;
        v.environmentName = env.name;
        v.status = "creating";
        v.createdAt = now;
        v.updatedAt = now;
        st().volumes.add(v);
        return volumeResp("Volume creation initiated.", v, null);
    }

    private Resp update(Req req) {
        Volume v = volume(req);
        JsonNode body = api.jsonBody(req);
        api.validate(req, body, Fields.required("environment_name", Fields.Type.STRING));
        Environment target = environment(req, body.get("environment_name").asText());
        Environment current = environment(v.environmentName);
        if (!v.attachments.isEmpty()) {
            throw fail(api.error(req, 409, "Volume " + v.id + " is attached to a virtual machine; detach it before changing its environment."));
        }
        if (!Objects.equals(target.region, current.region)) {
            throw bad(req, "The target environment must be in the same region as the current one (" + current.region + ").");
        }
        Map<String, Object> updates = Json.obj();
        if (!target.name.equals(v.environmentName)) {
            updates.put("environment_name", target.name);
            v.environmentName = target.name;
            v.updatedAt = api.sim.now();
        }
        return volumeResp("Volume updated successfully.", v, updates);
    }

    private Resp delete(Req req) {
        Volume v = volume(req);
        if (!v.attachments.isEmpty()) {
            throw fail(api.error(req, 409, "Volume " + v.id + " is attached to virtual machine " + v.attachments.get(0).vmId
                    + "; detach it before deleting it."));
        }
        if (v.status.equals("creating")) throw bad(req, "Volume " + v.id + " is still being created and cannot be deleted yet.");
        st().volumes.remove(v);
        return Resp.json(200, Json.obj("status", true, "message", "Volume " + v.id + " deleted successfully."));
    }

    private Resp attach(Req req) {
        Vm vm = api.vm(req, api.pathLong(req, "vm_id"));
        JsonNode body = api.jsonBody(req);
        api.validate(req, body, Fields.required("volume_ids", Fields.Type.INTEGER_ARRAY), Fields.optional("protected", Fields.Type.BOOLEAN));
        boolean isProtected = body.hasNonNull("protected") && body.get("protected").asBoolean();
        Instant now = api.sim.now();
        String vmStatus = api.vmStatus(vm, now);
        if (!vmStatus.equals("ACTIVE") && !vmStatus.equals("SHUTOFF")) {
            throw bad(req, "Virtual machine must be ACTIVE or SHUTOFF to attach volumes (current status: " + vmStatus + ").");
        }
        List<Volume> vols = volumes(req, body);
        for (Volume v : vols) {
            if (!v.status.equals("available")) throw bad(req, "We can process with only available volumes.");
            if (!v.environmentName.equals(vm.environmentName)) {
                throw bad(req, "Volume " + v.id + " is in environment " + v.environmentName + " but virtual machine " + vm.id
                        + " is in " + vm.environmentName + ".");
            }
        }
        List<Object> out = new ArrayList<>();
        for (Volume v : vols) {
            Attachment a = new Attachment();
            a.id = st().nextId++;
            a.vmId = vm.id;
            a.device = "/dev/disk/by-id/virtio-" + api.sim.uuid("core-volume", v.id).substring(0, 20);
            a.isProtected = isProtected;
            a.createdAt = now;
            v.attachments.add(a);
            v.status = "in-use";
            v.updatedAt = now;
            out.add(attachmentJson(v, a, attachmentStatus(a, now)));
        }
        return Resp.json(200, Json.obj("status", true, "message", "Volumes attached successfully.", "volume_attachments", out));
    }

    private Resp detach(Req req) {
        Vm vm = api.vm(req, api.pathLong(req, "vm_id"));
        JsonNode body = api.jsonBody(req);
        api.validate(req, body, Fields.required("volume_ids", Fields.Type.INTEGER_ARRAY));
        List<Volume> vols = volumes(req, body);
        List<Attachment> found = new ArrayList<>();
        for (Volume v : vols) {
            Attachment a = v.attachments.stream().filter(x -> x.vmId == vm.id).findFirst()
                    .orElseThrow(() -> bad(req, "Volume " + v.id + " is not attached to virtual machine " + vm.id + "."));
            if (a.isProtected) throw bad(req, "Volume attachment " + a.id + " is protected and cannot be detached.");
            found.add(a);
        }
        Instant now = api.sim.now();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < vols.size(); i++) {
            Volume v = vols.get(i);
            v.attachments.remove(found.get(i));
            v.status = "available";
            v.updatedAt = now;
            out.add(attachmentJson(v, found.get(i), "DETACHED"));
        }
        return Resp.json(200, Json.obj("status", true, "message", "Volumes detached successfully.", "volume_attachments", out));
    }

    /** creating → available once the async delay has passed; true if anything changed. */
    boolean settle(Instant now) {
        boolean changed = false;
        for (Volume v : st().volumes) {
            if (v.status.equals("creating") && !api.sim.doneAt(v.createdAt).isAfter(now)) {
                v.status = "available";
                v.updatedAt = api.sim.doneAt(v.createdAt);
                changed = true;
            }
        }
        return changed;
    }

    /** Environments besides the VMs' own, and one demo volume. */
    void seedDemo(Instant now) {
        addEnvironment(300, "default-CANADA-1", "CANADA-1");
        addEnvironment(301, "staging-CANADA-1", "CANADA-1");
        addEnvironment(302, "default-NORWAY-1", "NORWAY-1");
        Volume v = new Volume();
        v.id = st().nextId++;
        v.name = "data-01";
        v.description = "Demo data volume";
        v.sizeGb = 100;
        v.volumeType = TYPES.get(0);
        v.environmentName = "default-CANADA-1";
        v.status = "available";
        v.createdAt = now.minus(Duration.ofDays(7));
        v.updatedAt = v.createdAt;
        st().volumes.add(v);
    }

    /** The VM's volume_attachments (Volume_Attachment_Fields). */
    List<Object> ofVm(long vmId, Instant now) {
        List<Object> out = new ArrayList<>();
        for (Volume v : st().volumes) {
            for (Attachment a : v.attachments) {
                if (a.vmId != vmId) continue;
                out.add(Json.obj("id", a.id, "device", a.device, "status", attachmentStatus(a, now), "protected", a.isProtected,
                        "created_at", Json.ts(a.createdAt), "volume", Json.obj("id", v.id, "name", v.name,
                                "description", v.description == null ? "" : v.description, "volume_type", v.volumeType,
                                "bootable", v.imageId != null, "size", v.sizeGb)));
            }
        }
        return out;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private void addEnvironment(long id, String name, String region) {
        Environment e = new Environment();
        e.id = id;
        e.name = name;
        e.region = region;
        st().environments.add(e);
    }

    private ApiException bad(Req req, String message) {
        return fail(api.error(req, 400, message));
    }

    /** A known environment (declared or named by a VM), or null. */
    private Environment findEnvironment(String name) {
        for (Environment e : st().environments) if (e.name.equals(name)) return e;
        for (Vm vm : st().vms) {
            if (vm.environmentName.equals(name)) {
                Environment e = new Environment();
                e.id = vm.environmentId;
                e.name = vm.environmentName;
                e.region = vm.region;
                return e;
            }
        }
        return null;
    }

    private Environment environment(Req req, String name) {
        Environment e = findEnvironment(name);
        if (e == null) throw fail(api.error(req, 404, "Environment '" + name + "' not found."));
        return e;
    }

    /** The environment of an existing volume (always known; a placeholder if its environment vanished). */
    private Environment environment(String name) {
        Environment e = findEnvironment(name);
        if (e != null) return e;
        e = new Environment();
        e.name = name;
        return e;
    }

    private Volume volume(Req req) {
        long id = api.pathLong(req, "volume_id");
        return volumeById(req, id);
    }

    private Volume volumeById(Req req, long id) {
        return st().volumes.stream().filter(v -> v.id == id).findFirst()
                .orElseThrow(() -> fail(api.gone(req, "Volume", id)));
    }

    /** The body's volume_ids (at least one; duplicates once), each an existing volume. */
    private List<Volume> volumes(Req req, JsonNode body) {
        Set<Long> ids = new LinkedHashSet<>();
        body.get("volume_ids").forEach(n -> ids.add(n.asLong()));
        if (ids.isEmpty()) throw bad(req, "volume_ids: Shorter than minimum length 1.");
        return ids.stream().map(id -> volumeById(req, id)).collect(Collectors.toList());
    }

    private String attachmentStatus(Attachment a, Instant now) {
        return api.sim.doneAt(a.createdAt).isAfter(now) ? "ATTACHING" : "ATTACHED";
    }

    private Resp volumeResp(String message, Volume v, Map<String, Object> updates) {
        Map<String, Object> m = Json.obj("status", true, "message", message);
        if (updates != null) m.put("updates", updates);
        m.put("volume", json(v, api.sim.now()));
        return Resp.json(200, m);
    }

    private Map<String, Object> json(Volume v, Instant now) {
        Environment env = environment(v.environmentName);
        Map<String, Object> envJson = Json.obj("name", env.name, "region", env.region, "features", Json.obj());
        envJson.values().removeIf(Objects::isNull);
        List<Object> attachments = v.attachments.stream().map(a -> (Object) Json.obj("id", a.id, "instance_id", a.vmId,
                "device", a.device, "status", attachmentStatus(a, now), "protected", a.isProtected)).collect(Collectors.toList());
        Map<String, Object> m = Json.obj("id", v.id, "name", v.name, "description", v.description == null ? "" : v.description,
                "size", v.sizeGb, "status", v.status, "volume_type", v.volumeType, "bootable", v.imageId != null,
                "image_id", v.imageId, "callback_url", v.callbackUrl, "environment", envJson, "attachments", attachments,
                "created_at", Json.ts(v.createdAt), "updated_at", Json.ts(v.updatedAt));
        m.values().removeIf(Objects::isNull); // image_id/callback_url only when set: the typed fields are absent, not null
        return m;
    }

    private Map<String, Object> attachmentJson(Volume v, Attachment a, String status) {
        return Json.obj("id", a.id, "instance_id", a.vmId, "volume_id", v.id, "device", a.device, "status", status,
                "protected", a.isProtected, "created_at", Json.ts(a.createdAt));
    }
}
