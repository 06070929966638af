package regpy.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.*;

import regpy.objects.PyInt;
import regpy.objects.PyObject;

/**
 * Small-int arithmetic in a {@code while} loop, per loop iteration (one add, one xor, one and, one
 * compare, one increment): the allocation gate's benchmark. Every value stays within the cached
 * small ints (-5..1024), so an engine that allocates per operation (a boxed int, an argument
 * array, a frame) shows it in {@code gc.alloc.rate.norm} ({@code -prof gc}); the driver's own frame
 * is amortised over {@link #ITERATIONS} iterations.
 *
 * <pre>
 *   java -jar jmh/target/benchmarks.jar SmallIntBench -prof gc -p engine=register
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m", "--sun-misc-unsafe-memory-access=allow"})
@OperationsPerInvocation(SmallIntBench.ITERATIONS)
public class SmallIntBench {

    static final int ITERATIONS = 500;

    static final String SOURCE = """
            def small_int_loop(n):
                t = 0
                i = 0
                while i < n:
                    t = (t + (i ^ 5)) & 511
                    i += 1
                return t
            """;

    /** The loop compiled and checked on the engine named by {@code engine}. */
    @State(Scope.Benchmark)
    public static class Py {
        @Param({BenchEngines.STACK, BenchEngines.REGISTER, BenchEngines.SPIN})
        public String engine;

        PyObject loop;
        final PyObject[] args = {PyInt.of(ITERATIONS)};

        @Setup
        public void setup() {
            BenchEngines.select(engine);
            loop = BenchEngines.load(SOURCE, "smallint").dict.getStr("small_int_loop");
            long expected = javaLoop(ITERATIONS);
            PyObject r = loop.call(args, null);
            if (!(r instanceof PyInt i) || i.value != expected)
                throw new IllegalStateException("small_int_loop(" + ITERATIONS + ") = " + r + ", expected " + expected);
        }
    }

    /** The loop on the engine under test. */
    @Benchmark
    public PyObject smallIntLoop(Py p) {
        return p.loop.call(p.args, null);
    }

    /** The same loop in Java on primitive longs: the JVM's own limit for this work. */
    @Benchmark
    public long javaSmallIntLoop() {
        return javaLoop(ITERATIONS);
    }

    private static long javaLoop(long n) {
        long t = 0;
        for (long i = 0; i < n; i++) t = (t + (i ^ 5)) & 511;
        return t;
    }
}
