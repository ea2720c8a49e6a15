package io.loopwatch.reference;

import io.loopwatch.facts.Labeled;
import io.loopwatch.sandbox.RulePolicy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@link TypeEntry} off a class by reflection, so that the reference lists exactly the
 * fields, constants and methods the compiled code has.
 */
final class TypeReader {

  private static final String OWN_PACKAGE = "io.loopwatch";

  private final Javadoc javadoc;
  private final RulePolicy policy;

  TypeReader(Javadoc javadoc, RulePolicy policy) {
    this.javadoc = javadoc;
    this.policy = policy;
  }

  TypeEntry read(Class<?> type) {
    return new TypeEntry(type, TypeNames.of(type), kind(type), javadoc.type(type).orElse(""), isA(type), kinds(type),
        fields(type), constants(type), Labeled.class.isAssignableFrom(type), methods(type));
  }

  private static String kind(Class<?> type) {
    return type.isRecord() ? "record" : type.isEnum() ? "enum" : type.isInterface() ? "interface" : "class";
  }

  /** Every Loopwatch supertype, nearest first. */
  private static List<String> isA(Class<?> type) {
    Set<Class<?>> all = new LinkedHashSet<>();
    collectSupertypes(type, all);
    return all.stream().filter(TypeReader::isOwn).map(TypeNames::of).toList();
  }

  private static void collectSupertypes(Class<?> type, Set<Class<?>> into) {
    List<Class<?>> direct = new ArrayList<>(Arrays.asList(type.getInterfaces()));
    if (type.getSuperclass() != null) {
      direct.add(0, type.getSuperclass());
    }
    direct.stream().filter(into::add).forEach(t -> collectSupertypes(t, into));
  }

  private static List<String> kinds(Class<?> type) {
    Class<?>[] permitted = type.getPermittedSubclasses();
    return permitted == null ? List.of() : Arrays.stream(permitted).map(TypeNames::of).sorted().toList();
  }

  private List<TypeEntry.Field> fields(Class<?> type) {
    List<TypeEntry.Field> fields = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        String description = javadoc.component(type, component.getName())
            .or(() -> javadoc.method(component.getAccessor())).orElse("");
        fields.add(new TypeEntry.Field(component.getName(), TypeNames.of(component.getGenericType()), description));
      }
    }
    Arrays.stream(type.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && !f.isEnumConstant() && f.getDeclaringClass() == type)
        .sorted(Comparator.comparing(java.lang.reflect.Field::getName))
        .forEach(f -> fields.add(new TypeEntry.Field(TypeNames.of(type) + "." + f.getName(),
            TypeNames.of(f.getGenericType()), javadoc.constant(type, f.getName()).orElse(""))));
    return fields;
  }

  private List<TypeEntry.Constant> constants(Class<?> type) {
    if (!type.isEnum()) {
      return List.of();
    }
    return Arrays.stream(type.getEnumConstants()).map(constant -> {
      String name = ((Enum<?>) constant).name();
      String label = constant instanceof Labeled labeled ? labeled.label() : "";
      return new TypeEntry.Constant(name, label, javadoc.constant(type, name).orElse(""));
    }).toList();
  }

  /**
   * The public methods a rule may call on the type, its own and those it inherits from Loopwatch
   * types. Left out: what every object, enum and record has (equals, name, values...), the
   * accessors of record components (listed as fields), and anything the sandbox refuses.
   */
  private List<TypeEntry.Call> methods(Class<?> type) {
    Set<String> components = type.isRecord()
        ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet())
        : Set.of();
    return Arrays.stream(type.getMethods())
        .filter(m -> !m.isBridge() && !m.isSynthetic() && isOwn(m.getDeclaringClass()))
        .filter(m -> !(m.getParameterCount() == 0 && components.contains(m.getName())))
        .filter(m -> !isObjectMethod(m) && !isImplicitEnumMethod(type, m))
        .filter(m -> policy.allowsCall(type, m))
        .sorted(Comparator.comparing(Method::getName).thenComparingInt(Method::getParameterCount)
            .thenComparing(TypeReader::parameters))
        .map(m -> new TypeEntry.Call(call(type, m), TypeNames.of(m.getGenericReturnType()),
            javadoc.method(m).orElse("")))
        .toList();
  }

  private static boolean isOwn(Class<?> type) {
    return type.getPackageName().equals(OWN_PACKAGE) || type.getPackageName().startsWith(OWN_PACKAGE + ".");
  }

  private static boolean isObjectMethod(Method method) {
    try {
      Object.class.getMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException notObjects) {
      return false;
    }
  }

  /** {@code values()} and {@code valueOf(String)}, which the compiler gives every enum. */
  private static boolean isImplicitEnumMethod(Class<?> type, Method method) {
    return type.isEnum() && Modifier.isStatic(method.getModifiers())
        && (method.getName().equals("values") && method.getParameterCount() == 0
            || method.getName().equals("valueOf") && Arrays.equals(method.getParameterTypes(), new Class<?>[] {String.class}));
  }

  /** {@code hasRole(Role role)}, or {@code Names.of(String id)} for a static method. */
  private static String call(Class<?> type, Method method) {
    String prefix = Modifier.isStatic(method.getModifiers()) ? TypeNames.of(type) + "." : "";
    return prefix + method.getName() + "(" + parameters(method) + ")";
  }

  private static String parameters(Method method) {
    Parameter[] parameters = method.getParameters();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      String type = TypeNames.of(parameters[i].getParameterizedType());
      if (method.isVarArgs() && i == parameters.length - 1) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      written.add(type + " " + parameters[i].getName());
    }
    return String.join(", ", written);
  }
}
