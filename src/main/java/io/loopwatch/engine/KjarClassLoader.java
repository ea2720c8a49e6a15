package io.loopwatch.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Defines the classes of a kjar held in memory, and names the executable-model classes it holds.
 * Loading those directly spares Drools' way in through a KieContainer, which parses the kjar's pom
 * and kmodule.xml with XStream and an XML schema: about half the time of loading a cached rule set.
 * It is also the one way rule code gets into the JVM: it defines only the class files it is given,
 * which the sandbox has verified and instrumented.
 */
final class KjarClassLoader extends ClassLoader {

  /** Where Drools lists a kjar's model classes, one per line, under META-INF/kie/GROUP/ARTIFACT/. */
  private static final String MODEL_LIST = "/drools-model";

  private final Map<String, byte[]> classFiles;

  /**
   * @param classFiles the class files to define, by internal name: the kjar's own, as the sandbox
   *     passed them
   */
  KjarClassLoader(Map<String, byte[]> classFiles, ClassLoader parent) {
    super(parent);
    this.classFiles = classFiles;
  }

  /**
   * Far more than any rule set expands to (the bundled one is about 1 MB): a cache entry is read
   * before it is trusted, and one that would expand past these is refused, not held in memory.
   */
  static final int MAX_ENTRY_BYTES = 64 << 20;
  static final long MAX_TOTAL_BYTES = 256L << 20;

  /**
   * Every entry of a kjar, by name.
   *
   * @throws IOException also for a kjar that expands past {@link #MAX_ENTRY_BYTES} in one entry or
   *     {@link #MAX_TOTAL_BYTES} in all (a damaged or forged cache entry, then rebuilt)
   */
  static Map<String, byte[]> read(byte[] kjar) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (!entry.isDirectory()) {
          byte[] bytes = zip.readNBytes(MAX_ENTRY_BYTES + 1);
          total += bytes.length;
          if (bytes.length > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
            throw new IOException("the compiled rule set expands past what a rule set holds (entry "
                + entry.getName() + ")");
          }
          entries.put(entry.getName(), bytes);
        }
      }
    }
    return entries;
  }

  /** The class files among a kjar's entries, by internal name ({@code loopwatch/circular/Rules...}). */
  static Map<String, byte[]> classFiles(Map<String, byte[]> entries) {
    Map<String, byte[]> classes = new HashMap<>();
    entries.forEach((name, bytes) -> {
      if (name.endsWith(".class")) {
        classes.put(name.substring(0, name.length() - ".class".length()), bytes);
      }
    });
    return classes;
  }

  /** The model classes' names among a kjar's entries; the list's header line holds a version, not a class name. */
  static List<String> modelClassNames(Map<String, byte[]> entries) throws IOException {
    byte[] list = entries.entrySet().stream()
        .filter(e -> e.getKey().startsWith("META-INF/kie/") && e.getKey().endsWith(MODEL_LIST))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new IOException("not an executable-model kjar: no " + MODEL_LIST + " list"));
    return new String(list, StandardCharsets.UTF_8).lines()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.contains(":"))
        .toList();
  }

  /**
   * The bytes of one of its classes, as defined: Drools reads a lambda's class file to fingerprint
   * it (a query called with an expression, {@code buys($c.id, $deal;)}), and without them cannot
   * build the rule base. Nothing but the verified class files is served.
   */
  @Override
  public InputStream getResourceAsStream(String name) {
    if (name.endsWith(".class")) {
      byte[] bytes = classFiles.get(name.substring(0, name.length() - ".class".length()));
      if (bytes != null) {
        return new ByteArrayInputStream(bytes);
      }
    }
    return super.getResourceAsStream(name);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classFiles.get(name.replace('.', '/'));
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
