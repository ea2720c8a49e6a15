package io.loopwatch.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Defines the classes of a kjar held in memory, and names the executable-model classes it holds.
 * Loading those directly spares Drools' way in through a KieContainer, which parses the kjar's pom
 * and kmodule.xml with XStream and an XML schema: about half the time of loading a cached rule set.
 * It is also the one way rule code gets into the JVM, so every class it defines is first passed
 * through the sandbox ({@link #classFiles} to verify, {@code instrument} as it is defined).
 */
final class KjarClassLoader extends ClassLoader {

  /** Where Drools lists a kjar's model classes, one per line, under META-INF/kie/GROUP/ARTIFACT/. */
  private static final String MODEL_LIST = "/drools-model";

  private final Map<String, byte[]> entries;
  private final UnaryOperator<byte[]> instrument;

  private KjarClassLoader(Map<String, byte[]> entries, ClassLoader parent, UnaryOperator<byte[]> instrument) {
    super(parent);
    this.entries = entries;
    this.instrument = instrument;
  }

  /** @param instrument applied to each class file before it is defined */
  static KjarClassLoader of(byte[] kjar, ClassLoader parent, UnaryOperator<byte[]> instrument) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return new KjarClassLoader(entries, parent, instrument);
  }

  /** Every class file in the kjar, by internal name ({@code loopwatch/circular/Rules...}). */
  Map<String, byte[]> classFiles() {
    Map<String, byte[]> classes = new HashMap<>();
    entries.forEach((name, bytes) -> {
      if (name.endsWith(".class")) {
        classes.put(name.substring(0, name.length() - ".class".length()), bytes);
      }
    });
    return classes;
  }

  /** The model classes' names; the list's header line holds a version, not a class name. */
  List<String> modelClassNames() throws IOException {
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

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = entries.get(name.replace('.', '/') + ".class");
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    byte[] defined = instrument.apply(bytes);
    return defineClass(name, defined, 0, defined.length);
  }
}
