package dev.vpsnap.provider.hivelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskMetaDataTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"volumeId\": \"3101\", \"name\": \"pre upgrade\", \"clientId\": 1234}",
            "{'volumeId': '3101', 'name': 'pre upgrade', 'clientId': 1234}",
            "volumeId=3101, name=\"pre upgrade\", clientId=1234",
            "volumeId: 3101; name: 'pre upgrade'; clientId: 1234"})
    void readsKeyValueArgumentsInTheUsualSyntaxes(String metaData) {
        Map<String, String> m = TaskMetaData.parse(metaData);

        assertEquals("3101", m.get("volumeId"));
        assertEquals("pre upgrade", m.get("name"));
        assertEquals("1234", m.get("clientId"));
    }

    @Test
    void nothingToReadIsAnEmptyMap() {
        assertEquals(Map.of(), TaskMetaData.parse(null));
        assertEquals(Map.of(), TaskMetaData.parse("  "));
        assertEquals(Map.of(), TaskMetaData.parse("created by portal"));
    }
}
