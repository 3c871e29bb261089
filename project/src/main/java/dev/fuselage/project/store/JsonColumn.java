package dev.fuselage.project.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text columns that hold JSON (free-form attributes, an edit's frame list): kept as text rather than a JSON
 * column type so that every SQL database stores them alike.
 */
final class JsonColumn {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private JsonColumn() {
    }

    /**
     * The value as JSON text; a value Jackson cannot write fails the statement it was meant for, with a message
     * that starts with {@code what} (e.g. "attributes").
     */
    static String write(String what, Object value) throws SQLException {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException(what + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON object column, keys in their stored order. */
    static Map<String, Object> readMap(String text) throws JsonProcessingException {
        return JSON.readValue(text, MAP);
    }

    /** A JSON array-of-strings column. */
    static List<String> readStrings(String text) throws JsonProcessingException {
        return JSON.readValue(text, STRINGS);
    }
}
