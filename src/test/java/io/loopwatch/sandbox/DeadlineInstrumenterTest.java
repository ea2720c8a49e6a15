package io.loopwatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Instrumented code stops at its deadline however it tries not to, and runs as before otherwise. */
class DeadlineInstrumenterTest {

  private static final Duration LIMIT = Duration.ofMillis(200);

  @ParameterizedTest
  @ValueSource(strings = {"loop", "swallowInFinally", "swallowInCatch"})
  void codeThatNeverEndsStopsAtItsDeadline(String method) throws Exception {
    Method spinner = instrumented().getMethod(method);

    assertThatThrownBy(() -> Deadline.within(LIMIT, () -> invoke(spinner)))
        .isInstanceOf(Deadline.DeadlineExceeded.class);
  }

  @Test
  void recursionStopsAtItsDeadlineOrItsStack() throws Exception {
    Method recurse = instrumented().getMethod("recurse", int.class);

    assertThatThrownBy(() -> Deadline.within(LIMIT, () -> invoke(recurse, 0)))
        .isInstanceOfAny(Deadline.DeadlineExceeded.class, StackOverflowError.class);
  }

  @Test
  void codeThatEndsGivesTheSameResultInstrumented() throws Exception {
    Method finishes = instrumented().getMethod("finishes");

    assertThat(Deadline.within(LIMIT, () -> invoke(finishes))).isEqualTo(Spinners.finishes());
    assertThat(invoke(finishes)).isEqualTo(499_500);
  }

  private static Object invoke(Method method, Object... arguments) {
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw (Error) e.getCause();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Spinners as the sandbox would define it: its own class, instrumented, in a loader of its own. */
  private static Class<?> instrumented() throws IOException, ClassNotFoundException {
    String name = Spinners.class.getName();
    byte[] original;
    try (InputStream in = Spinners.class.getResourceAsStream("Spinners.class")) {
      original = in.readAllBytes();
    }
    byte[] bytes = DeadlineInstrumenter.instrument(original);
    ClassLoader loader = new ClassLoader(DeadlineInstrumenterTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
        if (className.equals(name)) {
          synchronized (getClassLoadingLock(className)) {
            Class<?> loaded = findLoadedClass(className);
            return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
          }
        }
        return super.loadClass(className, resolve);
      }
    };
    return loader.loadClass(name);
  }
}
