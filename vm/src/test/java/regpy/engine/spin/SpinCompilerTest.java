package regpy.engine.spin;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

import org.junit.jupiter.api.Test;

import regpy.code.CodeObject;
import regpy.engine.Body;
import regpy.engine.RegisterCode;
import regpy.modules.BuiltinsModule;
import regpy.objects.*;
import regpy.runtime.Calls;
import regpy.runtime.SourceCompiler;

/** SpinCompiler's contract: lazy, declines what HotSpot would not compile, bodies shared by threads. */
class SpinCompilerTest {

    private static PyModule load(String src) {
        Calls.Engine saved = Calls.engine;
        Calls.engine = SpinningEngine.INSTANCE;
        try {
            CodeObject co = SourceCompiler.compile(src, "<t>", "exec");
            PyModule m = new PyModule("t");
            m.set("__builtins__", BuiltinsModule.module());
            Calls.engine.runCode(new PyCode(co), m.dict, m.dict, null);
            return m;
        } finally {
            Calls.engine = saved;
        }
    }

    @Test void hugeFunctionFallsBack() {
        StringBuilder src = new StringBuilder("def big(a):\n    x = 0\n");
        for (int i = 0; i < 1500; i++) src.append("    x = x + a * ").append(i).append(" - len([a, ").append(i).append("])\n");
        src.append("    return x\n");
        PyModule m = load(src.toString());
        PyFunction big = (PyFunction) m.dict.getStr("big");
        Body b = SpinCompiler.compile(RegisterCode.of(big.code));
        assertNull(b, "a method past HotSpot's huge-method limit must not be spun");
        assertTrue(SpinCompiler.lastFallbackReason.contains("bytes of bytecode"), SpinCompiler.lastFallbackReason);
    }

    @Test void smallFunctionSpinsToAHiddenClass() {
        PyModule m = load("def f(a, b):\n    return a * b + 1\n");
        Body b = SpinCompiler.compile(RegisterCode.of(((PyFunction) m.dict.getStr("f")).code));
        assertNotNull(b);
        assertTrue(b.getClass().isHidden());
        assertInstanceOf(SpunBody.class, b);
    }

    /** One spun body run by several threads at once: all state is in frames and JVM locals. */
    @Test void threadsShareABody() throws Exception {
        PyModule m = load("""
                def work(n):
                    s = 0
                    for i in range(n):
                        s = s + i * i
                    return s
                """);
        PyObject work = m.dict.getStr("work");
        Calls.Engine saved = Calls.engine;
        Calls.engine = SpinningEngine.INSTANCE;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PyObject>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int n = 1000 + t;
                results.add(pool.submit(() -> work.call(new PyObject[] {PyInt.of(n)}, null)));
            }
            for (int t = 0; t < 16; t++) {
                long n = 1000 + t, expected = (n - 1) * n * (2 * n - 1) / 6;
                assertEquals(expected, ((PyInt) results.get(t).get(30, TimeUnit.SECONDS)).value);
            }
            assertTrue(SpinningEngine.isSpun(RegisterCode.of(((PyFunction) work).code)));
        } finally {
            pool.shutdownNow();
            Calls.engine = saved;
        }
    }
}
