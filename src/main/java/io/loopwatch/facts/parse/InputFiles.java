package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the paths a user names into the fact files to read, in a stable order.
 *
 * <p>Symbolic links are followed, to directories and to files, because fact directories are often
 * assembled from links (a Kubernetes ConfigMap mounts {@code facts.yaml -> ..data/facts.yaml} and
 * {@code ..data -> ..2026_01_01_xxx/}). Each real file is read once, under the name a person would
 * use: the one without hidden ({@code .}-prefixed) parts, else the shortest. A link that points
 * nowhere, or a directory link that leads back to a directory it is in, is an error naming it.
 */
final class InputFiles {

  private InputFiles() {}

  /**
   * Files as named, directories as their fact files in sorted order, each real file once even when
   * reached twice (named twice, a directory and a file in it, or through links), so that it does
   * not collide with itself.
   */
  static List<Path> resolve(List<Path> paths, List<Diagnostic> problems) throws IOException {
    // By real path, in the order first reached; the name shown may be replaced by a better one.
    Map<Path, Path> byRealPath = new LinkedHashMap<>();
    for (Path path : paths) {
      List<Path> found = new ArrayList<>(expand(path, problems));
      found.sort(Comparator.naturalOrder());
      for (Path file : found) {
        Path real = file.toRealPath();
        Path shown = byRealPath.get(real);
        if (shown == null || isBetterName(file, shown)) {
          byRealPath.put(real, file);
        }
      }
    }
    List<Path> files = new ArrayList<>(byRealPath.values());
    // A ConfigMap's visible names sort after its hidden directories; the order is that of the
    // names shown, as for any directory.
    if (paths.size() == 1) {
      files.sort(Comparator.naturalOrder());
    }
    return files;
  }

  private static boolean isBetterName(Path candidate, Path current) {
    boolean candidateHidden = hasHiddenPart(candidate);
    if (candidateHidden != hasHiddenPart(current)) {
      return !candidateHidden;
    }
    return candidate.getNameCount() < current.getNameCount();
  }

  private static boolean hasHiddenPart(Path path) {
    for (Path part : path) {
      String name = part.toString();
      if (name.startsWith(".") && !name.equals(".") && !name.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> expand(Path path, List<Diagnostic> problems) throws IOException {
    if (Files.isDirectory(path)) {
      return walk(path, problems);
    }
    if (!Files.exists(path)) {
      problems.add(new Diagnostic(path, 0, 0, "", Files.isSymbolicLink(path)
          ? danglingLink(path)
          : "no such file or directory"));
      return List.of();
    }
    if (Format.of(path).isEmpty()) {
      problems.add(new Diagnostic(path, 0, 0, "",
          "not a fact file; expected a name ending in " + Format.EXTENSIONS + ", or a directory"));
      return List.of();
    }
    return new ArrayList<>(List.of(path));
  }

  private static List<Path> walk(Path directory, List<Diagnostic> problems) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            // Following links, the walker shows a link as itself only when it leads nowhere.
            if (attributes.isSymbolicLink()) {
              problems.add(new Diagnostic(file, 0, 0, "", danglingLink(file)));
            } else if (attributes.isRegularFile() && Format.of(file).isPresent()) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
              problems.add(new Diagnostic(file, 0, 0, "", "symbolic link loop: " + file
                  + " leads back to " + file.toRealPath() + ", a directory it is in;"
                  + " remove the link or point it elsewhere"));
              return FileVisitResult.CONTINUE;
            }
            problems.add(new Diagnostic(file, 0, 0, "", "cannot read: " + ReadFailure.reason(e)));
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  private static String danglingLink(Path link) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      target = "?";
    }
    return "dangling symbolic link: " + link + " points to " + target
        + ", which does not exist";
  }
}
