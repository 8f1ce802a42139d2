package org.opendoor.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opendoor.data.DataFile;
import org.opendoor.data.DataFileInvalidException;

/**
 * A JSON data file (rules, routing tables, code lists, the bank holidays) bound to a record type with the one JSON
 * configuration ({@link Json}), stricter still: a field given twice and anything after the top-level value are
 * refused too. The records check themselves in their constructors; whatever is wrong (an unknown field, a value of
 * the wrong type or outside a code list, a missing or invalid entry) fails as a {@link DataFileInvalidException}
 * naming the file, the line and the JSON path, so that a typo in an operator's file stops start-up with a message
 * that says where it is. It lives beside {@link Json}, which it uses; {@link DataFile} reads the text.
 */
public final class JsonDataFile {
    private JsonDataFile() {
    }

    /** A classpath resource such as {@code rules/llr-2026.1.json}. */
    public static <T> T shipped(String resource, Class<T> type) {
        return read(resource, DataFile.shipped(resource), type);
    }

    /** An operator's file on disk. */
    public static <T> T onDisk(Path path, Class<T> type) {
        return read(path.toString(), DataFile.onDisk(path), type);
    }

    /** The operator's replacement when one is configured, else the shipped resource. */
    public static <T> T replaceable(String resource, Optional<Path> replacement, Class<T> type) {
        return replacement.map(path -> onDisk(path, type)).orElseGet(() -> shipped(resource, type));
    }

    /** The text of a data file, already read (a ruleset, whose exact text is kept). */
    public static <T> T read(String file, String content, Class<T> type) {
        if (content.isBlank()) {
            throw new DataFileInvalidException(file, "", "the file is empty");
        }
        ObjectReader reader = Json.mapper().readerFor(type)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        T value;
        try {
            value = reader.readValue(content);
        } catch (JsonProcessingException e) {
            throw invalid(file, content, e);
        }
        if (value == null) {
            throw new DataFileInvalidException(file, "", "the file holds null, not " + type.getSimpleName());
        }
        return value;
    }

    private static DataFileInvalidException invalid(String file, String content, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        String at = e instanceof JsonMappingException m ? path(m) : "";
        StreamReadException syntax = e instanceof StreamReadException s ? s
                : e.getCause() instanceof StreamReadException s ? s : null;
        if (syntax != null) {
            // a syntax error, or a field given twice in one object
            String message = syntax.getOriginalMessage();
            return new DataFileInvalidException(file, line, at, message.startsWith("Duplicate field")
                    ? message.replace("Duplicate field", "field") + " is given twice in one object"
                    : "not valid JSON: " + message, e);
        }
        JsonMappingException m = (JsonMappingException) e;
        if (m instanceof ValueInstantiationException v) {
            Optional<String> misspelt = unknownFieldOf(content, m, v.getType().getRawClass());
            if (misspelt.isPresent()) {
                return new DataFileInvalidException(file, line, at, misspelt.get(), e);
            }
        }
        return new DataFileInvalidException(file, line, at, problem(m), e);
    }

    /**
     * Jackson reports an unknown field of a record only after building it, so a misspelt required field would read
     * as a missing one: when a record refuses its values, look in the failing entry for a field it does not have.
     */
    private static Optional<String> unknownFieldOf(String content, JsonMappingException e, Class<?> record) {
        if (!record.isRecord()) {
            return Optional.empty();
        }
        Set<String> known = new TreeSet<>(Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName).toList());
        StringBuilder pointer = new StringBuilder();
        e.getPath().forEach(ref -> pointer.append('/').append(ref.getFieldName() != null
                ? ref.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(ref.getIndex())));
        try {
            JsonNode entry = Json.mapper().readTree(content).at(pointer.toString());
            Set<String> given = new TreeSet<>();
            entry.fieldNames().forEachRemaining(given::add);
            given.removeAll(known);
            return given.stream().findFirst().map(name -> "unknown field '" + name + "'; known: " + known);
        } catch (JsonProcessingException | IllegalArgumentException notFound) {
            return Optional.empty();
        }
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; known: " + new TreeSet<>(u.getKnownPropertyIds()
                    .stream().map(String::valueOf).toList());
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return "unknown value '" + f.getValue() + "'; allowed: " + Arrays.toString(target.getEnumConstants());
            }
            return "'" + f.getValue() + "' is not " + (target == LocalDate.class ? "a date (yyyy-mm-dd)"
                    : "a valid " + (target == null ? "value" : target.getSimpleName()));
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            return e.getCause().getMessage(); // the record's own check
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + describe(mismatch.getTargetType()) + ": " + e.getOriginalMessage();
        }
        return e.getOriginalMessage();
    }

    private static String describe(Class<?> type) {
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName();
    }

    /** The entry's JSON path; for an unknown field, the entry it is in (the message names the field). */
    private static String path(JsonMappingException e) {
        var refs = e.getPath();
        return (e instanceof UnrecognizedPropertyException ? refs.subList(0, refs.size() - 1) : refs).stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                        : ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
