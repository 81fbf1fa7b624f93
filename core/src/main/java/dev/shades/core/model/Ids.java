package dev.shades.core.model;

import java.util.Locale;

/** The kebab-case ids of enum constants as they appear in descriptions and policies. */
final class Ids {
  private Ids() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, String id) {
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(id)) {
        return java.util.Optional.of(e);
      }
    }
    return java.util.Optional.empty();
  }

  static <E extends Enum<E>> java.util.List<String> all(Class<E> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Ids::of).toList();
  }
}
