package dev.swfrelay.emulator.json;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The rules a reader names when a member is missing or not one of an enum's values, in SWF's words. */
final class EnumNames {

    static final String NOT_NULL = "Member must not be null";

    private EnumNames() {
    }

    static String rule(Class<? extends Enum<?>> enumType) {
        return "Member must satisfy enum value set: " + Arrays.stream(enumType.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
    }

    static <E extends Enum<E>> E named(Class<E> enumType, String name) {
        for (E constant : enumType.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
