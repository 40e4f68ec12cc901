package dev.vpsnap.provider.hivelocity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Wire shape of the spec's {@code NetworkTask-dump}: what every mutating VPS call answers with HTTP 201, and what
 * {@code GET /network/status/{taskId}} returns. {@code result} is Success, Pending or Failed, and null ALSO means
 * pending. The spec types the two timestamps as bare "object", so they are kept as JSON and parsed tolerantly.
 * {@code metaData} is the key/value arguments that started the task, as one string of unspecified syntax.
 */
record NetworkTask(String taskId, String result, JsonNode taskCreated, JsonNode taskUpdated, Long clientId,
                   Long deviceId, String metaData) {
}
