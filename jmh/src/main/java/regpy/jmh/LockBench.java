package regpy.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.*;

import regpy.importer.Importer;
import regpy.modules.SysModule;
import regpy.objects.PyInt;
import regpy.objects.PyModule;
import regpy.objects.PyObject;

/**
 * threading.Lock and RLock from Python code: uncontended acquire/release, the with statement,
 * and two threads contending for one lock. The kernels are the Python functions of
 * stdlib/src/test/python/stress/_bench_kernels.py, which scripts/bench-threads also times on
 * CPython 3.13, so the figures (ns per operation) stand side by side; perf-reports/threads.md.
 *
 * <pre>
 *   mvn -q -pl jmh -am package -DskipTests
 *   java -jar jmh/target/benchmarks.jar 'LockBench|QueueBench' -f 1 -wi 3 -i 5   (from the project root)
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseParallelGC",
        "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"}) // a fixed, pre-touched heap: no first-touch page faults in the figures
public class LockBench {
    /** Operations per invocation: each kernel call performs this many lock operations. */
    static final int OPS = 10_000;
    static final PyObject[] OPS_ARG = {PyInt.of(OPS)};

    @Param({BenchEngines.STACK})
    public String engine;

    private PyObject acquireRelease, withLock, withRLock, contended;

    @Setup
    public void setup() {
        BenchEngines.select(engine);
        PyModule kernels = kernels();
        acquireRelease = kernels.dict.getStr("lock_acquire_release");
        withLock = kernels.dict.getStr("lock_with");
        withRLock = kernels.dict.getStr("rlock_with");
        contended = kernels.dict.getStr("lock_contended");
    }

    /** lock.acquire(); lock.release() with bound methods, one thread. */
    @Benchmark @OperationsPerInvocation(OPS)
    public PyObject acquireRelease() { return acquireRelease.call(OPS_ARG, null); }

    /** with lock: pass */
    @Benchmark @OperationsPerInvocation(OPS)
    public PyObject withLock() { return withLock.call(OPS_ARG, null); }

    /** with rlock: pass */
    @Benchmark @OperationsPerInvocation(OPS)
    public PyObject withRLock() { return withRLock.call(OPS_ARG, null); }

    /** Two Python threads incrementing one counter under one lock (thread start included, amortised). */
    @Benchmark @OperationsPerInvocation(OPS)
    public PyObject contended() { return contended.call(OPS_ARG, null); }

    // ------------------------------------------------------------------ shared with QueueBench

    static final String KERNELS = "stdlib/src/test/python/stress/_bench_kernels.py";

    /** Loads the kernels module from the project tree (found from the working directory up). */
    static PyModule kernels() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(KERNELS);
            if (Files.isRegularFile(file)) {
                // What regpy.cli.Main does: the kernels import threading and queue from the stdlib.
                SysModule.configure(List.of("_bench_kernels"), List.of(file.getParent().toString(), Importer.STDLIB_ENTRY));
                try {
                    return BenchEngines.load(Files.readString(file), "_bench_kernels");
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + file, e);
                }
            }
        }
        throw new IllegalStateException(KERNELS + " not found above " + Path.of("").toAbsolutePath() + ": run from the project tree");
    }
}
