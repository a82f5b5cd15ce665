package dev.swfrelay.cli.workflow;

import dev.swfrelay.cli.DurationText;
import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.model.Timeout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One object of a parsed workflow file, read field by field; every error names the file,
 * the field's path ({@code steps[1].taskList}) and what was expected.
 */
final class FileFields {

    private final String source;
    private final String path;
    private final Map<?, ?> values;

    FileFields(String source, String path, Map<?, ?> values) {
        this.source = source;
        this.path = path;
        this.values = values;
    }

    /** Rejects keys outside {@code known}, so a typo is not silently ignored. */
    void allowOnly(Set<String> known) {
        for (Object key : values.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                throw error(where(String.valueOf(key)) + " is not a known field; expected one of "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String string(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw error(where(key) + " is missing");
        }
        return text(key, value);
    }

    String string(String key, String fallback) {
        Object value = values.get(key);
        return value == null ? fallback : text(key, value);
    }

    private String text(String key, Object value) {
        if (value instanceof Map || value instanceof List) {
            throw error(where(key) + " must be a text value, not " + describe(value));
        }
        String text = String.valueOf(value);
        if (text.isBlank()) {
            throw error(where(key) + " must not be empty");
        }
        return text;
    }

    int integer(String key, int fallback, int min) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Integer number) || number < min) {
            throw error(where(key) + " must be a whole number of at least " + min + ", was " + value);
        }
        return number;
    }

    /** A timeout in whole seconds: a number, a duration such as {@code 5m}, or {@code NONE}. */
    Timeout timeout(String key, Timeout fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        String text = text(key, value);
        if (text.equalsIgnoreCase("NONE")) {
            return Timeout.NONE;
        }
        Duration duration = duration(key, text);
        if (duration.getNano() != 0) {
            throw error(where(key) + " is " + text + "; SWF counts timeouts in whole seconds");
        }
        return Timeout.of(duration);
    }

    Duration duration(String key, Duration fallback) {
        Object value = values.get(key);
        return value == null ? fallback : duration(key, text(key, value));
    }

    private Duration duration(String key, String text) {
        try {
            return DurationText.parse(text, where(key));
        } catch (UserError e) {
            throw error(e.getMessage());
        }
    }

    /** A type as {@code "NAME:VERSION"} or {@code {name: ..., version: ...}}. */
    TypeRef type(String key) {
        Object value = values.get(key);
        if (value instanceof Map<?, ?> map) {
            FileFields type = child(key, map);
            type.allowOnly(Set.of("name", "version"));
            return new TypeRef(type.string("name"), type.string("version", "1"));
        }
        try {
            return TypeRef.parse(string(key), "1", where(key));
        } catch (UserError e) {
            throw error(e.getMessage());
        }
    }

    /** One name or a list of names; {@code null} when the field is absent, empty for {@code []}. */
    List<String> names(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            return List.of(text(key, value));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
                throw error(where(key) + "[" + i + "] must be a step's name, was " + describe(item));
            }
            names.add(String.valueOf(item));
        }
        return names;
    }

    List<FileFields> objects(String key) {
        Object value = values.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw error(where(key) + " must be a non-empty list, was " + describe(value));
        }
        List<FileFields> objects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw error(where(key) + "[" + i + "] must be an object, was " + describe(list.get(i)));
            }
            objects.add(new FileFields(source, where(key) + "[" + i + "]", map));
        }
        return objects;
    }

    private FileFields child(String key, Map<?, ?> map) {
        return new FileFields(source, where(key), map);
    }

    String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    UserError error(String message) {
        return UserError.usage(source + ": " + message);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "an empty list" : "a list";
        }
        return "'" + value + "'";
    }
}
