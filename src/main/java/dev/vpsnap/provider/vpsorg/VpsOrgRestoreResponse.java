package dev.vpsnap.provider.vpsorg;

/**
 * The 200 of {@code POST /snapshots/{id}/restore/}:
 * {@code {status:"success", message, snapshot:{id, name, created_at}, server:{id, name, status:"restoring"}}}.
 */
public record VpsOrgRestoreResponse(String status, String message, VpsOrgSnapshot snapshot, VpsOrgServer server) {
}
