package dev.swfrelay.emulator.json;

/** An enum's constant by its wire name, {@code null} for a name that is none of them. */
final class EnumNames {

    private EnumNames() {
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
