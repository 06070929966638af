package regpy.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.*;

import regpy.objects.PyModule;
import regpy.objects.PyObject;

/**
 * queue.Queue and queue.SimpleQueue from Python code: put/get on one thread, and items handed
 * from a producer thread to a consumer (throughput, ns per item). Kernels and CPython
 * counterpart as in {@link LockBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseParallelGC",
        "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"}) // a fixed, pre-touched heap: no first-touch page faults in the figures
public class QueueBench {
    @Param({BenchEngines.STACK})
    public String engine;

    private PyObject putGet, handoff, simpleHandoff;

    @Setup
    public void setup() {
        BenchEngines.select(engine);
        PyModule kernels = LockBench.kernels();
        putGet = kernels.dict.getStr("queue_put_get");
        handoff = kernels.dict.getStr("queue_handoff");
        simpleHandoff = kernels.dict.getStr("simplequeue_handoff");
    }

    /** q.put(i); q.get() on one thread (queue.Queue: a lock and conditions in Python). */
    @Benchmark @OperationsPerInvocation(LockBench.OPS)
    public PyObject putGet() { return putGet.call(LockBench.OPS_ARG, null); }

    /** A producer thread puts, the benchmark thread gets: queue.Queue(maxsize=1000). */
    @Benchmark @OperationsPerInvocation(LockBench.OPS)
    public PyObject handoff() { return handoff.call(LockBench.OPS_ARG, null); }

    /** The same through queue.SimpleQueue. */
    @Benchmark @OperationsPerInvocation(LockBench.OPS)
    public PyObject simpleQueueHandoff() { return simpleHandoff.call(LockBench.OPS_ARG, null); }
}
