package dev.swfrelay.aws;

import dev.swfrelay.core.model.DecisionType;
import dev.swfrelay.core.model.EventType;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.Violation;
import dev.swfrelay.core.model.decision.Decision;
import dev.swfrelay.core.model.event.EventAttributes;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;

/**
 * Reads the SDK's model classes into core's records: each record component takes the SDK
 * field with the same wire name, converted to the component's type. A list the SDK
 * auto-constructed because the member was absent reads as {@code null}; an absent number
 * read into a primitive reads as zero.
 */
final class SdkReader {

    private final SdkFields fields;
    private final ClassValue<RecordShape> shapes = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    SdkReader(SdkFields fields) {
        this.fields = fields;
    }

    <T> T read(SdkPojo pojo, Class<T> type) {
        return type.cast(coreValue(pojo, type));
    }

    private Object coreValue(Object sdk, Type target) {
        Class<?> raw = raw(target);
        if (sdk == null || sdk instanceof SdkAutoConstructList) {
            return primitiveDefault(raw);
        }
        if (raw == Timeout.class) {
            return Timeout.parse((String) sdk);
        }
        if (raw.isEnum()) {
            return constant(raw, (String) sdk);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) target).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Object item : (List<?>) sdk) {
                out.add(coreValue(item, element));
            }
            return out;
        }
        if (raw == HistoryEvent.class) {
            return event((SdkPojo) sdk);
        }
        if (raw == Decision.class) {
            return decision((SdkPojo) sdk);
        }
        if (raw.isRecord()) {
            return record((SdkPojo) sdk, raw);
        }
        return scalar(sdk, raw);
    }

    private Object record(SdkPojo pojo, Class<?> type) {
        RecordShape shape = shapes.get(type);
        Object[] arguments = new Object[shape.size()];
        for (int i = 0; i < shape.size(); i++) {
            Object value = fields.require(pojo, shape.name(i)).getValueOrDefault(pojo);
            arguments[i] = coreValue(value, shape.type(i));
        }
        return shape.create(arguments);
    }

    private HistoryEvent event(SdkPojo pojo) {
        EventType type = constant(EventType.class, (String) fields.require(pojo, "eventType").getValueOrDefault(pojo));
        Object attributes = fields.require(pojo, type.attributesMember()).getValueOrDefault(pojo);
        if (attributes == null) {
            throw Faults.unreadableAnswer().withDetail("history event of type " + type + " has no " + type.attributesMember());
        }
        Long id = (Long) fields.require(pojo, "eventId").getValueOrDefault(pojo);
        Instant timestamp = (Instant) fields.require(pojo, "eventTimestamp").getValueOrDefault(pojo);
        return new HistoryEvent(id == null ? 0 : id, timestamp,
                (EventAttributes) record((SdkPojo) attributes, type.attributesClass()));
    }

    private Decision decision(SdkPojo pojo) {
        DecisionType type = constant(DecisionType.class,
                (String) fields.require(pojo, "decisionType").getValueOrDefault(pojo));
        Object attributes = fields.require(pojo, type.attributesMember()).getValueOrDefault(pojo);
        if (attributes == null) {
            throw Faults.invalid(Violation.notNull(type.attributesMember()))
                    .withDetail("decision of type " + type + " has no " + type.attributesMember());
        }
        return (Decision) record((SdkPojo) attributes, type.attributesClass());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E extends Enum<E>> E constant(Class<?> type, String wire) {
        try {
            return Enum.valueOf((Class<E>) (Class) type, wire);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Faults.unreadableAnswer().withDetail("'" + wire + "' is not a value of SWF's " + type.getSimpleName());
        }
    }

    private static Object scalar(Object sdk, Class<?> raw) {
        if (sdk instanceof Number number) {
            if (raw == long.class || raw == Long.class) {
                return number.longValue();
            }
            if (raw == int.class || raw == Integer.class) {
                return number.intValue();
            }
        }
        return sdk;
    }

    private static Object primitiveDefault(Class<?> raw) {
        if (raw == long.class) {
            return 0L;
        }
        if (raw == int.class) {
            return 0;
        }
        if (raw == boolean.class) {
            return false;
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return (Class<?>) type;
    }
}
