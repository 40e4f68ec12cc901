package dev.vpsnap.provider.vpsorg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.provider.IsoTime;
import dev.vpsnap.model.ServerRef;
import dev.vpsnap.model.Snapshot;
import java.time.Instant;
import java.util.List;

/**
 * vps.org wire records → the normalised model.
 * <ul>
 * <li>Sizes: the API reports {@code size_mb}. The docs' examples (5120 MB for a typical disk image) read as binary
 *     units, so {@code sizeBytes = size_mb × 1,048,576} (MiB); null while the snapshot is in progress.</li>
 * <li>Times: ISO-8601 with an offset or {@code Z}; a value without an offset is taken as UTC; unreadable → null.</li>
 * <li>vps.org snapshots whole servers: {@code volumeId} and {@code expiresAt} are always null, {@code labels} empty.</li>
 * </ul>
 */
final class VpsOrgMapper {
    static final long BYTES_PER_MB = 1024L * 1024L;

    private final String profile;

    VpsOrgMapper(String profile) {
        this.profile = profile;
    }

    Snapshot snapshot(VpsOrgSnapshot s) {
        VpsOrgServer server = s.server();
        return new Snapshot(VpsOrgFactory.DESCRIPTOR.id(), profile, text(s.id()), s.name(),
                server == null ? null : text(server.id()), server == null ? null : server.name(), null,
                VpsOrgStatus.snapshot(s.status()), s.status(), s.sizeMb() == null ? null : s.sizeMb() * BYTES_PER_MB,
                instant(s.createdAt()), null, s.description(), List.of());
    }

    ServerRef server(VpsOrgServer s) {
        return new ServerRef(VpsOrgFactory.DESCRIPTOR.id(), profile, text(s.id()), s.name(), VpsOrgStatus.server(s.status()),
                s.status(), location(s.location()));
    }

    /** The location's shape is undocumented: a slug string, or an object named by {@code name}, {@code code} or {@code slug}. */
    static String location(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isValueNode()) {
            return n.asText();
        }
        for (String field : List.of("name", "code", "slug", "city")) {
            if (n.path(field).isValueNode() && !n.path(field).isNull()) {
                return n.path(field).asText();
            }
        }
        return null;
    }

    static Instant instant(String text) {
        return IsoTime.parse(text);
    }

    private static String text(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
