package io.loopwatch.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company names in alert messages, by id. A rule writes {@code Names.of($deal.buyer())} where it
 * would write the company's name, and the engine puts the name in when it makes the alert: a rule
 * then needs no {@code Company( id == ... )} join only to name a company (each such join keeps
 * every company in Drools' memory), and a live session renames a company in every alert that names
 * it when the company changes. An id with no company stands for itself.
 */
public final class Names {

  /** A name to put in: start, how (one id, ids in order, ids by name), separator, ids, end. */
  private static final char START = '\uE000';
  private static final char SEPARATOR = '\uE001';
  private static final char NEXT = '\uE002';
  private static final char END = '\uE003';
  private static final Pattern NAMES = Pattern.compile(START + "([1osa])([^" + SEPARATOR + "]*)" + SEPARATOR
      + "([^" + END + "]*)" + END);

  private Names() {}

  /** The company's name. */
  public static String of(String companyId) {
    return token('1', "", List.of(companyId));
  }

  /** The companies' names in the ids' order, joined by {@code separator}. */
  public static String inOrder(List<String> companyIds, String separator) {
    return token('o', separator, companyIds);
  }

  /** The companies' names in alphabetical order, each once, joined by {@code separator}: a message that reads the same however the facts came in. */
  public static String sorted(Collection<String> companyIds, String separator) {
    return token('s', separator, List.copyOf(companyIds));
  }

  /**
   * The companies' names in alphabetical order, each once, as an English list: {@code A}, {@code A
   * and B}, {@code A, B, and C}. For a message that names companies as the subject of a sentence.
   */
  public static String listed(Collection<String> companyIds) {
    return token('a', "", List.copyOf(companyIds));
  }

  /** A message with every name put in, {@code nameOf} giving a company's name by id (or null). */
  public static String resolve(String message, Function<String, String> nameOf) {
    if (message.indexOf(START) < 0) {
      return message;
    }
    Matcher token = NAMES.matcher(message);
    StringBuilder resolved = new StringBuilder();
    while (token.find()) {
      List<String> names = new ArrayList<>();
      for (String id : ids(token)) {
        String name = nameOf.apply(id);
        names.add(name == null ? id : name);
      }
      String separator = token.group(2);
      String text = switch (token.group(1)) {
        case "s" -> String.join(separator, new TreeSet<>(names));
        case "a" -> english(List.copyOf(new TreeSet<>(names)));
        default -> String.join(separator, names);
      };
      token.appendReplacement(resolved, Matcher.quoteReplacement(text));
    }
    token.appendTail(resolved);
    return resolved.toString();
  }

  /** The ids of the companies a message names. */
  public static Set<String> named(String message) {
    Set<String> ids = new LinkedHashSet<>();
    if (message.indexOf(START) >= 0) {
      Matcher token = NAMES.matcher(message);
      while (token.find()) {
        ids.addAll(ids(token));
      }
    }
    return ids;
  }

  /** {@code A}, {@code A and B}, {@code A, B, and C}: two items take no comma. */
  static String english(List<String> items) {
    int last = items.size() - 1;
    if (last < 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, last)) + (last == 1 ? " and " : ", and ") + items.get(last);
  }

  private static List<String> ids(Matcher token) {
    return token.group(3).isEmpty() ? List.of() : List.of(token.group(3).split(String.valueOf(NEXT), -1));
  }

  private static String token(char how, String separator, List<String> ids) {
    return START + String.valueOf(how) + separator + SEPARATOR + String.join(String.valueOf(NEXT), ids) + END;
  }
}
