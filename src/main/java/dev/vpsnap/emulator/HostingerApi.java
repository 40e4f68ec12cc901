package dev.vpsnap.emulator;

import dev.vpsnap.emulator.HostingerState.Action;
import dev.vpsnap.emulator.HostingerState.Snapshot;
import dev.vpsnap.emulator.HostingerState.Vm;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Hostinger VPS API v1 (Laravel): Bearer auth (401 otherwise); errors {@code {"message", "correlation_id"}} and,
 * for validation, 422 {@code {"message", "errors": {field: [..]}, "correlation_id"}}. One snapshot per VM;
 * snapshot create/delete/restore return an Action (created → sent → success) and lock the VM while it runs.
 *
 * <p>Choices where the spec is silent: GET/DELETE/restore of a missing snapshot → 404 "Snapshot not found";
 * unknown VM or action → 404; a mutating call on a locked VM → 422; snapshots disappear at {@code expires_at}
 * (20 days after creation, as in the spec example).
 */
final class HostingerApi extends ProviderApi {
    private static final String VM = "/api/vps/v1/virtual-machines/{virtualMachineId}";
    private static final int PER_PAGE = 15;
    private static final Duration RETENTION = Duration.ofDays(20);
    private final AtomicLong correlation = new AtomicLong();

    HostingerApi(Sim sim) {
        super(sim, true);
        router.route("GET", "/api/vps/v1/virtual-machines", this::listVms)
              .route("GET", VM, this::getVm)
              .route("GET", VM + "/snapshot", this::getSnapshot)
              .route("POST", VM + "/snapshot", req -> startAction(req, "snapshot_create"))
              .route("DELETE", VM + "/snapshot", req -> startAction(req, "snapshot_delete"))
              .route("POST", VM + "/snapshot/restore", req -> startAction(req, "snapshot_restore"))
              .route("GET", VM + "/actions", this::listActions)
              .route("GET", VM + "/actions/{actionId}", this::getAction);
    }

    @Override String id() { return "hostinger"; }

    @Override String prefix() { return "/hostinger"; }

    private HostingerState st() { return sim.state.hostinger; }

    @Override boolean authorized(Req req) { return checkBearer(req, Emulator.apiKey(id())); }

    @Override Resp unauthorized(Req req) { return error(req, 401, "Unauthenticated"); }

    @Override Resp error(Req req, int status, String message) {
        return Resp.json(status, Json.obj("message", message, "correlation_id", correlationId()));
    }

    @Override Resp routeNotFound(Req req) {
        return error(req, 404, "The route " + req.path.substring(1) + " could not be found.");
    }

    @Override Resp methodNotAllowed(Req req, Set<String> allowed) {
        return error(req, 405, "The " + req.method + " method is not supported for route " + req.path.substring(1)
                + ". Supported methods: " + String.join(", ", allowed) + ".").withHeader("Allow", String.join(", ", allowed));
    }

    @Override Resp tooManyRequests(Req req, long retryAfterSeconds) {
        return error(req, 429, "Too Many Attempts.").withHeader("Retry-After", Long.toString(retryAfterSeconds))
                .withHeader("X-RateLimit-Remaining", "0");
    }

    // ---- handlers ----------------------------------------------------------------------------------------

    private Resp listVms(Req req) {
        Instant now = sim.now();
        return Resp.json(200, st().vms.stream().map(v -> vmJson(v, now)).collect(Collectors.toList()));
    }

    private Resp getVm(Req req) {
        return Resp.json(200, vmJson(vm(req), sim.now()));
    }

    private Resp getSnapshot(Req req) {
        Vm vm = vm(req);
        if (vm.snapshot == null) return noSnapshot(req);
        Snapshot s = vm.snapshot;
        return Resp.json(200, Json.obj("id", s.id, "restore_time", s.restoreTimeSeconds,
                "created_at", Json.ts(s.createdAt), "expires_at", Json.ts(s.expiresAt)));
    }

    /**
     * The spec documents only 200/401/500 for this GET, so how "no snapshot" looks is unknown: 404 by default, or
     * (quirks) 200 {@code null}, 200 {@code {}} or 500.
     */
    private Resp noSnapshot(Req req) {
        if (sim.has(Quirk.HOSTINGER_NO_SNAPSHOT_NULL)) return new Resp(200, Map.of("Content-Type", "application/json"),
                "null".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (sim.has(Quirk.HOSTINGER_NO_SNAPSHOT_OBJECT)) return Resp.json(200, Json.obj());
        if (sim.has(Quirk.HOSTINGER_NO_SNAPSHOT_500)) return error(req, 500, "Server Error");
        return error(req, 404, "Snapshot not found");
    }

    /** Create, delete and restore: bodyless POST/DELETE (any Content-Type, body ignored) returning an Action. */
    private Resp startAction(Req req, String name) {
        Vm vm = vm(req);
        Instant now = sim.now();
        if (runningAction(vm.id) != null) {
            throw fail(validation(req, "virtualMachineId",
                    "Virtual machine is locked: another action is in progress. Try again when it has finished."));
        }
        if (!vm.state.equals("running") && !vm.state.equals("stopped")) {
            throw fail(validation(req, "virtualMachineId", "Virtual machine is in state " + vm.state + " and cannot run this action."));
        }
        if (!name.equals("snapshot_create") && vm.snapshot == null) throw fail(error(req, 404, "Snapshot not found"));
        Action a = new Action();
        a.id = 8_000_000 + st().nextId++;
        a.vmId = vm.id;
        a.name = name;
        a.createdAt = now;
        a.doneAt = sim.doneAt(now);
        if (name.equals("snapshot_create")) a.newSnapshotId = 300 + st().nextId++;
        st().actions.add(a);
        return Resp.json(200, actionJson(a, now));
    }

    private Resp listActions(Req req) {
        Vm vm = vm(req);
        int page = 1;
        String raw = req.query("page");
        if (raw != null && !raw.isEmpty()) {
            Long p = Fields.parseLong(raw);
            if (p == null || p < 1) throw fail(validation(req, "page", "The page field must be an integer greater than 0."));
            page = (int) Math.min(p, Integer.MAX_VALUE);
        }
        Instant now = sim.now();
        List<Action> all = st().actions.stream().filter(a -> a.vmId == vm.id)
                .sorted(Comparator.comparingLong((Action a) -> a.id).reversed()).collect(Collectors.toList());
        List<Object> data = page(all, page, PER_PAGE).stream().map(a -> actionJson(a, now)).collect(Collectors.toList());
        return Resp.json(200, Json.obj("data", data,
                "meta", Json.obj("current_page", page, "per_page", PER_PAGE, "total", all.size())));
    }

    private Resp getAction(Req req) {
        Vm vm = vm(req);
        long actionId = Fields.parseLong(req.param("actionId")) == null ? -1 : Fields.parseLong(req.param("actionId"));
        Action a = st().actions.stream().filter(x -> x.vmId == vm.id && x.id == actionId).findFirst()
                .orElseThrow(() -> fail(error(req, 404, "Action not found")));
        return Resp.json(200, actionJson(a, sim.now()));
    }

    // ---- async transitions -------------------------------------------------------------------------------

    @Override boolean settle(Instant now) {
        boolean changed = false;
        for (Action a : st().actions) {
            if (a.finalState != null || a.doneAt.isAfter(now)) continue;
            changed = true;
            a.finalState = sim.has(Quirk.HOSTINGER_ACTION_ERROR) ? "error" : "success";
            if (a.finalState.equals("error")) continue;
            Vm vm = st().vms.stream().filter(v -> v.id == a.vmId).findFirst().orElse(null);
            if (vm == null) continue;
            if (a.name.equals("snapshot_create")) vm.snapshot = snapshot(a.newSnapshotId, a.doneAt, vm);
            else if (a.name.equals("snapshot_delete")) vm.snapshot = null;
        }
        for (Vm vm : st().vms) {
            if (vm.snapshot != null && !vm.snapshot.expiresAt.isAfter(now)) {
                vm.snapshot = null;
                changed = true;
            }
        }
        return changed;
    }

    // ---- demo data ---------------------------------------------------------------------------------------

    @Override void seedDemo(Random rnd, Instant now, int servers) {
        long id = 1_000_000 + rnd.nextInt(900_000);
        String[] plans = {"KVM 2", "KVM 4", "KVM 2"};
        for (int i = 0; i < servers; i++) {
            Random r = demoRandom(rnd, i);
            Vm vm = new Vm();
            vm.id = id;
            id += 1 + r.nextInt(500);
            vm.hostname = demoName(i) + ".example.com";
            vm.plan = plans[demoModel(i)];
            vm.state = "running";
            vm.cpus = vm.plan.equals("KVM 4") ? 4 : 2;
            vm.memoryMb = vm.cpus * 4096;
            vm.diskMb = vm.cpus * 51200;
            vm.bandwidthMb = vm.cpus * 4L * 1024 * 1024;
            vm.dataCenterId = 17;
            vm.subscriptionId = "AzZ" + Long.toString(Math.abs(r.nextLong()), 36).substring(0, 10);
            vm.ipv4 = "31.220." + (10 + r.nextInt(200)) + "." + (10 + r.nextInt(240));
            vm.ipv4Id = 50_000 + r.nextInt(10_000);
            vm.templateId = 1077;
            vm.templateName = "Ubuntu 22.04 LTS";
            vm.createdAt = now.minus(Duration.ofDays(40 + r.nextInt(300)));
            st().vms.add(vm);
            if (i == 0) {
                Action a = new Action();
                a.id = 8_000_000 + st().nextId++;
                a.vmId = vm.id;
                a.name = "snapshot_create";
                a.createdAt = now.minus(Duration.ofDays(3));
                a.doneAt = a.createdAt.plus(Duration.ofMinutes(4));
                a.finalState = "success";
                a.newSnapshotId = 300 + st().nextId++;
                st().actions.add(a);
                vm.snapshot = snapshot(a.newSnapshotId, a.doneAt, vm);
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Snapshot snapshot(long id, Instant createdAt, Vm vm) {
        Snapshot s = new Snapshot();
        s.id = id;
        s.createdAt = createdAt;
        s.expiresAt = createdAt.plus(RETENTION);
        s.restoreTimeSeconds = 600 + vm.diskMb / 100;
        return s;
    }

    private Action runningAction(long vmId) {
        return st().actions.stream().filter(a -> a.vmId == vmId && a.finalState == null).findFirst().orElse(null);
    }

    private Vm vm(Req req) {
        Long id = Fields.parseLong(req.param("virtualMachineId"));
        if (id == null) throw fail(validation(req, "virtualMachineId", "The virtual machine id field must be an integer."));
        return st().vms.stream().filter(v -> v.id == id).findFirst()
                .orElseThrow(() -> fail(error(req, 404, "Virtual machine not found")));
    }

    /** Laravel-style 422 with one field error. */
    private Resp validation(Req req, String field, String message) {
        return Resp.json(422, Json.obj("message", message, "errors", Json.obj(field, List.of(message)),
                "correlation_id", correlationId()));
    }

    private String correlationId() {
        return sim.uuid("hostinger-correlation", correlation.incrementAndGet());
    }

    private Map<String, Object> actionJson(Action a, Instant now) {
        double progress = sim.progress(a.createdAt, now);
        String state = a.finalState != null ? a.finalState : progress < 1.0 / 3 ? "created"
                : sim.has(Quirk.HOSTINGER_ACTION_DELAYED) && progress >= 2.0 / 3 ? "delayed" : "sent";
        Instant updated = a.finalState != null ? a.doneAt
                : !state.equals("created") ? a.createdAt.plus(sim.asyncDelay.dividedBy(3)) : a.createdAt;
        // the spec's names are free text (its example: "action_name"); nothing says they mention a snapshot
        String name = sim.has(Quirk.HOSTINGER_FREE_ACTION_NAMES) ? "action_name" : a.name;
        return Json.obj("id", a.id, "name", name, "state", state,
                "created_at", Json.ts(a.createdAt), "updated_at", Json.ts(updated));
    }

    private Map<String, Object> vmJson(Vm vm, Instant now) {
        Action running = runningAction(vm.id);
        String state = running != null && running.name.equals("snapshot_restore") ? "restoring" : vm.state;
        return Json.obj("id", vm.id, "firewall_group_id", null, "subscription_id", vm.subscriptionId,
                "data_center_id", vm.dataCenterId, "plan", vm.plan, "hostname", vm.hostname, "state", state,
                "actions_lock", running != null ? "locked" : "unlocked", "cpus", vm.cpus, "memory", vm.memoryMb,
                "disk", vm.diskMb, "bandwidth", vm.bandwidthMb, "ns1", "153.92.2.6", "ns2", "1.1.1.1",
                "ipv4", List.of(Json.obj("id", vm.ipv4Id, "address", vm.ipv4, "ptr", vm.hostname)), "ipv6", List.of(),
                "template", Json.obj("id", vm.templateId, "name", vm.templateName, "description", vm.templateName,
                        "documentation", "https://ubuntu.com/server/docs"),
                "created_at", Json.ts(vm.createdAt));
    }
}
