package io.loopwatch.reference;

import java.lang.reflect.Type;
import java.util.regex.Pattern;

/** Types as a rule author writes them: simple names, nested classes joined by a dot. */
final class TypeNames {

  /** A package-qualified name: lower-case segments, then the class. */
  private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+([A-Z][\\w$]*)");

  private TypeNames() {}

  /** {@code java.util.List<io.loopwatch.rules.Tiers$Tier>} as {@code List<Tiers.Tier>}. */
  static String of(Type type) {
    return QUALIFIED.matcher(type.getTypeName()).replaceAll("$1").replace('$', '.');
  }

  /** The name a heading and a rule give a class: {@code Tiers.Tier}. */
  static String of(Class<?> type) {
    return type.getDeclaringClass() == null ? type.getSimpleName() : of(type.getDeclaringClass()) + "." + type.getSimpleName();
  }
}
