package regpy.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.*;

import regpy.objects.PyInt;
import regpy.objects.PyModule;
import regpy.objects.PyObject;

/**
 * The cost of a call, per call: Python→Python with positional, keyword and default arguments,
 * Python→builtin ({@code len}, {@code abs}, {@code list.index}), a method call ({@code o.m(x)}, the
 * LOAD_ATTR method form) and a call of a bound-method object, on each engine ({@code engine} param),
 * each beside a plain-Java baseline of the same work.
 *
 * <p>Every Python benchmark runs one driver function whose {@code for} loop makes {@link #CALLS}
 * calls, so the score (ns per operation) is the cost of one call plus one loop iteration;
 * {@link #loopOnly} is the same loop with the callee's work written inline, so a call costs the
 * difference. All values stay within the small-int cache, so no int is allocated.
 *
 * <pre>
 *   mvn -q -o -pl jmh -am package -DskipTests
 *   java -jar jmh/target/benchmarks.jar CallBench -f 1 -wi 3 -i 5
 *   java -jar jmh/target/benchmarks.jar CallBench -p engine=register
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseParallelGC",
        "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"}) // a fixed, pre-touched heap: see docs/DISPATCH.md, "Heap growth"
@OperationsPerInvocation(CallBench.CALLS)
public class CallBench {

    static final int CALLS = 1000;

    static final String SOURCE = """
            def add(a, b):
                return a + b

            def add3(a, b=1, c=2):
                return a + b + c

            class Box:
                def __init__(self, v):
                    self.v = v
                def plus(self, x):
                    return x + 1

            def loop_only(n):
                x = 0
                for i in range(n):
                    x = i + 1
                return x

            def positional(n):
                x = 0
                for i in range(n):
                    x = add(i, 1)
                return x

            def keyword(n):
                x = 0
                for i in range(n):
                    x = add(a=i, b=1)
                return x

            def defaults(n):
                x = 0
                for i in range(n):
                    x = add3(i)
                return x

            def builtin_len(n):
                s = [1, 2, 3]
                x = 0
                for i in range(n):
                    x = len(s)
                return x

            def builtin_abs(n):
                x = 0
                for i in range(n):
                    x = abs(i)
                return x

            def list_method(n):
                s = [5, 6, 7]
                x = 0
                for i in range(n):
                    x = s.index(5)
                return x

            def method_call(n):
                b = Box(0)
                x = 0
                for i in range(n):
                    x = b.plus(i)
                return x

            def bound_method(n):
                m = Box(0).plus
                x = 0
                for i in range(n):
                    x = m(i)
                return x
            """;

    /** The Python side: the drivers compiled and checked on the engine named by {@code engine}. */
    @State(Scope.Benchmark)
    public static class Py {
        @Param({BenchEngines.STACK, BenchEngines.REGISTER, BenchEngines.SPIN})
        public String engine;

        PyObject loopOnly, positional, keyword, defaults, builtinLen, builtinAbs, listMethod, methodCall, boundMethod;
        final PyObject[] args = {PyInt.of(CALLS)};

        @Setup
        public void setup() {
            BenchEngines.select(engine);
            PyModule m = BenchEngines.load(SOURCE, "callbench");
            loopOnly = checked(m, "loop_only", CALLS);
            positional = checked(m, "positional", CALLS);
            keyword = checked(m, "keyword", CALLS);
            defaults = checked(m, "defaults", CALLS + 2);
            builtinLen = checked(m, "builtin_len", 3);
            builtinAbs = checked(m, "builtin_abs", CALLS - 1);
            listMethod = checked(m, "list_method", 0);
            methodCall = checked(m, "method_call", CALLS);
            boundMethod = checked(m, "bound_method", CALLS);
        }

        /** The driver named {@code name}, after checking that it computes {@code expected}. */
        private PyObject checked(PyModule m, String name, long expected) {
            PyObject f = m.dict.getStr(name);
            PyObject r = f.call(args, null);
            if (!(r instanceof PyInt i) || i.value != expected)
                throw new IllegalStateException(name + "(" + CALLS + ") = " + r + ", expected " + expected);
            return f;
        }
    }

    @Benchmark public PyObject loopOnly(Py p) { return p.loopOnly.call(p.args, null); }
    @Benchmark public PyObject positional(Py p) { return p.positional.call(p.args, null); }
    @Benchmark public PyObject keyword(Py p) { return p.keyword.call(p.args, null); }
    @Benchmark public PyObject defaults(Py p) { return p.defaults.call(p.args, null); }
    @Benchmark public PyObject builtinLen(Py p) { return p.builtinLen.call(p.args, null); }
    @Benchmark public PyObject builtinAbs(Py p) { return p.builtinAbs.call(p.args, null); }
    @Benchmark public PyObject listMethod(Py p) { return p.listMethod.call(p.args, null); }
    @Benchmark public PyObject methodCall(Py p) { return p.methodCall.call(p.args, null); }
    @Benchmark public PyObject boundMethod(Py p) { return p.boundMethod.call(p.args, null); }

    /** The Java side's data, a state of its own so the baselines are not repeated per engine. */
    @State(Scope.Benchmark)
    public static class Java {
        final List<Long> list = new ArrayList<>(List.of(5L, 6L, 7L));
        final JavaBox box = new JavaBox(0L);
    }

    // ---- plain-Java baselines: the same loops on boxed Longs, calls HotSpot may inline ----

    @Benchmark
    public Long javaPositional(Java j) {
        Long x = 0L;
        for (long i = 0; i < CALLS; i++) x = add(i, 1L);
        return x;
    }

    @Benchmark
    public Long javaDefaults(Java j) {
        Long x = 0L;
        for (long i = 0; i < CALLS; i++) x = add3(i);
        return x;
    }

    @Benchmark
    public Long javaBuiltinLen(Java j) {
        Long x = 0L;
        for (long i = 0; i < CALLS; i++) x = (long) j.list.size();
        return x;
    }

    @Benchmark
    public Long javaBuiltinAbs(Java j) {
        Long x = 0L;
        for (long i = 0; i < CALLS; i++) x = Math.abs((Long) i);
        return x;
    }

    @Benchmark
    public Long javaListMethod(Java j) {
        Long x = 0L;
        for (long i = 0; i < CALLS; i++) x = (long) j.list.indexOf(5L);
        return x;
    }

    @Benchmark
    public Long javaMethodCall(Java j) {
        Long x = 0L;
        for (long i = 0; i < CALLS; i++) x = j.box.plus(i);
        return x;
    }

    private static Long add(Long a, Long b) { return a + b; }

    private static Long add3(Long a) { return add3(a, 1L, 2L); }

    private static Long add3(Long a, Long b, Long c) { return a + b + c; }

    static final class JavaBox {
        final Long v;
        JavaBox(Long v) { this.v = v; }
        Long plus(Long x) { return x + 1; }
    }
}
