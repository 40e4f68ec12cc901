package dev.vpsnap.common;

import com.fasterxml.jackson.annotation.JsonIgnoreType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.vpsnap.model.OperationRef;

/** The one ObjectMapper of the process: wire parsing, JSON output and config all share it. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .addMixIn(OperationRef.class, NotSerialized.class);

    /** An operation's parsed {@link OperationRef} stays out of the output: its {@code id} is the ref, encoded. */
    @JsonIgnoreType
    private abstract static class NotSerialized {
    }

    private Json() {
    }
}
