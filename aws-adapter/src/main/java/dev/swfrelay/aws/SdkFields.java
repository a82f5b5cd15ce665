package dev.swfrelay.aws;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/** The SDK's fields of each model class (and of each builder class), by SWF's wire member name, cached. */
final class SdkFields {

    private final ConcurrentMap<Class<?>, Map<String, SdkField<?>>> byClass = new ConcurrentHashMap<>();

    Map<String, SdkField<?>> of(SdkPojo pojo) {
        return byClass.computeIfAbsent(pojo.getClass(), type -> index(pojo));
    }

    SdkField<?> require(SdkPojo pojo, String member) {
        SdkField<?> field = of(pojo).get(member);
        if (field == null) {
            throw new IllegalStateException("the SDK's " + pojo.getClass().getName() + " has no member '" + member + "'");
        }
        return field;
    }

    private static Map<String, SdkField<?>> index(SdkPojo pojo) {
        Map<String, SdkField<?>> fields = new HashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            fields.put(field.locationName(), field);
        }
        return Map.copyOf(fields);
    }
}
