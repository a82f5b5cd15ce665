package dev.swfrelay.aws;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;

/** What the mappers need to know about one of core's records: its components, in order, and how to build it. */
final class RecordShape {

    private final Class<?> type;
    private final String[] names;
    private final Type[] types;
    private final Method[] accessors;
    private final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not one of core's records");
        }
        RecordComponent[] components = type.getRecordComponents();
        this.type = type;
        this.names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
        this.types = Arrays.stream(components).map(RecordComponent::getGenericType).toArray(Type[]::new);
        this.accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without canonical constructor: " + type.getName(), e);
        }
    }

    static RecordShape of(Class<?> type) {
        return new RecordShape(type);
    }

    int size() {
        return names.length;
    }

    String name(int index) {
        return names[index];
    }

    Type type(int index) {
        return types[index];
    }

    Object value(Object record, int index) {
        try {
            return accessors[index].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + names[index], e);
        }
    }

    /** Builds the record; the record's own checks apply, and their faults propagate unchanged. */
    Object create(Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
