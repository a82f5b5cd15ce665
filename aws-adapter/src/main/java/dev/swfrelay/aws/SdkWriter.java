package dev.swfrelay.aws;

import dev.swfrelay.core.model.HistoryEvent;
import dev.swfrelay.core.model.Timeout;
import dev.swfrelay.core.model.decision.Decision;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Writes core's records into the SDK's model classes, member by member, matching each
 * record component to the SDK field with the same wire name. Timeouts become their wire
 * strings, enums their names; a history event or decision becomes its type plus the
 * {@code …Attributes} member that carries it.
 */
final class SdkWriter {

    private final SdkFields fields;
    private final ClassValue<RecordShape> shapes = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    SdkWriter(SdkFields fields) {
        this.fields = fields;
    }

    /** Fills {@code builder} (an SDK builder) from {@code record} and builds it. */
    @SuppressWarnings("unchecked")
    <T> T write(Object record, SdkPojo builder) {
        fill(record, builder);
        return (T) ((SdkBuilder<?, ?>) builder).build();
    }

    private void fill(Object record, SdkPojo builder) {
        if (record instanceof HistoryEvent event) {
            fillEvent(event, builder);
        } else if (record instanceof Decision decision) {
            fillDecision(decision, builder);
        } else {
            fillMembers(record, builder);
        }
    }

    private void fillMembers(Object record, SdkPojo builder) {
        RecordShape shape = shapes.get(record.getClass());
        for (int i = 0; i < shape.size(); i++) {
            Object value = shape.value(record, i);
            if (value != null) {
                SdkField<?> field = fields.require(builder, shape.name(i));
                field.set(builder, sdkValue(value, field));
            }
        }
    }

    private void fillEvent(HistoryEvent event, SdkPojo builder) {
        fields.require(builder, "eventId").set(builder, event.eventId());
        fields.require(builder, "eventTimestamp").set(builder, event.eventTimestamp());
        fields.require(builder, "eventType").set(builder, event.eventType().name());
        SdkField<?> attributes = fields.require(builder, event.eventType().attributesMember());
        attributes.set(builder, sdkValue(event.attributes(), attributes));
    }

    private void fillDecision(Decision decision, SdkPojo builder) {
        fields.require(builder, "decisionType").set(builder, decision.decisionType().name());
        SdkField<?> attributes = fields.require(builder, decision.decisionType().attributesMember());
        SdkPojo attributesBuilder = attributes.constructor().get();
        fillMembers(decision, attributesBuilder);
        attributes.set(builder, ((SdkBuilder<?, ?>) attributesBuilder).build());
    }

    private Object sdkValue(Object value, SdkField<?> field) {
        if (value instanceof Timeout timeout) {
            return timeout.toWire();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Number number) {
            return number(number, field);
        }
        if (value instanceof List<?> list) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> out = new ArrayList<>(list.size());
            for (Object element : list) {
                out.add(sdkValue(element, member));
            }
            return out;
        }
        if (value instanceof Record) {
            SdkPojo builder = field.constructor().get();
            fill(value, builder);
            return ((SdkBuilder<?, ?>) builder).build();
        }
        return value;
    }

    private static Object number(Number number, SdkField<?> field) {
        if (field.marshallingType() == MarshallingType.LONG) {
            return number.longValue();
        }
        if (field.marshallingType() == MarshallingType.INTEGER) {
            return number.intValue();
        }
        return number;
    }
}
