package dev.swfrelay.core.replay;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record's attributes as dotted paths to their values ({@code activityType.name -> "A"}),
 * absent members left out, so two decisions compare member by member and a diff can name one.
 */
final class AttributePaths {

    private AttributePaths() {
    }

    static Map<String, Object> of(Record record) {
        Map<String, Object> paths = new LinkedHashMap<>();
        add("", record, paths);
        return paths;
    }

    static void add(String prefix, Object value, Map<String, Object> paths) {
        if (value == null) {
            return;
        }
        if (!(value instanceof Record record)) {
            paths.put(prefix, value);
            return;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            add(path, read(component, record), paths);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
