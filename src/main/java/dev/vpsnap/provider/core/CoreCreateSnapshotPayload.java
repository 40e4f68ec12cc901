package dev.vpsnap.provider.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code CreateSnapshotPayload}: {@code name} and {@code description} are both required; {@code labels} optional. */
public record CoreCreateSnapshotPayload(String name, String description,
                                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> labels) {
}
