package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.FactSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one fact set from several documents, whole fact files or fact documents embedded in
 * another file (a rule test case's {@code facts:}), then runs the checks that need all of them.
 * Nothing is returned unless every document is clean; every problem is reported at once.
 */
public final class FactAssembly {

  private final LoadedFacts loaded = new LoadedFacts();
  private final SharedValues shared = new SharedValues();
  private final List<Diagnostic> problems = new ArrayList<>();
  private final FileOpener opener;
  private boolean allParsed = true;

  public FactAssembly() {
    this(FileOpener.FILE_SYSTEM);
  }

  FactAssembly(FileOpener opener) {
    this.opener = opener;
  }

  /** Reads a fact file (.json, .yaml or .yml). */
  public FactAssembly addFile(Path file) throws IOException {
    return addFiles(List.of(file));
  }

  /**
   * Reads fact files, several at a time where there are cores to spare; their facts and problems
   * are added in the order the files are given, as if they had been read one by one.
   */
  public FactAssembly addFiles(List<Path> files) throws IOException {
    for (FactFileReader.Read read : ParallelReads.inOrder(files, shared, opener)) {
      allParsed &= read.syntaxOk();
      loaded.add(read.facts());
      problems.addAll(read.problems());
    }
    return this;
  }

  /** Binds a fact document that sits inside another file, reporting problems at their place there. */
  public FactAssembly addEmbedded(Node document, Path file) {
    Problems inFile = new Problems(file);
    DocumentFacts facts = new DocumentFacts(file);
    new DocumentBinder(inFile, facts, shared).document(document);
    loaded.add(facts);
    problems.addAll(inFile.list());
    return this;
  }

  /** Adds problems found by the caller, so that all are reported together. */
  public FactAssembly addProblems(List<Diagnostic> found) {
    problems.addAll(found);
    return this;
  }

  public FactSet finish() throws InvalidInputException {
    FactSet facts = loaded.build();
    List<Diagnostic> all = new ArrayList<>(problems);
    all.addAll(FactValidation.find(facts, loaded, loaded.unreadableIds(), allParsed,
        loaded.unbound()));
    if (!all.isEmpty()) {
      all.sort(Where.DIAGNOSTIC_ORDER);
      throw new InvalidInputException(all);
    }
    return facts;
  }
}
