package dev.vpsnap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A tiny scripted vps.org for CLI tests: one server (12345) whose snapshots the test sets; a POST creates snapshot 900
 * that completes after {@code pollsUntilDone} listings. Records every request so tests can assert none mutated.
 */
final class VpsOrgStub extends Dispatcher {
    final List<RecordedRequest> requests = new ArrayList<>();
    final List<String> snapshots = new ArrayList<>();
    /** The account's server ids ({@code GET /servers/}): a {@code --server} not among them is unknown (exit 4). */
    final List<String> servers = new ArrayList<>(List.of("12345"));
    int pollsUntilDone = 2;
    MockResponse override;
    private final AtomicInteger polls = new AtomicInteger();
    private boolean created;

    /** Snapshot ids whose DELETE the stub refuses with 409 (the rest are removed from the listing). */
    final java.util.Set<String> refuseDelete = new java.util.HashSet<>();

    static String snapshot(String id, String name, String status, String createdAt) {
        return snapshot(id, "12345", name, status, createdAt);
    }

    static String snapshot(String id, String server, String name, String status, String createdAt) {
        return "{\"id\":" + id + ",\"server\":{\"id\":" + server + ",\"name\":\"web-01\"},\"name\":\"" + name + "\",\"status\":\""
                + status + "\",\"size_mb\":" + ("completed".equals(status) ? "5120" : "null") + ",\"created_at\":\""
                + createdAt + "\",\"description\":\"d\"}";
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest r) {
        requests.add(r);
        if (override != null) {
            return override;
        }
        String path = r.getPath();
        String method = r.getMethod();
        if ("GET".equals(method) && path.startsWith("/api/v1/snapshots/")) {
            String server = r.getRequestUrl().queryParameter("server_id");
            List<String> all = new ArrayList<>(snapshots.stream()
                    .filter(x -> server == null || x.contains("\"server\":{\"id\":" + server + ",")).toList());
            if (created) {
                boolean done = polls.incrementAndGet() > pollsUntilDone;
                all.add(snapshot("900", "nightly", done ? "completed" : "in_progress", "2026-01-15T12:00:00Z"));
            }
            return json(200, "{\"count\":" + all.size() + ",\"results\":[" + String.join(",", all) + "]}");
        }
        if ("GET".equals(method) && path.startsWith("/api/v1/servers/")) {
            List<String> listed = servers.stream()
                    .map(id -> "{\"id\":" + id + ",\"name\":\"" + (id.equals("12345") ? "web-01" : "web-" + id)
                            + "\",\"status\":\"active\"}").toList();
            return json(200, "{\"count\":" + listed.size() + ",\"results\":[" + String.join(",", listed) + "]}");
        }
        if ("POST".equals(method) && path.equals("/api/v1/snapshots/")) {
            created = true;
            return json(201, snapshot("900", "nightly", "in_progress", "2026-01-15T12:00:00Z")
                    .replaceFirst("}$", ",\"message\":\"Snapshot creation started\"}"));
        }
        if ("DELETE".equals(method)) {
            String id = path.replaceAll("^.*/snapshots/(\\d+)/?$", "$1");
            if (refuseDelete.contains(id)) {
                return json(409, "{\"detail\":\"Snapshot is in use.\"}");
            }
            snapshots.removeIf(x -> x.startsWith("{\"id\":" + id + ","));
            return new MockResponse().setResponseCode(204);
        }
        return json(404, "{\"detail\":\"Not found.\"}");
    }

    static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    synchronized long mutations() {
        return requests.stream().filter(r -> !"GET".equals(r.getMethod())).count();
    }
}
