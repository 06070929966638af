package regpy.engine.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Snippets give the same result, or the same traceback, spun as on the reference interpreter. */
class SpinEngineTest {

    private static void same(String src) {
        String expected = SpinHarness.reference(src);
        String actual = SpinHarness.spun(src);
        assertTrue(SpinHarness.FALLBACKS.isEmpty(), "not spun: " + SpinHarness.FALLBACKS);
        assertEquals(expected, actual);
    }

    @Test void loopKernel() {
        same("""
                def f(n):
                    i = 0
                    s = 0
                    while i < n:
                        s = s + i * 3
                        i = i + 1
                    return s
                result = f(1000)
                """);
    }

    @Test void fib() {
        same("""
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                result = fib(15)
                """);
    }
}
