package dev.vpsnap.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.emulator.VpsOrgState.Server;
import dev.vpsnap.emulator.VpsOrgState.Snapshot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * vps.org API v1 (Django REST Framework look): Bearer auth, trailing slashes required, errors
 * {@code {"detail": ...}} or {@code {"field": ["..."]}}, lists {@code {count, next, previous, results}} with
 * {@code page}/{@code page_size} (default 20, max 100). At most 5 snapshots per server; names [A-Za-z0-9_-].
 *
 * <p>Choices where the docs are silent: paths without the trailing slash → 404; missing credentials →
 * 401 "Authentication credentials were not provided.", wrong token → 401 "Invalid token." (DRF's texts);
 * {@code GET /servers/{id}/} and {@code GET /account/me/} are served; restoring needs a completed snapshot and a
 * server that is not suspended or already restoring; after the restore the server is {@code active}.
 */
final class VpsOrgApi extends ProviderApi {
    static final int MAX_SNAPSHOTS_PER_SERVER = 5;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;

    VpsOrgApi(Sim sim) {
        super(sim, false);
        router.route("GET", "/servers/", this::listServers)
              .route("GET", "/servers/{id}/", this::getServer)
              .route("GET", "/account/me/", this::me)
              .route("GET", "/snapshots/", this::listSnapshots)
              .route("POST", "/snapshots/", this::createSnapshot)
              .route("POST", "/snapshots/{id}/restore/", this::restoreSnapshot)
              .route("DELETE", "/snapshots/{id}/", this::deleteSnapshot);
    }

    @Override String id() { return "vpsorg"; }

    @Override String prefix() { return "/vpsorg/api/v1"; }

    private VpsOrgState st() { return sim.state.vpsorg; }

    @Override boolean authorized(Req req) { return checkBearer(req, Emulator.apiKey(id())); }

    @Override Resp unauthorized(Req req) {
        String detail = req.header("Authorization") == null ? "Authentication credentials were not provided." : "Invalid token.";
        return error(req, 401, detail).withHeader("WWW-Authenticate", "Bearer realm=\"api\"");
    }

    @Override Resp error(Req req, int status, String message) { return Resp.json(status, Json.obj("detail", message)); }

    @Override Resp routeNotFound(Req req) { return error(req, 404, "Not found."); }

    @Override Resp methodNotAllowed(Req req, Set<String> allowed) {
        return error(req, 405, "Method \"" + req.method + "\" not allowed.").withHeader("Allow", String.join(", ", allowed));
    }

    @Override Resp tooManyRequests(Req req, long retryAfterSeconds) {
        return error(req, 429, "Request was throttled. Expected available in " + retryAfterSeconds
                + (retryAfterSeconds == 1 ? " second." : " seconds.")).withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    @Override Resp badJson(Req req) { return error(req, 400, "JSON parse error - malformed request body"); }

    // ---- handlers ----------------------------------------------------------------------------------------

    private Resp listServers(Req req) {
        String status = req.query("status");
        String location = req.query("location");
        Instant now = sim.now();
        List<Map<String, Object>> all = st().servers.stream()
                .filter(s -> status == null || status.equals(serverStatus(s, now)))
                .filter(s -> location == null || location.equals(s.location))
                .map(s -> serverJson(s, now)).collect(Collectors.toList());
        return paginated(req, all);
    }

    private Resp getServer(Req req) {
        return Resp.json(200, serverJson(server(req, pathLong(req, "id")), sim.now()));
    }

    private Resp me(Req req) {
        return Resp.json(200, Json.obj("id", 1, "email", "sandbox@example.com", "name", "Sandbox User",
                "token", Json.obj("name", "sandbox", "permissions", List.of("read", "write"))));
    }

    private Resp listSnapshots(Req req) {
        String raw = req.query("server_id");
        Long serverId = raw == null || raw.isEmpty() ? null : Fields.parseLong(raw);
        if (raw != null && !raw.isEmpty() && serverId == null) {
            throw fail(Resp.json(400, Json.obj("server_id", List.of("A valid integer is required."))));
        }
        List<Map<String, Object>> all = st().snapshots.stream()
                .filter(s -> serverId == null || s.serverId == serverId)
                .map(this::snapshotJson).collect(Collectors.toList());
        return paginated(req, all);
    }

    private Resp createSnapshot(Req req) {
        JsonNode body = jsonBody(req);
        Map<String, Object> errors = new LinkedHashMap<>();
        for (Fields.Violation v : Fields.check(body, Fields.required("server_id", Fields.Type.LENIENT_INTEGER),
                Fields.required("name", Fields.Type.STRING), Fields.optional("description", Fields.Type.STRING))) {
            errors.put(v.field(), List.of(v.missing() ? "This field is required."
                    : v.expected() == Fields.Type.STRING ? "Not a valid string." : "A valid integer is required."));
        }
        String name = Fields.text(body, "name");
        if (!errors.containsKey("name") && name != null) {
            if (name.isBlank()) errors.put("name", List.of("This field may not be blank."));
            else if (name.length() > 64) errors.put("name", List.of("Ensure this field has no more than 64 characters."));
            else if (!NAME.matcher(name).matches()) {
                errors.put("name", List.of("Snapshot name may only contain letters, numbers, hyphens and underscores."));
            }
        }
        if (!errors.isEmpty()) throw fail(Resp.json(400, errors));
        Server server = server(req, Long.parseLong(body.get("server_id").asText().trim()));
        Instant now = sim.now();
        String status = serverStatus(server, now);
        if (status.equals("suspended") || status.equals("restoring")) {
            throw fail(error(req, 400, "Server is " + status + " and cannot be snapshotted right now."));
        }
        long count = st().snapshots.stream().filter(s -> s.serverId == server.id).count();
        if (count >= MAX_SNAPSHOTS_PER_SERVER) {
            throw fail(error(req, 400, "Snapshot limit reached: a server can have at most " + MAX_SNAPSHOTS_PER_SERVER
                    + " snapshots. Delete an existing snapshot first."));
        }
        Snapshot s = newSnapshot(server, name, Fields.text(body, "description"), now, false);
        Map<String, Object> out = snapshotJson(s);
        out.put("message", "Snapshot creation started. This usually takes 3-10 minutes.");
        return Resp.json(201, out);
    }

    private Resp restoreSnapshot(Req req) {
        Snapshot s = snapshot(req);
        Server server = server(req, s.serverId);
        Instant now = sim.now();
        if (!s.status.equals("completed")) throw fail(error(req, 400, "Snapshot is not completed yet and cannot be restored."));
        String status = serverStatus(server, now);
        if (status.equals("suspended") || status.equals("restoring") || server.restoringUntil != null) {
            throw fail(error(req, 400, "Server is not in a restorable state (status: " + status + ")."));
        }
        server.restoringUntil = sim.doneAt(now);
        if (!server.restoringUntil.isAfter(now)) server.restoringUntil = now.plusMillis(1);
        if (sim.has(Quirk.VPSORG_STOP_BEFORE_RESTORE)) {
            // seed 004: "The server will be automatically stopped before restoration begins": a stop phase first
            server.restoreBeginsAt = server.restoringUntil;
            server.restoringUntil = sim.doneAt(server.restoreBeginsAt).isAfter(server.restoreBeginsAt)
                    ? sim.doneAt(server.restoreBeginsAt) : server.restoreBeginsAt.plusMillis(1);
        }
        return Resp.json(200, Json.obj("status", "success",
                "message", "Snapshot restore started. The server has been stopped; this usually takes 5-15 minutes.",
                "snapshot", Json.obj("id", s.id, "name", s.name, "created_at", Json.ts(s.createdAt)),
                "server", Json.obj("id", server.id, "name", server.name, "status", "restoring")));
    }

    private Resp deleteSnapshot(Req req) {
        Snapshot s = snapshot(req);
        st().snapshots.remove(s);
        return Resp.empty(204);
    }

    // ---- async transitions -------------------------------------------------------------------------------

    @Override boolean settle(Instant now) {
        boolean changed = false;
        for (Snapshot s : st().snapshots) {
            if (s.status.equals("in_progress") && !sim.doneAt(s.createdAt).isAfter(now)) {
                s.status = "completed";
                s.sizeMb = 900 + (int) (s.id % 13) * 137;
                changed = true;
            }
        }
        for (Server sv : st().servers) {
            if (sv.restoringUntil != null && !sv.restoringUntil.isAfter(now)) {
                sv.restoringUntil = null;
                sv.restoreBeginsAt = null;
                sv.status = "active";
                changed = true;
            }
        }
        return changed;
    }

    // ---- demo data ---------------------------------------------------------------------------------------

    @Override void seedDemo(Random rnd, Instant now, int servers) {
        long id = 100 + rnd.nextInt(900);
        String[] statuses = {"active", "active", "stopped"};
        st().nextId = 5000 + rnd.nextInt(1000);
        for (int i = 0; i < servers; i++) {
            Random r = demoRandom(rnd, i);
            int m = demoModel(i);
            Server s = new Server();
            s.id = id;
            id += 1 + r.nextInt(30);
            s.name = demoName(i);
            s.hostname = s.name + ".vps.example.com";
            s.status = statuses[m];
            s.location = m == 1 ? "eu-west" : "us-east";
            s.plan = m == 1 ? "standard-4gb" : "standard-2gb";
            s.ipAddress = "45.76." + (10 + r.nextInt(200)) + "." + (10 + r.nextInt(240));
            s.diskGb = m == 1 ? 80 : 40;
            s.createdAt = now.minus(Duration.ofDays(20 + r.nextInt(200)));
            st().servers.add(s);
            if (i == 0) newSnapshot(s, "web-01-baseline", "Before the big upgrade", now.minus(Duration.ofDays(5)), true);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Snapshot newSnapshot(Server server, String name, String description, Instant createdAt, boolean completed) {
        Snapshot s = new Snapshot();
        s.id = st().nextId++;
        s.serverId = server.id;
        s.name = name;
        s.description = description == null ? "" : description;
        s.createdAt = createdAt;
        s.status = completed ? "completed" : "in_progress";
        s.sizeMb = completed ? 900 + (int) (s.id % 13) * 137 : null;
        st().snapshots.add(s);
        return s;
    }

    private String serverStatus(Server s, Instant now) {
        if (s.restoreBeginsAt != null && s.restoreBeginsAt.isAfter(now)) return "stopped";
        return s.restoringUntil != null && s.restoringUntil.isAfter(now) ? "restoring" : s.status;
    }

    private Server server(Req req, long id) {
        return st().servers.stream().filter(s -> s.id == id).findFirst().orElseThrow(() -> fail(error(req, 404, "Not found.")));
    }

    private Snapshot snapshot(Req req) {
        long id = pathLong(req, "id");
        return st().snapshots.stream().filter(s -> s.id == id).findFirst().orElseThrow(() -> fail(error(req, 404, "Not found.")));
    }

    /** DRF PageNumberPagination: {count, next, previous, results}; an out-of-range page is 404 "Invalid page.". */
    private Resp paginated(Req req, List<Map<String, Object>> all) {
        Long page = req.query("page") == null ? Long.valueOf(1) : Fields.parseLong(req.query("page"));
        Long size = req.query("page_size") == null ? Long.valueOf(PAGE_SIZE) : Fields.parseLong(req.query("page_size"));
        if (size == null || size < 1) size = (long) PAGE_SIZE;
        size = Math.min(size, MAX_PAGE_SIZE);
        int pages = Math.max(1, (int) ((all.size() + size - 1) / size));
        if (page == null || page < 1 || page > pages) throw fail(error(req, 404, "Invalid page."));
        List<Map<String, Object>> results = page(all, page.intValue(), size.intValue());
        return Resp.json(200, Json.obj("count", all.size(),
                "next", page < pages ? pageUrl(req, page + 1) : null,
                "previous", page > 1 ? pageUrl(req, page - 1) : null,
                "results", results));
    }

    private static String pageUrl(Req req, long page) {
        StringBuilder q = new StringBuilder();
        req.query.forEach((k, vs) -> {
            if (k.equals("page")) return;
            for (String v : vs) q.append(q.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v));
        });
        if (page > 1) q.append(q.length() == 0 ? "" : "&").append("page=").append(page);
        return req.absoluteUrl(q.toString());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private Map<String, Object> serverJson(Server s, Instant now) {
        return Json.obj("id", s.id, "name", s.name, "hostname", s.hostname, "status", serverStatus(s, now),
                "location", s.location, "plan", s.plan, "ip_address", s.ipAddress, "disk_gb", s.diskGb,
                "created_at", Json.ts(s.createdAt));
    }

    private Map<String, Object> snapshotJson(Snapshot s) {
        String serverName = st().servers.stream().filter(x -> x.id == s.serverId).map(x -> x.name).findFirst().orElse(null);
        return Json.obj("id", s.id, "server", Json.obj("id", s.serverId, "name", serverName), "name", s.name,
                "status", s.status, "size_mb", s.sizeMb, "created_at", Json.ts(s.createdAt), "description", s.description);
    }
}
