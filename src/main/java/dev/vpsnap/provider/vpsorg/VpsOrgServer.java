package dev.vpsnap.provider.vpsorg;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A vps.org server: the items of {@code GET /servers/}, the {@code server} object nested in a snapshot
 * ({@code id, name} only) and in the restore response ({@code id, name, status}).
 *
 * @param status   documented values {@code active}, {@code stopped}, {@code suspended}; {@code restoring} during a restore
 * @param location its shape is undocumented (only a {@code location} filter is), so kept as a tree; see
 *                 {@link VpsOrgMapper#location}
 */
public record VpsOrgServer(Long id, String name, String status, JsonNode location) {
}
