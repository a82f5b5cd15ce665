package dev.swfrelay.aws;

import dev.swfrelay.core.model.ActivityType;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.decision.ScheduleActivityTask;
import dev.swfrelay.core.model.event.EventAttributes;
import dev.swfrelay.core.model.event.TimerFired;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;

/** Builds one of any of core's records with every component set, each to a value that differs from the default. */
final class SampleRecords {

    private SampleRecords() {
    }

    static <T> T full(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getGenericType(), components[i].getName());
            types[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        }
    }

    private static Object value(Type type, String name) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return name.equals("taskPriority") || name.endsWith("InDays") ? "5" : "v-" + name;
        }
        if (raw == Timeout.class) {
            return name.contains("heartbeat") ? Timeout.NONE : Timeout.ofSeconds(37);
        }
        if (raw == long.class || raw == Long.class) {
            return 41L;
        }
        if (raw == int.class || raw == Integer.class) {
            return name.equals("openDecisionTasks") ? 1 : 7;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == Instant.class) {
            return Instant.ofEpochSecond(1_420_113_600L, 250_000_000);
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return List.of(value(element, name), value(element, name + "2"));
        }
        if (raw == HistoryEvent.class) {
            return new HistoryEvent(3, Instant.ofEpochSecond(1_420_113_601L), full(TimerFired.class));
        }
        if (raw == EventAttributes.class) {
            return full(TimerFired.class);
        }
        if (raw == Decision.class) {
            return ScheduleActivityTask.builder().activityId("a1").activityType(new ActivityType("A", "1"))
                    .taskList(new TaskList("a_tasks")).heartbeatTimeout(Timeout.ofSeconds(5)).build();
        }
        if (raw.isRecord()) {
            return full(raw);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
