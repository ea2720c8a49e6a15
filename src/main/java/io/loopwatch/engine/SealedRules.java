package io.loopwatch.engine;

import io.loopwatch.sandbox.RulePolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A rule set's code as the sandbox verified and instrumented it, written so that a later run can
 * define it without verifying it again, and sealed so that it can trust what it reads. The seal is
 * an HMAC with the user's {@link SealKey} over the entry's header (which names the rules' {@link
 * CacheKey}), the policy the code was verified under and the code itself: an entry made for other
 * rules, under another policy or by anyone without the key, or changed in a single bit, is not
 * used, and the rules are verified as if there were no entry.
 *
 * <p>Layout: a header line; then, deflated, the model class names, the class files by name and
 * which rules use each class; then the 32-byte MAC. Deflated, the code is a sixth of its size, and
 * the MAC (computed before the JIT has compiled SHA-256) costs in proportion to what it covers.
 */
final class SealedRules {

  private static final String HEADER = "loopwatch-verified-rules-2 ";

  private SealedRules() {}

  static byte[] write(CacheKey key, RulePolicy policy, ExecutableModel.Verified verified, SealKey seal) {
    byte[] header = header(key);
    byte[] body = body(verified);
    byte[] mac = seal.mac(header, policy(policy), body);
    byte[] entry = Arrays.copyOf(header, header.length + body.length + mac.length);
    System.arraycopy(body, 0, entry, header.length, body.length);
    System.arraycopy(mac, 0, entry, header.length + body.length, mac.length);
    return entry;
  }

  /** The verified code in an entry, if the seal vouches for it for these rules under this policy. */
  static Optional<ExecutableModel.Verified> read(byte[] entry, CacheKey key, RulePolicy policy, SealKey seal) {
    byte[] header = header(key);
    int bodyEnd = entry.length - SealKey.MAC_LENGTH;
    if (bodyEnd < header.length || !Arrays.equals(entry, 0, header.length, header, 0, header.length)) {
      return Optional.empty();
    }
    byte[] body = Arrays.copyOfRange(entry, header.length, bodyEnd);
    byte[] expected = seal.mac(header, policy(policy), body);
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(entry, bodyEnd, entry.length))) {
      return Optional.empty();
    }
    try {
      return Optional.of(verified(body));
    } catch (IOException | RuntimeException e) {
      // Sealed with the user's key, yet unreadable: written by another layout of this format.
      return Optional.empty();
    }
  }

  private static byte[] header(CacheKey key) {
    return (HEADER + key.hex() + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] policy(RulePolicy policy) {
    return (policy.fingerprint() + "\0").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] body(ExecutableModel.Verified verified) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
      out.writeInt(verified.modelClassNames().size());
      for (String name : verified.modelClassNames()) {
        out.writeUTF(name);
      }
      Map<String, byte[]> classFiles = new TreeMap<>(verified.classFiles());
      out.writeInt(classFiles.size());
      for (Map.Entry<String, byte[]> file : classFiles.entrySet()) {
        out.writeUTF(file.getKey());
        out.writeInt(file.getValue().length);
        out.write(file.getValue());
      }
      Map<String, Set<String>> byClass = new TreeMap<>(verified.classes().byClass());
      out.writeInt(byClass.size());
      for (Map.Entry<String, Set<String>> used : byClass.entrySet()) {
        out.writeUTF(used.getKey());
        out.writeInt(used.getValue().size());
        for (String rule : used.getValue()) {
          out.writeUTF(rule);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen in memory", e);
    }
    return bytes.toByteArray();
  }

  private static ExecutableModel.Verified verified(byte[] body) throws IOException {
    DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(body)));
    int models = in.readInt();
    List<String> modelClassNames = new ArrayList<>();
    for (int i = 0; i < models; i++) {
      modelClassNames.add(in.readUTF());
    }
    int classes = in.readInt();
    Map<String, byte[]> classFiles = new HashMap<>();
    for (int i = 0; i < classes; i++) {
      String name = in.readUTF();
      byte[] file = new byte[in.readInt()];
      in.readFully(file);
      classFiles.put(name, file);
    }
    int owners = in.readInt();
    Map<String, Set<String>> byClass = new HashMap<>();
    for (int i = 0; i < owners; i++) {
      String owner = in.readUTF();
      int rules = in.readInt();
      Set<String> used = new LinkedHashSet<>();
      for (int r = 0; r < rules; r++) {
        used.add(in.readUTF());
      }
      byClass.put(owner, used);
    }
    if (in.read() != -1) {
      throw new IOException("bytes after the last part");
    }
    return new ExecutableModel.Verified(classFiles, modelClassNames, GeneratedRuleClasses.of(byClass));
  }
}
