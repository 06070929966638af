package regpy.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.*;

import regpy.engine.Counters;
import regpy.engine.RegisterEngine;
import regpy.engine.spin.SpinningEngine;
import regpy.interp.Interpreter;
import regpy.objects.PyInt;
import regpy.objects.PyModule;
import regpy.objects.PyObject;
import regpy.runtime.Calls;

/**
 * Dispatch cost: the same Python programs on the reference stack interpreter ({@code _stack}),
 * the register IR run by ENGINE's switch loop ({@code _switch}), the register IR spun into a
 * hidden class per function ({@code _spun}, regpy.engine.spin), and the same work in plain Java on
 * boxed values ({@code _java}, the JVM's own limit). Each method is one call of the program's
 * function; divide by the executed-instruction counts printed by {@link #main} (run it with
 * {@code -Dregpy.count=true}) for the cost per instruction.
 *
 * <p>Programs: {@code loop} (the while kernel {@code while i < n: s = s + i * 3; i = i + 1},
 * n = 10000), {@code loopArith} (../shared/bench/loop_arith.py's while_loop and for_loop,
 * n = 5000), {@code fib} (recursive fib(18): calls and a global load per call).
 *
 * <p>Gate (GATES, {@code -Pbench}): "the MethodHandle engine at least 3x the reference interpreter
 * on loop-heavy code" compares {@code loop_stack} with {@code loop_spun} (and may also compare
 * {@code loopArith_stack} with {@code loopArith_spun}): score(stack) / score(spun) &gt;= 3.
 *
 * <pre>
 *   mvn -q -o -pl jmh -am package -DskipTests
 *   java -jar jmh/target/benchmarks.jar DispatchBench -f 1 -wi 5 -i 5
 *   java -Dregpy.count=true -cp jmh/target/benchmarks.jar regpy.jmh.DispatchBench     # instruction counts
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseParallelGC",
        "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"}) // a fixed, pre-touched heap: see docs/DISPATCH.md, "Heap growth"
public class DispatchBench {

    static final int LOOP_N = 10_000, ARITH_N = 5_000, FIB_N = 18;

    static final String SOURCE = """
            def loop(n):
                i = 0
                s = 0
                while i < n:
                    s = s + i * 3
                    i = i + 1
                return s

            def while_loop(n):
                total = 0
                i = 0
                while i < n:
                    total = (total + i * 7 + (i >> 3)) & 0xFFFFFF
                    i += 1
                return total

            def for_loop(n):
                acc = 1
                for j in range(n):
                    acc = (acc * 31 + j) % 1000003
                    if acc & 1:
                        acc += 3
                    else:
                        acc -= 1
                return acc

            def loop_arith(n):
                return while_loop(n) + for_loop(n)

            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)
            """;

    /** The program's functions loaded on one engine, which becomes {@link Calls#engine} for the run. */
    public abstract static class Programs {
        PyObject loop, loopArith, fib;
        final PyObject[] loopArgs = {PyInt.of(LOOP_N)}, arithArgs = {PyInt.of(ARITH_N)}, fibArgs = {PyInt.of(FIB_N)};

        abstract Calls.Engine engine();

        @Setup(Level.Trial)
        public void setup() {
            Calls.engine = engine();
            PyModule m = BenchEngines.load(SOURCE, "dispatch");
            loop = m.dict.getStr("loop");
            loopArith = m.dict.getStr("loop_arith");
            fib = m.dict.getStr("fib");
            check(loop.call(loopArgs, null), JavaBaseline.loop(LOOP_N));
            check(loopArith.call(arithArgs, null), JavaBaseline.loopArith(ARITH_N));
            check(fib.call(fibArgs, null), JavaBaseline.fib((long) FIB_N));
        }

        private void check(PyObject r, long expected) {
            if (!(r instanceof PyInt i) || i.value != expected)
                throw new IllegalStateException(getClass().getSimpleName() + ": got " + r + ", expected " + expected);
        }
    }

    @State(Scope.Benchmark)
    public static class Stack extends Programs {
        @Override Calls.Engine engine() { return Interpreter.INSTANCE; }
    }

    @State(Scope.Benchmark)
    public static class Switch extends Programs {
        @Override Calls.Engine engine() { return RegisterEngine.INSTANCE; }
    }

    @State(Scope.Benchmark)
    public static class Spun extends Programs {
        @Override Calls.Engine engine() { return SpinningEngine.INSTANCE; }
    }

    // ---- loop: the 5-instruction while kernel -----------------------------------------------------

    @Benchmark public PyObject loop_stack(Stack p) { return p.loop.call(p.loopArgs, null); }
    @Benchmark public PyObject loop_switch(Switch p) { return p.loop.call(p.loopArgs, null); }
    @Benchmark public PyObject loop_spun(Spun p) { return p.loop.call(p.loopArgs, null); }
    @Benchmark public long loop_java() { return JavaBaseline.loop(LOOP_N); }

    // ---- loopArith: ../shared/bench/loop_arith.py -------------------------------------------------

    @Benchmark public PyObject loopArith_stack(Stack p) { return p.loopArith.call(p.arithArgs, null); }
    @Benchmark public PyObject loopArith_switch(Switch p) { return p.loopArith.call(p.arithArgs, null); }
    @Benchmark public PyObject loopArith_spun(Spun p) { return p.loopArith.call(p.arithArgs, null); }
    @Benchmark public long loopArith_java() { return JavaBaseline.loopArith(ARITH_N); }

    // ---- fib: calls ---------------------------------------------------------------------------------

    @Benchmark public PyObject fib_stack(Stack p) { return p.fib.call(p.fibArgs, null); }
    @Benchmark public PyObject fib_switch(Switch p) { return p.fib.call(p.fibArgs, null); }
    @Benchmark public PyObject fib_spun(Spun p) { return p.fib.call(p.fibArgs, null); }
    @Benchmark public Long fib_java() { return JavaBaseline.fib((long) FIB_N); }

    /**
     * The same work in Java on boxed Longs with Python's overflow checks (a long overflow would
     * become a big int): what the engines are compared with.
     */
    static final class JavaBaseline {
        private JavaBaseline() {}

        static long loop(long n) {
            Long i = 0L, s = 0L;
            while (i < n) {
                s = Math.addExact(s, Math.multiplyExact(i, 3L));
                i = Math.addExact(i, 1L);
            }
            return s;
        }

        static long loopArith(long n) {
            Long total = 0L, i = 0L;
            while (i < n) {
                total = Math.addExact(Math.addExact(total, Math.multiplyExact(i, 7L)), i >> 3) & 0xFFFFFF;
                i = Math.addExact(i, 1L);
            }
            Long acc = 1L;
            for (Long j = 0L; j < n; j = j + 1) {
                acc = Math.floorMod(Math.addExact(Math.multiplyExact(acc, 31L), j), 1000003L);
                if ((acc & 1) != 0) acc = Math.addExact(acc, 3L);
                else acc = Math.subtractExact(acc, 1L);
            }
            return total + acc;
        }

        static Long fib(Long n) {
            if (n < 2) return n;
            return Math.addExact(fib(n - 1), fib(n - 2));
        }
    }

    /**
     * Executed-instruction counts of one call of each program, per engine (run with
     * {@code -Dregpy.count=true}): divide a benchmark's time by its count for the cost per
     * executed instruction.
     */
    public static void main(String[] args) {
        if (!Counters.ENABLED) {
            System.err.println("run with -Dregpy.count=true");
            System.exit(2);
        }
        String[] programs = {"loop", "loopArith", "fib"};
        for (Programs p : new Programs[] {new Stack(), new Switch(), new Spun()}) {
            p.setup();
            PyObject[] fns = {p.loop, p.loopArith, p.fib};
            PyObject[][] argv = {p.loopArgs, p.arithArgs, p.fibArgs};
            for (int k = 0; k < fns.length; k++) {
                Counters.reset();
                fns[k].call(argv[k], null);
                long n = p instanceof Stack ? Counters.stack() : Counters.register();
                System.out.printf("%-10s %-7s %,12d instructions per call%n", programs[k], p.getClass().getSimpleName().toLowerCase(), n);
            }
        }
    }
}
