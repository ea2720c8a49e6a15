package io.loopwatch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output for reports, remembering why a write failed. A {@link PrintWriter} swallows
 * write errors and keeps only that one happened ({@link #checkError()}); this one also keeps the
 * first error, so that a report written to a full disk ({@code > /dev/full}) or a closed pipe is
 * reported with its reason instead of ending as a success.
 */
final class ReportWriter extends PrintWriter {

  private final FirstFailure failures;

  ReportWriter(Writer destination) {
    this(new FirstFailure(destination));
  }

  private ReportWriter(FirstFailure failures) {
    super(failures, true);
    this.failures = failures;
  }

  /** The process's standard output, written in UTF-8. */
  static ReportWriter stdout() {
    return new ReportWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
  }

  /** The first write error, if there was one. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failures.first);
  }

  /** Why writing to {@code out} failed, for a message: the error's own words where they were kept. */
  static String reasonOf(PrintWriter out) {
    return out instanceof ReportWriter report ? report.failure().map(e -> String.valueOf(e.getMessage()))
        .orElse("the stream reported an error") : "the stream reported an error";
  }

  /** Passes writes on and remembers the first one that failed. */
  private static final class FirstFailure extends FilterWriter {
    private IOException first;

    FirstFailure(Writer destination) {
      super(destination);
    }

    @Override
    public void write(int c) throws IOException {
      remembering(() -> super.write(c));
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      remembering(() -> super.write(text, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      remembering(() -> super.write(text, offset, length));
    }

    @Override
    public void flush() throws IOException {
      remembering(super::flush);
    }

    private void remembering(Write write) throws IOException {
      try {
        write.run();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
        throw e;
      }
    }

    private interface Write {
      void run() throws IOException;
    }
  }
}
