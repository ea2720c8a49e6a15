package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.check.CheckCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Checks that declared types take only literal values: an enum constant's arguments and a field's
 * initial value. Drools compiles declared types and loads them while it builds the rules, before
 * the sandbox has seen any bytecode, and initialising an enum runs its constants' arguments; so
 * an expression there would run at build time. Read from the parsed DRL, which runs nothing.
 *
 * <p>It also refuses {@code import accumulate}: Drools makes an object of the named class with its
 * no-argument constructor while it builds, before it checks that the class is an accumulate
 * function, so any class on the class path would run its constructor there
 * ({@code java.util.logging.FileHandler} creates a file in the home directory).
 */
final class DeclaredValues {

  /** Numbers, strings, characters, true, false, null, and a constant of an enum or class by name. */
  private static final Pattern LITERAL = Pattern.compile(
      "-?(?:\\d[\\d_]*(?:\\.\\d+)?(?:[eE][-+]?\\d+)?[lLfFdD]?|0[xX][\\da-fA-F_]+[lL]?)"
          + "|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)+'|true|false|null"
          + "|[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*");

  private DeclaredValues() {}

  static List<Diagnostic> check(RuleFiles files) {
    List<Diagnostic> found = new ArrayList<>();
    for (RuleFiles.DrlFile drl : files.files()) {
      PackageDescr parsed;
      try {
        parsed = new DrlParser().parse(false, drl.text());
      } catch (DroolsParserException e) {
        continue; // Drools reports the syntax error itself, at its place
      }
      if (parsed == null) {
        continue;
      }
      for (AccumulateImportDescr imported : parsed.getAccumulateImports()) {
        found.add(new Diagnostic(drl.path(), Math.max(imported.getLine(), 0), Math.max(imported.getColumn(), 0) + 1, "",
            "import accumulate " + imported.getTarget() + ", which the rule sandbox does not allow: Drools would create"
                + " an object of that class while compiling the rules, before anything could check it; use the"
                + " built-in accumulate functions (sum, count, min, max, average, collectList, collectSet)",
            CheckCode.UNSAFE_CALL.code()));
      }
      for (AbstractClassTypeDeclarationDescr type : parsed.getClassAndEnumDeclarationDescrs()) {
        if (type instanceof EnumDeclarationDescr enumeration) {
          for (EnumLiteralDescr constant : enumeration.getLiterals()) {
            for (String argument : constant.getConstructorArgs()) {
              requireLiteral(drl, constant, argument, "enum constant " + type.getTypeName() + "." + constant.getName()
                  + " takes", found);
            }
          }
        }
        for (TypeFieldDescr field : type.getFields().values()) {
          if (field.getInitExpr() != null && !field.getInitExpr().isBlank()) {
            requireLiteral(drl, field, field.getInitExpr(), "field " + type.getTypeName() + "." + field.getFieldName()
                + " starts as", found);
          }
        }
      }
    }
    return found;
  }

  private static void requireLiteral(RuleFiles.DrlFile drl, BaseDescr where, String value, String what,
      List<Diagnostic> found) {
    String text = value.strip();
    if (!LITERAL.matcher(text).matches()) {
      found.add(new Diagnostic(drl.path(), Math.max(where.getLine(), 0), Math.max(where.getColumn(), 0) + 1, "",
          what + " '" + text + "', which the rule sandbox does not allow: Drools would run it while compiling the"
              + " rules; declared types take literal values (numbers, strings, true, false, null, constants)",
          CheckCode.UNSAFE_CALL.code()));
    }
  }
}
