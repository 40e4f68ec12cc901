package dev.vpsnap.provider.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.provider.IsoTime;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import dev.vpsnap.model.Volume;
import dev.vpsnap.common.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns core wire records into the portable model; the wire never leaks past this class. */
final class CoreMapper {
    /**
     * Quirk: the spec gives snapshot {@code size} in "GB" without saying decimal or binary; vpsnap assumes binary GiB
     * (the OpenStack convention Hyperstack is built on), so bytes = GB × 1073741824.
     */
    static final long BYTES_PER_GB = 1L << 30;

    private final String provider;
    private final String profile;

    CoreMapper(String provider, String profile) {
        this.provider = provider;
        this.profile = profile;
    }

    Snapshot snapshot(CoreSnapshot w) {
        return new Snapshot(provider, profile, id(w.id()), w.name(), id(w.vmId()), blankToNull(w.vmName()),
                scalar(w.volumeId()), CoreStatuses.snapshot(w.status()), w.status(), bytes(w.size()),
                instant(w.createdAt()), null, w.description(), labels(w.labels()));
    }

    /**
     * A volume: {@code size} is whole GB as on the wire (no conversion, unlike snapshot bytes); the server is the VM of
     * its first attachment; {@code status} is kept as the provider's lowercase word (creating, available, in-use, ...).
     */
    Volume volume(CoreVolume w) {
        String serverId = w.attachments().stream().map(CoreVolume.Attachment::instanceId).filter(i -> i != null)
                .map(String::valueOf).findFirst().orElse(null);
        return new Volume(provider, id(w.id()), blankToNull(w.name()), serverId, w.size(), blankToNull(w.volumeType()),
                blankToNull(w.status()), instant(w.createdAt()));
    }

    ServerRef server(CoreVm w) {
        return new ServerRef(provider, profile, id(w.id()), w.name(), CoreStatuses.vm(w.status()), w.status(),
                location(w.environment()));
    }

    static Long bytes(Double gb) {
        return gb == null ? null : Math.round(gb * BYTES_PER_GB);
    }

    /**
     * Timestamps are ISO-8601; with an offset they are taken as given, without one (the API's Python backend may send
     * naive times) they are read as UTC. Unreadable times become null rather than failing the listing ({@link IsoTime}).
     */
    static Instant instant(String text) {
        return IsoTime.parse(text);
    }

    /**
     * Labels arrive as an array of strings (list/create, docs), possibly of {@code {id, label}} objects, or, per the
     * spec's SnapshotRetrieveFields, as one string: a JSON array in text, or comma-separated values.
     */
    static List<String> labels(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull() || n.isMissingNode()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(e -> {
                String v = e.isObject() ? scalar(e.path("label")) : scalar(e);
                if (v != null) {
                    out.add(v);
                }
            });
            return out;
        }
        String text = scalar(n);
        if (text == null) {
            return out;
        }
        if (text.startsWith("[")) {
            try {
                return labels(Json.MAPPER.readTree(text));
            } catch (java.io.IOException e) {
                // not JSON after all: fall through to comma-separated
            }
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String location(JsonNode env) {
        if (env == null || !env.isObject()) {
            return null;
        }
        String region = scalar(env.path("region"));
        return region != null ? region : scalar(env.path("name"));
    }

    private static String scalar(JsonNode n) {
        return n != null && n.isValueNode() && !n.isNull() ? blankToNull(n.asText()) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String id(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
