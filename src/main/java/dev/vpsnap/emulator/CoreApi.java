package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.CoreState.Snapshot;
import dev.vpsnap.emulator.CoreState.Vm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * core API = Hyperstack/NexGen Infrahub v1: {@code api_key} header auth; errors are ErrorResponseModel
 * {@code {"status": false, "message", "error_reason"}}; lists are {@code {status, message, <items>, count, page,
 * page_size}} paged with {@code page}/{@code pageSize} (default 20). Snapshot status CREATING → SUCCESSFUL.
 * Restoring a snapshot creates a new VM (BUILD → ACTIVE) and leaves the source VM untouched.
 *
 * <p>Spec-driven choices: SnapshotRetrieveFields' {@code labels} and {@code vm_*} members are emitted as strings
 * (comma-joined labels; names of environment/flavor/image/keypair), as the spec types them. Unknown snapshot/VM →
 * 404; snapshot names must be unique (as the name-availability endpoint implies). Volumes, volume types and
 * attaching/detaching volumes are served by {@link CoreVolumes} on this class's router and helpers.
 */
final class CoreApi extends ProviderApi {
    private static final int PAGE_SIZE = 20;
    private final CoreVolumes volumes;

    CoreApi(Sim sim) {
        super(sim, true);
        router.route("GET", "/core/virtual-machines", this::listVms)
              .route("GET", "/core/virtual-machines/{vm_id}", this::getVm)
              .route("POST", "/core/virtual-machines/{vm_id}/snapshots", this::createSnapshot)
              .route("GET", "/core/snapshots", this::listSnapshots)
              .route("GET", "/core/snapshots/name-availability/{name}", this::nameAvailability)
              .route("GET", "/core/snapshots/{id}", this::getSnapshot)
              .route("DELETE", "/core/snapshots/{id}", this::deleteSnapshot)
              .route("POST", "/core/snapshots/{id}/restore", this::restoreSnapshot);
        this.volumes = new CoreVolumes(this, router);
    }

    @Override String id() { return "core"; }

    @Override String prefix() { return "/core/v1"; }

    CoreState st() { return sim.state.core; }

    @Override boolean authorized(Req req) { return checkHeader(req, "api_key", Emulator.apiKey(id())); }

    @Override Resp unauthorized(Req req) {
        return error(req, 401, req.header("api_key") == null ? "api_key header is missing" : "Invalid api_key");
    }

    @Override Resp error(Req req, int status, String message) {
        return Resp.json(status, Json.obj("status", false, "message", message, "error_reason", errorReason(status)));
    }

    // ---- virtual machines --------------------------------------------------------------------------------

    private Resp listVms(Req req) {
        String search = lower(req.query("search"));
        String env = req.query("environment");
        Instant now = sim.now();
        List<Vm> all = st().vms.stream()
                .filter(v -> search == null || String.valueOf(v.id).equals(search) || v.name.toLowerCase(Locale.ROOT).contains(search))
                .filter(v -> env == null || v.environmentName.contains(env))
                .collect(Collectors.toList());
        return listing(req, "Getting instances success", "instances", all, v -> vmJson(v, now));
    }

    private Resp getVm(Req req) {
        return Resp.json(200, Json.obj("status", true, "message", "Getting instance success",
                "instance", vmJson(vm(req, pathLong(req, "vm_id")), sim.now())));
    }

    // ---- snapshots ---------------------------------------------------------------------------------------

    private Resp listSnapshots(Req req) {
        String search = lower(req.query("search"));
        List<Snapshot> all = st().snapshots.stream()
                .filter(s -> search == null || String.valueOf(s.id).equals(search) || s.name.toLowerCase(Locale.ROOT).contains(search))
                .collect(Collectors.toList());
        return listing(req, "Getting snapshots success", "snapshots", all, this::snapshotJson);
    }

    private Resp getSnapshot(Req req) {
        Snapshot s = snapshot(req);
        Vm vm = st().vms.stream().filter(v -> v.id == s.vmId).findFirst().orElse(null);
        Map<String, Object> out = snapshotJson(s);
        out.put("labels", String.join(",", s.labels));
        if (vm != null) {
            out.put("region", vm.region);
            out.put("vm_name", vm.name);
            out.put("vm_status", vmStatus(vm, sim.now()));
            out.put("vm_environment", vm.environmentName);
            out.put("vm_flavor", vm.flavorName);
            out.put("vm_image", vm.imageName);
            out.put("vm_keypair", vm.keypairName);
            out.put("volume_id", String.valueOf(vm.id * 10 + 1));
            out.put("volume_name", vm.name + "-boot");
        }
        return Resp.json(200, Json.obj("status", true, "message", "Getting snapshot success", "snapshot", out));
    }

    private Resp createSnapshot(Req req) {
        Vm vm = vm(req, pathLong(req, "vm_id"));
        JsonNode body = jsonBody(req);
        validate(req, body, Fields.required("name", Fields.Type.STRING), Fields.required("description", Fields.Type.STRING),
                Fields.optional("labels", Fields.Type.STRING_ARRAY));
        String name = body.get("name").asText().trim();
        if (name.isEmpty() || name.length() > 50) throw fail(error(req, 400, "name: Length must be between 1 and 50."));
        if (st().snapshots.stream().anyMatch(s -> s.name.equals(name))) {
            throw fail(error(req, 400, "A snapshot named '" + name + "' already exists."));
        }
        Instant now = sim.now();
        String status = vmStatus(vm, now);
        if (!status.equals("ACTIVE") && !status.equals("SHUTOFF")) {
            throw fail(error(req, 400, "Virtual machine must be ACTIVE or SHUTOFF to create a snapshot (current status: " + status + ")."));
        }
        if (st().snapshots.stream().anyMatch(s -> s.vmId == vm.id && s.status.equals("CREATING"))) {
            throw fail(error(req, 400, "Another snapshot of this virtual machine is already in progress."));
        }
        List<String> labels = new ArrayList<>();
        if (body.has("labels") && body.get("labels").isArray()) body.get("labels").forEach(l -> labels.add(l.asText()));
        Snapshot s = newSnapshot(vm, name, body.get("description").asText(), labels, now, false);
        return Resp.json(201, Json.obj("status", true, "message", "Snapshot creation initiated.", "snapshot", snapshotJson(s)));
    }

    private Resp deleteSnapshot(Req req) {
        Snapshot s = snapshot(req);
        if (s.status.equals("CREATING")) {
            throw fail(error(req, 409, "Snapshot " + s.id + " is still being created and cannot be deleted yet."));
        }
        st().snapshots.remove(s);
        return Resp.json(200, Json.obj("status", true, "message", "Snapshot " + s.id + " deleted successfully."));
    }

    private Resp restoreSnapshot(Req req) {
        Snapshot s = snapshot(req);
        JsonNode body = jsonBody(req);
        validate(req, body, Fields.required("new_vm_name", Fields.Type.STRING), Fields.optional("contract_id", Fields.Type.INTEGER));
        String newName = body.get("new_vm_name").asText().trim();
        if (newName.isEmpty() || newName.length() > 50) throw fail(error(req, 400, "new_vm_name: Length must be between 1 and 50."));
        if (!s.status.equals("SUCCESSFUL")) {
            throw fail(error(req, 400, "Snapshot must be in SUCCESSFUL state to be restored (current status: " + s.status + ")."));
        }
        if (st().vms.stream().anyMatch(v -> v.name.equals(newName))) {
            throw fail(error(req, 400, "A virtual machine named '" + newName + "' already exists."));
        }
        Vm src = st().vms.stream().filter(v -> v.id == s.vmId).findFirst()
                .orElseThrow(() -> fail(error(req, 400, "The source virtual machine of this snapshot no longer exists.")));
        Instant now = sim.now();
        Vm vm = copyVm(src, newName, now);
        if (body.has("contract_id") && !body.get("contract_id").isNull()) vm.contractId = body.get("contract_id").asLong();
        String message = "Snapshot restore initiated: creating virtual machine '" + newName + "'.";
        if (sim.has(Quirk.CORE_RESTORE_INSTANCES)) {
            // the vendor's restore page: an "instances" array whose VM is CREATING, where the spec says "instance"
            Map<String, Object> created = vmJson(vm, now);
            created.put("status", "CREATING");
            return Resp.json(200, Json.obj("status", true, "message", message, "instances", List.of(created)));
        }
        return Resp.json(200, Json.obj("status", true, "message", message, "instance", vmJson(vm, now)));
    }

    private Resp nameAvailability(Req req) {
        String name = req.param("name");
        boolean available = st().snapshots.stream().noneMatch(s -> s.name.equals(name));
        return Resp.json(200, Json.obj("available", available,
                "message", available ? "Name is available" : "Name is already in use", "name", name));
    }

    // ---- async transitions -------------------------------------------------------------------------------

    @Override boolean settle(Instant now) {
        boolean changed = false;
        for (Snapshot s : st().snapshots) {
            if (s.status.equals("CREATING") && !sim.doneAt(s.createdAt).isAfter(now)) {
                s.status = "SUCCESSFUL";
                s.updatedAt = sim.doneAt(s.createdAt);
                changed = true;
            }
        }
        for (Vm vm : st().vms) {
            if (vm.readyAt != null && !vm.readyAt.isAfter(now)) {
                vm.readyAt = null;
                vm.status = sim.has(Quirk.CORE_RESTORE_ERROR) ? "ERROR" : sim.has(Quirk.CORE_RESTORE_DELETED) ? "DELETED"
                        : "ACTIVE";
                changed = true;
            }
        }
        return volumes.settle(now) | changed;
    }

    // ---- demo data ---------------------------------------------------------------------------------------

    @Override void seedDemo(Random rnd, Instant now, int servers) {
        long id = 100_000 + rnd.nextInt(50_000);
        String[] statuses = {"ACTIVE", "ACTIVE", "SHUTOFF"};
        st().nextId = 2000 + rnd.nextInt(1000);
        for (int i = 0; i < servers; i++) {
            Random r = demoRandom(rnd, i);
            int m = demoModel(i);
            Vm vm = new Vm();
            vm.id = id;
            id += 1 + r.nextInt(40);
            vm.name = demoName(i);
            vm.status = statuses[m];
            vm.environmentId = 300;
            vm.environmentName = "default-CANADA-1";
            vm.region = "CANADA-1";
            vm.regionId = 1;
            vm.flavorId = m == 1 ? 96 : 95;
            vm.flavorName = m == 1 ? "n3-cpu-16x64" : "n3-cpu-4x16";
            vm.cpu = m == 1 ? 16 : 4;
            vm.ramGb = m == 1 ? 64 : 16;
            vm.diskGb = m == 1 ? 200 : 100;
            vm.imageName = "Ubuntu Server 22.04 LTS";
            vm.keypairName = "sandbox-key";
            vm.fixedIp = "10.0.0." + (10 + r.nextInt(200));
            vm.floatingIp = i == 0 ? "38.80." + (10 + r.nextInt(200)) + "." + (10 + r.nextInt(240)) : null;
            vm.createdAt = now.minus(Duration.ofDays(10 + r.nextInt(200)));
            st().vms.add(vm);
            if (i == 0) newSnapshot(vm, "web-01-golden", "Golden image after provisioning", List.of("golden"),
                    now.minus(Duration.ofDays(4)), true);
        }
        volumes.seedDemo(now);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Snapshot newSnapshot(Vm vm, String name, String description, List<String> labels, Instant now, boolean done) {
        Snapshot s = new Snapshot();
        s.id = st().nextId++;
        s.vmId = vm.id;
        s.name = name;
        s.description = description;
        s.labels = new ArrayList<>(labels);
        s.sizeGb = vm.diskGb;
        s.createdAt = now;
        s.updatedAt = done ? sim.doneAt(now) : now;
        s.status = done ? "SUCCESSFUL" : "CREATING";
        st().snapshots.add(s);
        return s;
    }

    private Vm copyVm(Vm src, String name, Instant now) {
        Vm vm = Json.MAPPER.convertValue(src, Vm.class);
        vm.id = st().vms.stream().mapToLong(v -> v.id).max().orElse(100_000) + 1;
        vm.name = name;
        vm.status = "BUILD";
        vm.readyAt = sim.doneAt(now).isAfter(now) ? sim.doneAt(now) : now.plusMillis(1);
        vm.fixedIp = "10.0.0." + (vm.id % 250 + 2);
        vm.floatingIp = null;
        vm.labels = new ArrayList<>();
        vm.createdAt = now;
        st().vms.add(vm);
        return vm;
    }

    String vmStatus(Vm vm, Instant now) {
        String building = sim.has(Quirk.CORE_CREATING_VMS) ? "CREATING" : "BUILD";
        return vm.readyAt != null && vm.readyAt.isAfter(now) ? building : vm.status;
    }

    <T> Resp listing(Req req, String message, String key, List<T> all, java.util.function.Function<T, Map<String, Object>> json) {
        int page = positiveInt(req, "page", 1);
        int size = positiveInt(req, "pageSize", PAGE_SIZE);
        List<Object> items = page(all, page, size).stream().map(json).collect(Collectors.toList());
        // count is undefined in the spec: the total by default, or (quirks) the page's items, or 0 as in the docs' example
        int count = sim.has(Quirk.CORE_COUNT_ZERO) ? 0 : sim.has(Quirk.CORE_COUNT_PER_PAGE) ? items.size() : all.size();
        return Resp.json(200, Json.obj("status", true, "message", message, key, items,
                "count", count, "page", page, "page_size", size));
    }

    private int positiveInt(Req req, String name, int dflt) {
        String raw = req.query(name);
        if (raw == null || raw.isEmpty()) return dflt;
        Long v = Fields.parseLong(raw);
        if (v == null || v < 1 || v > 10_000) throw fail(error(req, 400, name + " must be a positive integer"));
        return v.intValue();
    }

    void validate(Req req, JsonNode body, Fields.Rule... rules) {
        List<Fields.Violation> vs = Fields.check(body, rules);
        if (vs.isEmpty()) return;
        String msg = vs.stream().map(v -> v.field() + ": " + (v.missing() ? "Missing data for required field."
                : "Not a valid " + v.expected().jsonName + ".")).collect(Collectors.joining(" "));
        throw fail(error(req, 400, msg));
    }

    Vm vm(Req req, long id) {
        return st().vms.stream().filter(v -> v.id == id).findFirst()
                .orElseThrow(() -> fail(error(req, 404, "Virtual machine " + id + " not found")));
    }

    private Snapshot snapshot(Req req) {
        long id = pathLong(req, "id");
        return st().snapshots.stream().filter(s -> s.id == id).findFirst()
                .orElseThrow(() -> fail(gone(req, "Snapshot", id)));
    }

    /**
     * A GET of a snapshot or volume that does not exist: 404 by default; the spec documents no 404 there (snapshot GET:
     * 400 only; volume GET: 400/401/403/405), so the quirks answer 403 or a 400 worded its own way.
     */
    Resp gone(Req req, String what, long id) {
        if (req.method.equals("GET") && sim.has(Quirk.CORE_DELETED_403)) {
            return error(req, 403, "You do not have access to this resource.");
        }
        if (req.method.equals("GET") && sim.has(Quirk.CORE_DELETED_400)) {
            return error(req, 400, what + " with id " + id + " does not exist");
        }
        return error(req, 404, what + " " + id + " not found");
    }

    /** The docs: 500 requests a minute per source; the first excess blocks every request for the rest of it. */
    static final int REQUESTS_PER_MINUTE = 500;
    private final MinuteBlock minuteBlock = new MinuteBlock(REQUESTS_PER_MINUTE);

    /** Quirk {@code core-rate-block}: 429 with no Retry-After (none is documented) until the minute is over. */
    @Override Resp throttle(Req req) {
        if (!sim.has(Quirk.CORE_RATE_BLOCK) || minuteBlock.admit(sim.now())) return null;
        return error(req, 429, "Too many requests: the limit is " + REQUESTS_PER_MINUTE + " a minute");
    }

    static String lower(String s) {
        return s == null || s.isEmpty() ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String errorReason(int status) {
        switch (status) {
            case 400: return "bad_request";
            case 401: return "unauthorized";
            case 404: return "not_found";
            case 405: return "method_not_allowed";
            case 409: return "conflict";
            case 429: return "too_many_requests";
            default: return status >= 500 ? "internal_server_error" : "error";
        }
    }

    private Map<String, Object> snapshotJson(Snapshot s) {
        return Json.obj("id", s.id, "name", s.name, "description", s.description, "vm_id", s.vmId, "region_id",
                st().vms.stream().filter(v -> v.id == s.vmId).mapToLong(v -> v.regionId).findFirst().orElse(1),
                "status", s.status, "is_image", false, "size", s.sizeGb, "labels", new ArrayList<>(s.labels),
                "has_floating_ip", st().vms.stream().anyMatch(v -> v.id == s.vmId && v.floatingIp != null),
                "created_at", Json.ts(s.createdAt), "updated_at", Json.ts(s.updatedAt));
    }

    private Map<String, Object> vmJson(Vm vm, Instant now) {
        String status = vmStatus(vm, now);
        Predicate<String> is = status::equals;
        Map<String, Object> m = Json.obj("id", vm.id, "name", vm.name, "status", status,
                "vm_state", is.test("ACTIVE") ? "active" : is.test("BUILD") ? "building" : "stopped",
                "power_state", is.test("ACTIVE") ? "RUNNING" : is.test("BUILD") ? "NOSTATE" : "SHUTDOWN",
                "environment", Json.obj("id", vm.environmentId, "name", vm.environmentName, "region", vm.region,
                        "org_id", 1, "features", Json.obj("network_optimised", false, "green_status", "NOT_GREEN")),
                "flavor", Json.obj("id", vm.flavorId, "name", vm.flavorName, "cpu", vm.cpu, "ram", vm.ramGb, "disk", vm.diskGb,
                        "ephemeral", 0, "gpu", "", "gpu_count", 0, "labels", List.of(), "features", Map.of()),
                "image", Json.obj("name", vm.imageName), "keypair", Json.obj("name", vm.keypairName),
                "fixed_ip", vm.fixedIp, "floating_ip", vm.floatingIp == null ? "" : vm.floatingIp,
                "floating_ip_status", vm.floatingIp == null ? "NOT_ATTACHED" : "ATTACHED",
                "labels", new ArrayList<>(vm.labels), "locked", false, "os", vm.imageName,
                "requires_public_ip", vm.floatingIp != null, "security_rules", List.of(), "volume_attachments", volumes.ofVm(vm.id, now),
                "features", Map.of(), "created_at", Json.ts(vm.createdAt));
        if (vm.contractId != null) m.put("contract_id", vm.contractId);
        return m;
    }
}
