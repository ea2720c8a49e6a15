package io.loopwatch.ruletest;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Test results as JUnit XML, the format CI servers display: one {@code testsuite} per test file,
 * one {@code testcase} per case, a {@code failure} with the differences for each failed case.
 */
public final class JUnitXmlReport {

  private JUnitXmlReport() {}

  public static void write(List<CaseResult> results, Writer out) {
    Map<Path, List<CaseResult>> byFile = new LinkedHashMap<>();
    results.forEach(r -> byFile.computeIfAbsent(r.testCase().file(), f -> new ArrayList<>()).add(r));
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "loopwatch rule tests");
      xml.writeAttribute("tests", String.valueOf(results.size()));
      xml.writeAttribute("failures", String.valueOf(results.stream().filter(r -> !r.passed()).count()));
      for (Map.Entry<Path, List<CaseResult>> file : byFile.entrySet()) {
        writeSuite(xml, file.getKey(), file.getValue());
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      out.write(System.lineSeparator());
      out.flush();
    } catch (XMLStreamException | IOException e) {
      throw new IllegalStateException("could not write JUnit XML", e);
    }
  }

  private static void writeSuite(XMLStreamWriter xml, Path file, List<CaseResult> results) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", file.toString());
    xml.writeAttribute("tests", String.valueOf(results.size()));
    xml.writeAttribute("failures", String.valueOf(results.stream().filter(r -> !r.passed()).count()));
    for (CaseResult result : results) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", file.toString());
      xml.writeAttribute("name", xmlSafe(result.testCase().name()));
      xml.writeAttribute("file", file.toString());
      xml.writeAttribute("line", String.valueOf(result.testCase().line()));
      if (!result.passed()) {
        List<String> problems = result.problems();
        xml.writeStartElement("failure");
        xml.writeAttribute("message", xmlSafe(problems.get(0)));
        xml.writeCharacters(xmlSafe(result.testCase().where() + "\n" + String.join("\n", problems)));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  /** XML 1.0 cannot hold most control characters, even escaped; a case name may contain one. */
  static String xmlSafe(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (allowed) {
        safe.appendCodePoint(c);
      } else {
        safe.append(String.format("\\u%04x", c));
      }
    });
    return safe.toString();
  }
}
