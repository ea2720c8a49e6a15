package io.loopwatch.facts.parse;

import io.loopwatch.facts.Event;
import io.loopwatch.facts.EventKind;
import io.loopwatch.facts.Source;
import java.time.LocalDate;
import java.util.List;

/** Reads an event; its subject may be any company, deal or chip and is checked after loading. */
final class EventBinder {

  private EventBinder() {}

  static Event bind(Fields in) {
    String id = in.id("id");
    LocalDate date = in.date("date");
    EventKind kind = in.choice("kind", EventKind.class);
    String subject = in.text("subject");
    String leaving = in.optionalText("leaving");
    String note = in.optionalText("note");
    List<Source> sources = in.sources(true);
    return in.complete() ? new Event(id, date, kind, subject, leaving, note, sources) : null;
  }
}
