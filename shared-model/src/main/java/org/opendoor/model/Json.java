package org.opendoor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of OpenDoor: ISO-8601 dates, absent nulls, unknown properties rejected, no guessing
 * of numbers as booleans or fractions as whole numbers, no control characters in text ({@link PrintableText}).
 * Services apply it to their Jackson mapper through {@link #configure(ObjectMapper)}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private Json() {
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        // a number is not a yes/no answer, and 11.7 is not a count: refuse rather than guess
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // a blank date or code ("" or "\u0000") is not an absent one: refuse it rather than store the referral without it
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule("printable-text").addDeserializer(String.class, new PrintableText()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
