package dev.vpsnap.provider.hostinger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import dev.vpsnap.transport.ApiResponse;
import dev.vpsnap.transport.HttpTransport;
import dev.vpsnap.common.Json;
import dev.vpsnap.transport.TransportException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A faithful client of the Hostinger VPS API v1 endpoints vpsnap uses, named like Hostinger's SDK
 * ({@code VPSSnapshotsApi}, {@code VPSActionsApi}, {@code VPSVirtualMachineApi}). Paths are relative to the base URL
 * {@code https://developers.hostinger.com}, which has no path of its own. Returns wire records only.
 */
final class HostingerClient {
    static final String PROVIDER = "hostinger";
    private static final String VMS = "api/vps/v1/virtual-machines";
    private static final TypeReference<List<VirtualMachineResource>> VM_LIST = new TypeReference<>() {
    };

    private final HttpTransport http;

    HostingerClient(HttpTransport http) {
        this.http = http;
    }

    /** {@code GET /api/vps/v1/virtual-machines}: a bare JSON array, not paginated. */
    List<VirtualMachineResource> getVirtualMachines() {
        ApiResponse r = http.get(VMS);
        JsonNode body = r.body();
        // The spec says bare array; a {data:[...]} envelope (like the paginated endpoints) is tolerated too.
        if (body.isObject() && body.path("data").isArray()) {
            body = body.get("data");
        }
        if (!body.isArray()) {
            throw unexpected("the virtual machine list", r.status(), false, null);
        }
        return convert(body, VM_LIST, "the virtual machine list", r.status(), false);
    }

    /** {@code GET .../virtual-machines/{id}}: one VM; a 404 is exit 4 naming it. */
    VirtualMachineResource getVirtualMachine(long vmId) {
        ApiResponse r;
        try {
            r = http.get(VMS + "/" + vmId);
        } catch (VpsnapException e) {
            if (Integer.valueOf(404).equals(e.httpStatus())) {
                throw new VpsnapException(ExitCode.NOT_FOUND, "VM " + vmId + " not found", PROVIDER, 404,
                        "list them with 'vpsnap server list'", e);
            }
            throw e;
        }
        if (!r.hasBody() || !r.body().isObject() || !r.body().hasNonNull("id")) {
            throw unexpected("the virtual machine (no 'id')", r.status(), false, null);
        }
        return convert(r.body(), VirtualMachineResource.class, "the virtual machine", r.status(), false);
    }

    /**
     * {@code GET .../virtual-machines/{id}/snapshot}: the VM's one snapshot, or empty when it has none.
     *
     * <p>The spec documents only 200/401/500, so how "no snapshot" looks is unknown. Read as "none": a 404 once the
     * VM's own GET shows the VM exists (so a wrong VM id is exit 4, not an empty list), and a 200 whose body is
     * {@code null}, {@code {}} or {@code []}. Not read as "none": a 200 with no body at all, or an object with fields but
     * no {@code id} (exit 8 naming what is missing: an answer cut short must not pass for "no snapshot"), and a 500
     * (an outage cannot be told from "none", and a wrong "none" would mislead prune and check).
     */
    Optional<SnapshotResource> getSnapshot(long vmId) {
        ApiResponse r;
        try {
            r = http.get(snapshotPath(vmId));
        } catch (VpsnapException e) {
            if (Integer.valueOf(404).equals(e.httpStatus())) {
                getVirtualMachine(vmId);
                return Optional.empty();
            }
            throw e;
        }
        JsonNode body = r.body();
        if (body == null || body.isMissingNode()) {
            throw unexpected("the snapshot of VM " + vmId + " (an empty body, where a snapshot object or null was due)",
                    r.status(), false, null);
        }
        if (body.isNull() || body.isEmpty() && (body.isObject() || body.isArray())) {
            return Optional.empty();
        }
        if (!body.isObject() || !body.hasNonNull("id")) {
            throw unexpected("the snapshot of VM " + vmId + " (no 'id')", r.status(), false, null);
        }
        return Optional.of(convert(body, SnapshotResource.class, "the snapshot", r.status(), false));
    }

    /** {@code POST .../virtual-machines/{id}/snapshot} (no body). Overwrites the VM's existing snapshot. */
    ActionResource createSnapshot(long vmId) {
        return action(http.post(snapshotPath(vmId), null), true);
    }

    /** {@code POST .../virtual-machines/{id}/snapshot/restore} (no body). */
    ActionResource restoreSnapshot(long vmId) {
        return action(http.post(snapshotPath(vmId) + "/restore", null), true);
    }

    /** {@code DELETE .../virtual-machines/{id}/snapshot}. */
    ActionResource deleteSnapshot(long vmId) {
        return action(http.send("DELETE", snapshotPath(vmId), Map.of(), null), true);
    }

    /**
     * {@code GET .../virtual-machines/{vmId}/actions} (first page: the newest actions): {@code {data: [Action], meta}}.
     * Items without an id are dropped (they cannot be polled).
     */
    List<ActionResource> getActions(long vmId) {
        ApiResponse r = http.get(VMS + "/" + vmId + "/actions");
        JsonNode data = r.hasBody() ? r.body().path("data") : null;
        if (data == null || !data.isArray()) {
            throw unexpected("the action list (no 'data' array)", r.status(), false, null);
        }
        List<ActionResource> out = new java.util.ArrayList<>();
        for (JsonNode n : data) {
            if (n.isObject() && n.hasNonNull("id")) {
                out.add(convert(n, ActionResource.class, "an action", r.status(), false));
            }
        }
        return out;
    }

    /** {@code GET .../virtual-machines/{vmId}/actions/{actionId}}. */
    ActionResource getAction(long vmId, long actionId) {
        return action(http.get(VMS + "/" + vmId + "/actions/" + actionId), false);
    }

    private static String snapshotPath(long vmId) {
        return VMS + "/" + vmId + "/snapshot";
    }

    private static ActionResource action(ApiResponse r, boolean mutation) {
        if (!r.hasBody() || !r.body().isObject() || !r.body().hasNonNull("id")) {
            throw unexpected("an action (no 'id')", r.status(), mutation, null);
        }
        return convert(r.body(), ActionResource.class, "an action", r.status(), mutation);
    }

    private static <T> T convert(JsonNode body, Class<T> type, String what, int status, boolean mutation) {
        return convert(body, Json.MAPPER.constructType(type), what, status, mutation);
    }

    private static <T> T convert(JsonNode body, TypeReference<T> type, String what, int status, boolean mutation) {
        return convert(body, Json.MAPPER.getTypeFactory().constructType(type), what, status, mutation);
    }

    private static <T> T convert(JsonNode body, JavaType type, String what, int status, boolean mutation) {
        try {
            return Json.MAPPER.convertValue(body, type);
        } catch (IllegalArgumentException e) {
            throw unexpected(what, status, mutation, e);
        }
    }

    private static TransportException unexpected(String what, int status, boolean mutation, Throwable cause) {
        return new TransportException("the provider answered HTTP " + status + " without " + what + " in the expected shape",
                PROVIDER, status, mutation ? "the change may have been applied; check with 'vpsnap snapshot list' before retrying"
                        : "the response could not be read", mutation, cause);
    }
}
