package dev.vpsnap.transport;

import dev.vpsnap.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A successful (2xx) response: status and the parsed JSON body ({@link MissingNode} when the body was empty). */
public record ApiResponse(int status, JsonNode body) {

    public <T> T as(Class<T> type) {
        return Json.MAPPER.convertValue(body, type);
    }

    public boolean hasBody() {
        return body != null && !body.isMissingNode() && !body.isNull();
    }
}
