package dev.vpsnap.provider.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.transport.ApiResponse;
import dev.vpsnap.transport.ErrorDecoder;
import dev.vpsnap.transport.HttpTransport;
import dev.vpsnap.common.Json;
import dev.vpsnap.transport.TransportException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A faithful client of the core (Hyperstack Infrahub v1) endpoints vpsnap uses (VMs, snapshots, volumes), named after
 * the spec's operation ids.
 * Paths are relative to the base URL ({@code https://infrahub-api.nexgencloud.com/v1}); auth ({@code api_key} header),
 * retries and error decoding are the transport's.
 *
 * <p>Quirks handled here:
 * <ul>
 *   <li>Every response carries a boolean {@code status}. A 2xx whose body says {@code "status": false} is treated as a
 *       rejection (exit 5) with the provider's {@code message}/{@code error_reason}: the API reports failure in the
 *       body, so accepting it would hide an error (a cron job would see success for nothing done).</li>
 *   <li>The spec documents no 404 for {@code GET /core/snapshots/{id}} or {@code GET /core/volumes/{id}} (only 400),
 *       so a 400 whose message says the resource does not exist is turned into "not found" (exit 4), which the delete
 *       polls rely on.</li>
 *   <li>Lists are paginated ({@code page}, {@code pageSize}); {@link #all} fetches every page.</li>
 * </ul>
 */
public final class CoreClient {
    /** Large pages: the docs advise raising the page size rather than the request rate. */
    static final int PAGE_SIZE = 100;
    /** Stops a server that ignores {@code page} from looping forever (100 000 items at 100 a page). */
    /** A runaway guard, far above any real account (10 million items at 100 a page); hitting it is an error. */
    private static final int MAX_PAGES = 100_000;
    private static final Pattern NOT_FOUND_TEXT = Pattern.compile(
            "not[\\s_]+found|does\\s*n[o']t\\s+exist|not\\s+exist|no\\s+such", Pattern.CASE_INSENSITIVE);

    private final HttpTransport http;

    public CoreClient(HttpTransport http) {
        this.http = http;
    }

    public String provider() {
        return http.provider();
    }

    /** {@code List_VMs}: one page of {@code GET /core/virtual-machines}. */
    public CorePage<CoreVm> listVms(int page, int pageSize) {
        return page(http.get("/core/virtual-machines", pageQuery(page, pageSize)), "instances", CoreVm.class);
    }

    /** {@code Get_VM}: {@code GET /core/virtual-machines/{vm_id}} → {@code {status, message, instance}}. */
    public CoreEnvelope<CoreVm> getVm(String vmId) {
        return lookup(() -> envelope(http.get("/core/virtual-machines/" + vmId), "GET", "instance", CoreVm.class));
    }

    /** {@code List_snapshots}: one page of {@code GET /core/snapshots} (account-wide: the API has no VM filter). */
    public CorePage<CoreSnapshot> listSnapshots(int page, int pageSize) {
        return page(http.get("/core/snapshots", pageQuery(page, pageSize)), "snapshots", CoreSnapshot.class);
    }

    /** {@code Get_snapshot}: {@code GET /core/snapshots/{id}} → {@code {status, message, snapshot}}. */
    public CoreEnvelope<CoreSnapshot> getSnapshot(String id) {
        return lookup(() -> envelope(http.get("/core/snapshots/" + id), "GET", "snapshot", CoreSnapshot.class));
    }

    /** {@code Create_Snapshot_for_VM}: {@code POST /core/virtual-machines/{vm_id}/snapshots} → 201. */
    public CoreEnvelope<CoreSnapshot> createSnapshotForVm(String vmId, CoreCreateSnapshotPayload payload) {
        return envelope(http.post("/core/virtual-machines/" + vmId + "/snapshots", payload), "POST", "snapshot",
                CoreSnapshot.class);
    }

    /**
     * {@code Restore_snapshot}: {@code POST /core/snapshots/{id}/restore}. The spec answers {@code {status, message,
     * instance}}; the vendor's restore page shows {@code {"instances": [{…, "status": "CREATING"}]}}: both are read
     * (the new VM is being built either way, so refusing one shape would lose its id).
     */
    public CoreEnvelope<CoreVm> restoreSnapshot(String id, CoreRestorePayload payload) {
        ApiResponse r = http.post("/core/snapshots/" + id + "/restore", payload);
        checkStatus(r);
        JsonNode vm = r.body().path("instance");
        if (!vm.isObject() && r.body().path("instances").isArray()) {
            vm = r.body().path("instances").path(0);
        }
        if (!vm.isObject()) {
            throw unexpected(r, "POST", "instance");
        }
        return new CoreEnvelope<>(text(r.body(), "message"), convert(vm, CoreVm.class));
    }

    /** {@code Delete_snapshot}: {@code DELETE /core/snapshots/{id}} → {@code {status, message}}. */
    public CoreEnvelope<Void> deleteSnapshot(String id) {
        return delete("/core/snapshots/" + id);
    }

    /** {@code List_volumes}: one page of {@code GET /core/volumes} (account-wide). */
    public CorePage<CoreVolume> listVolumes(int page, int pageSize) {
        return page(http.get("/core/volumes", pageQuery(page, pageSize)), "volumes", CoreVolume.class);
    }

    /** {@code Get_Volume}: {@code GET /core/volumes/{volume_id}} → {@code {status, message, volume}}. */
    public CoreEnvelope<CoreVolume> getVolume(String id) {
        return lookup(() -> envelope(http.get("/core/volumes/" + id), "GET", "volume", CoreVolume.class));
    }

    /** {@code Create_volume}: {@code POST /core/volumes} → 200 {@code {status, message, volume}}. */
    public CoreEnvelope<CoreVolume> createVolume(CoreCreateVolumePayload payload) {
        return envelope(http.post("/core/volumes", payload), "POST", "volume", CoreVolume.class);
    }

    /** {@code Delete_volume}: {@code DELETE /core/volumes/{volume_id}} → {@code {status, message}}. */
    public CoreEnvelope<Void> deleteVolume(String id) {
        return delete("/core/volumes/" + id);
    }

    /**
     * {@code Attach_volumes_to_VM} / {@code Detach_volumes_from_VM}: {@code POST /core/virtual-machines/{vm_id}/
     * attach-volumes|detach-volumes} → {@code {status, message, volume_attachments}}.
     *
     * @param action {@code attach} or {@code detach}
     */
    public CoreEnvelope<List<CoreVolume.Attachment>> volumeAction(String vmId, String action, CoreVolumeIds payload) {
        ApiResponse r = http.post("/core/virtual-machines/" + vmId + "/" + action + "-volumes", payload);
        checkStatus(r);
        List<CoreVolume.Attachment> attachments = new ArrayList<>();
        r.body().path("volume_attachments").forEach(n -> attachments.add(convert(n, CoreVolume.Attachment.class)));
        return new CoreEnvelope<>(text(r.body(), "message"), attachments);
    }

    /** A DELETE answering {@code {status, message}}; a bodiless 2xx (e.g. 204) is success too. */
    private CoreEnvelope<Void> delete(String path) {
        ApiResponse r = http.send("DELETE", path, Map.of(), null);
        if (!r.hasBody()) {
            return new CoreEnvelope<>(null, null);
        }
        checkStatus(r);
        return new CoreEnvelope<>(text(r.body(), "message"), null);
    }

    /**
     * Every item of a paginated list. Stops at an empty page, at a page shorter than the page size the server applied
     * ({@code page_size}, else the one asked for), or when a page brings no new id (a server that ignores {@code page}).
     * Never on {@code count} alone: no source defines it (the docs' example shows {@code "count": 0} beside a
     * non-empty list), and read as a total a per-page count would cut every list at one page.
     */
    public <T> List<T> all(IntFunction<CorePage<T>> fetchPage, Function<T, Object> idOf) {
        List<T> out = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            CorePage<T> p = fetchPage.apply(page);
            boolean fresh = false;
            for (T item : p.items()) {
                if (seen.add(idOf.apply(item))) {
                    out.add(item);
                    fresh = true;
                }
            }
            int applied = p.pageSize() != null && p.pageSize() > 0 ? p.pageSize() : PAGE_SIZE;
            if (p.items().isEmpty() || !fresh || p.items().size() < applied) {
                return out;
            }
        }
        // never a silently partial list (a retention decision on half the snapshots would be wrong)
        throw new dev.vpsnap.transport.TransportException("the list did not end after " + MAX_PAGES + " pages",
                provider(), null, "refusing to return a partial list", false, null);
    }

    private static Map<String, Object> pageQuery(int page, int pageSize) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("page", page);
        q.put("pageSize", pageSize);
        return q;
    }

    private <T> CorePage<T> page(ApiResponse r, String key, Class<T> type) {
        checkStatus(r);
        JsonNode items = r.body().path(key);
        if (!items.isArray()) {
            throw unexpected(r, "GET", key);
        }
        List<T> list = new ArrayList<>();
        items.forEach(n -> list.add(convert(n, type)));
        return new CorePage<>(list, integer(r.body(), "count"), integer(r.body(), "page"), integer(r.body(), "page_size"));
    }

    private <T> CoreEnvelope<T> envelope(ApiResponse r, String method, String key, Class<T> type) {
        checkStatus(r);
        JsonNode value = r.body().path(key);
        if (!value.isObject()) {
            throw unexpected(r, method, key);
        }
        return new CoreEnvelope<>(text(r.body(), "message"), convert(value, type));
    }

    /** A 2xx with {@code "status": false} is the API saying no: exit 5 with its message (see class comment). */
    private void checkStatus(ApiResponse r) {
        if (!r.hasBody() || !r.body().isObject()) {
            throw new TransportException("the provider answered HTTP " + r.status() + " without a JSON object",
                    provider(), r.status(), null, false, null);
        }
        JsonNode status = r.body().path("status");
        if (status.isBoolean() && !status.booleanValue()) {
            throw ErrorDecoder.decode(provider(), r.status(), "application/json", r.body().toString());
        }
    }

    /** Maps a "not found" 400 to exit 4 (the spec documents only 400 for a missing snapshot). */
    private <T> T lookup(Supplier<T> call) {
        try {
            return call.get();
        } catch (VpsnapException e) {
            Integer s = e.httpStatus();
            if (e.exitCode() == ExitCode.REJECTED && s != null && s == 400 && e.getMessage() != null
                    && NOT_FOUND_TEXT.matcher(e.getMessage()).find()) {
                throw new VpsnapException(ExitCode.NOT_FOUND, e.getMessage(), e.provider(), s, e.hint(), e);
            }
            throw e;
        }
    }

    private TransportException unexpected(ApiResponse r, String method, String key) {
        return new TransportException("the provider answered HTTP " + r.status() + " without '" + key + "'", provider(),
                r.status(), "unexpected response shape; if this was a change, check its state before retrying",
                !"GET".equals(method), null);
    }

    private <T> T convert(JsonNode n, Class<T> type) {
        try {
            return Json.MAPPER.convertValue(n, type);
        } catch (IllegalArgumentException e) {
            throw new TransportException("the provider answered with an unreadable " + type.getSimpleName(), provider(),
                    null, null, false, e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.canConvertToInt() || (v.isTextual() && v.asText().matches("\\d{1,9}")) ? Integer.valueOf(v.asInt()) : null;
    }
}
