package io.loopwatch.bench;

import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * The baseline Loopwatch is measured against: {@code naive-loops.drl}, money loops by plain DRL
 * joins, compiled with a plain {@code KieBuilder} and run in a plain session, with none of
 * Loopwatch's engine around it.
 */
public final class NaiveLoops {

  static final String DRL_RESOURCE = "naive-loops.drl";

  private final KieBase kieBase;

  private NaiveLoops(KieBase kieBase) {
    this.kieBase = kieBase;
  }

  /** Compiles the baseline rules. */
  public static NaiveLoops compile() {
    return new NaiveLoops(PlainBuilder.build(Map.of(DRL_RESOURCE, drl())));
  }

  /** The text of {@code naive-loops.drl}. */
  public static String drl() {
    try (InputStream in = NaiveLoops.class.getResourceAsStream(DRL_RESOURCE)) {
      return new String(Objects.requireNonNull(in, DRL_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every loop's key ({@code loop:a>b>c}), sorted: inserts the facts in a new session and fires. */
  public List<String> find(FactSet facts) {
    try (Live live = open(facts)) {
      return live.loopKeys();
    }
  }

  /** A stateful session holding the facts, fired once; for incremental updates. */
  public Live open(FactSet facts) {
    KieSession session = kieBase.newKieSession();
    Map<String, FactHandle> handles = new HashMap<>();
    facts.all().forEach(fact -> {
      FactHandle handle = session.insert(fact);
      if (fact instanceof Investment i) {
        handles.put(i.id(), handle);
      } else if (fact instanceof SupplyDeal d) {
        handles.put(d.id(), handle);
      }
    });
    session.fireAllRules();
    return new Live(session, handles);
  }

  /** A live baseline session. */
  public static final class Live implements AutoCloseable {
    private final KieSession session;
    private final Map<String, FactHandle> handles;

    private Live(KieSession session, Map<String, FactHandle> handles) {
      this.session = session;
      this.handles = handles;
    }

    /** Replaces the deal with the same id and fires; returns the number of rules fired. */
    public int update(Object deal) {
      String id = deal instanceof Investment i ? i.id() : ((SupplyDeal) deal).id();
      session.update(Objects.requireNonNull(handles.get(id), id), deal);
      return session.fireAllRules();
    }

    public List<String> loopKeys() {
      List<String> keys = new ArrayList<>();
      for (QueryResultsRow row : session.getQueryResults("loop keys")) {
        keys.add((String) row.get("$key"));
      }
      keys.sort(null);
      return keys;
    }

    @Override
    public void close() {
      session.dispose();
    }
  }

  /** A plain {@code KieFileSystem} + {@code KieBuilder} build, as the Drools examples do it. */
  public static final class PlainBuilder {
    private PlainBuilder() {}

    /** Builds DRL files, by name, into a knowledge base; fails with Drools' messages. */
    public static KieBase build(Map<String, String> drlByName) {
      KieServices services = KieServices.get();
      KieFileSystem kfs = services.newKieFileSystem();
      drlByName.forEach((name, text) -> kfs.write("src/main/resources/baseline/" + name, text));
      KieBuilder builder = services.newKieBuilder(kfs).buildAll();
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        throw new IllegalStateException("the baseline rules do not compile: " + errors);
      }
      return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }
  }
}
