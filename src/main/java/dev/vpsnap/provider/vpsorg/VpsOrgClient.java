package dev.vpsnap.provider.vpsorg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.transport.ApiResponse;
import dev.vpsnap.transport.HttpTransport;
import dev.vpsnap.common.Json;
import dev.vpsnap.transport.TransportException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * A faithful client of the four snapshot endpoints and the server list of vps.org API v1
 * ({@code https://admin.vps.org/api/v1}, Bearer token).
 *
 * <p>Quirks handled here:
 * <ul>
 * <li><b>Trailing slashes.</b> Every documented path ends with {@code /} ({@code snapshots/}, {@code snapshots/801/},
 *     {@code snapshots/801/restore/}, {@code servers/}); the API looks like Django REST Framework, which redirects or
 *     404s without it, and the transport follows no redirects. The constants and {@link #snapshotPath} keep it.</li>
 * <li><b>Pagination.</b> Lists are {@code {count, results}}; no paging is documented, but DRF adds
 *     {@code next}/{@code previous} links when it pages, so {@link #pages} follows {@code next} until it is null.
 *     DRF builds {@code next} from the host it was reached at, which behind a proxy or {@code --endpoint} may not be
 *     ours: only its query ({@code page}, filters) is taken, re-sent to the same path on our base URL, so the token
 *     never goes to a host from a response body.</li>
 * <li><b>No get endpoint.</b> {@link #findSnapshot} lists (by {@code server_id} when known) and picks the id.</li>
 * </ul>
 */
final class VpsOrgClient {
    static final String SERVERS = "servers/";
    static final String SNAPSHOTS = "snapshots/";
    /** The page size asked of the account-wide snapshot list (DRF's usual maximum). */
    static final int PAGE_SIZE = 100;
    /** A runaway guard, far above any real account; hitting it is an error (never a partial list). */
    private static final int MAX_PAGES = 100_000;

    private final HttpTransport http;

    VpsOrgClient(HttpTransport http) {
        this.http = http;
    }

    /** {@code GET /servers/}, every page. */
    List<VpsOrgServer> listServers() {
        return pages(SERVERS, Map.of(), VpsOrgServer.class);
    }

    /**
     * {@code GET /snapshots/[?server_id=N]}, every page. The account-wide list (what a fan-out's wait polls each round)
     * asks {@code page_size=}{@value #PAGE_SIZE}: undocumented, but DRF's page-size parameter, and a DRF that does not
     * take it ignores it (the {@code next} links still lead through every page). At its default 20 a page, a round
     * over 100 snapshots was 6 sequential requests (1.2 s at 200 ms each) instead of 1 or 2. A server's list holds at
     * most 5.
     */
    List<VpsOrgSnapshot> listSnapshots(Long serverId) {
        Map<String, Object> query = serverId == null ? Map.of("page_size", PAGE_SIZE) : Map.of("server_id", serverId);
        return pages(SNAPSHOTS, query, VpsOrgSnapshot.class);
    }

    /** The missing {@code GET /snapshots/{id}/}: lists (narrowed to the server when known) and finds the id. */
    Optional<VpsOrgSnapshot> findSnapshot(long snapshotId, Long serverId) {
        return listSnapshots(serverId).stream().filter(s -> s.id() != null && s.id() == snapshotId).findFirst();
    }

    /** Finds a server in {@code GET /servers/}, the one server endpoint the docs name. */
    Optional<VpsOrgServer> findServer(long serverId) {
        return listServers().stream().filter(s -> s.id() != null && s.id() == serverId).findFirst();
    }

    /** {@code POST /snapshots/} → 201 with the new snapshot ({@code in_progress}) and a {@code message}. */
    VpsOrgSnapshot createSnapshot(VpsOrgCreateSnapshotPayload payload) {
        ApiResponse r = http.post(SNAPSHOTS, payload);
        requireBody(r, "snapshot create");
        return r.as(VpsOrgSnapshot.class);
    }

    /** {@code POST /snapshots/{id}/restore/}, no body → 200 {@link VpsOrgRestoreResponse}. */
    VpsOrgRestoreResponse restoreSnapshot(long snapshotId) {
        ApiResponse r = http.post(snapshotPath(snapshotId) + "restore/", null);
        requireBody(r, "snapshot restore");
        return r.as(VpsOrgRestoreResponse.class);
    }

    /** {@code DELETE /snapshots/{id}/} → 204, no body. */
    void deleteSnapshot(long snapshotId) {
        http.send("DELETE", snapshotPath(snapshotId), Map.of(), null);
    }

    static String snapshotPath(long snapshotId) {
        return SNAPSHOTS + snapshotId + "/";
    }

    private <T> List<T> pages(String path, Map<String, Object> firstQuery, Class<T> type) {
        List<T> out = new ArrayList<>();
        Set<Map<String, Object>> seen = new HashSet<>();
        Map<String, Object> query = firstQuery;
        for (int page = 1; query != null; page++) {
            if (page > MAX_PAGES || !seen.add(query)) {
                throw new VpsnapException(ExitCode.UNAVAILABLE, "vps.org pagination of " + path + " does not end (next "
                        + query + ")", http.provider(), null, null, null);
            }
            JsonNode body = http.get(path, query).body();
            JsonNode results = body.path("results");
            if (!results.isArray()) {
                throw new TransportException("vps.org answered " + path + " without a results list", http.provider(),
                        200, null, false, null);
            }
            results.forEach(n -> out.add(Json.MAPPER.convertValue(n, type)));
            query = nextQuery(body.path("next"));
        }
        return out;
    }

    /** The query of a DRF {@code next} link, or null when there is no next page. */
    private static Map<String, Object> nextQuery(JsonNode next) {
        if (!next.isTextual() || next.asText().isBlank()) {
            return null;
        }
        String link = next.asText();
        HttpUrl url = HttpUrl.parse(link.startsWith("http") ? link : "http://next.invalid/" + link.replaceFirst("^/", ""));
        if (url == null || url.querySize() == 0) {
            return null;
        }
        Map<String, Object> query = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameter(name));
        }
        return query;
    }

    private void requireBody(ApiResponse r, String what) {
        if (!r.hasBody() || !r.body().isObject()) {
            throw new TransportException("vps.org answered " + what + " with HTTP " + r.status() + " but no JSON object",
                    http.provider(), r.status(), "check its state with 'vpsnap snapshot list' before retrying", true, null);
        }
    }
}
