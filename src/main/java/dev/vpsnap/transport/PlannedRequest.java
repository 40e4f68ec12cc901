package dev.vpsnap.transport;

import dev.vpsnap.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * A mutating request that {@code --dry-run} did not send: what it would have been. Printed as data: the curl line
 * (secret as {@code $VPSNAP_API_KEY}) in text output, {@code {"method":…,"url":…,"body":{…}}} in JSON and YAML.
 */
public record PlannedRequest(String method, String url, JsonNode body, @com.fasterxml.jackson.annotation.JsonIgnore String curl) {

    static PlannedRequest of(String method, okhttp3.HttpUrl url, AuthStrategy auth, byte[] body) {
        JsonNode tree = null;
        if (body != null) {
            try {
                tree = Json.MAPPER.readTree(body);
            } catch (IOException e) {
                tree = Json.MAPPER.getNodeFactory().textNode(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new PlannedRequest(method, url.toString(), tree, Curl.line(method, url, auth, body));
    }
}
