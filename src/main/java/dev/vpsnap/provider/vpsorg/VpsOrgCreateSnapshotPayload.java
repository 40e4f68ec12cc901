package dev.vpsnap.provider.vpsorg;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /snapshots/}: {@code server_id} (integer) and {@code name} required, {@code description} optional. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpsOrgCreateSnapshotPayload(@JsonProperty("server_id") long serverId, String name, String description) {
}
