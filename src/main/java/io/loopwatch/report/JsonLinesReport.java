package io.loopwatch.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwatch.Alert;
import io.loopwatch.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON Lines: one alert per line, each the same object as in the JSON report's {@code alerts}, for
 * tools that stream ({@code jq -c}, log shippers, {@code grep}). No summary line, so every line has
 * the same shape.
 */
public final class JsonLinesReport {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonLinesReport() {}

  public static void write(Report report, PrintWriter out) {
    try {
      for (Alert alert : report.alerts()) {
        out.print(MAPPER.writeValueAsString(JsonReport.alertJson(alert)));
        // "\n" rather than println: the format fixes the separator, whatever the platform.
        out.print('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
