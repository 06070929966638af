package regpy.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.*;

import regpy.code.CodeObject;
import regpy.interp.Interpreter;
import regpy.modules.BuiltinsModule;
import regpy.objects.PyCode;
import regpy.objects.PyInt;
import regpy.objects.PyModule;
import regpy.objects.PyObject;
import regpy.runtime.Calls;
import regpy.runtime.SourceCompiler;

/**
 * The walking skeleton's benchmark: recursive fibonacci(20) through the reference interpreter,
 * beside the same recursion in plain Java on boxed values (the JVM's own limit for this work).
 *
 * <pre>
 *   mvn -q -pl jmh -am package -DskipTests
 *   java -jar jmh/target/benchmarks.jar FibonacciBench -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseParallelGC",
        "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"}) // a fixed, pre-touched heap: see docs/DISPATCH.md, "Heap growth"
public class FibonacciBench {

    static final String SOURCE = """
            def fibonacci(n):
                if n <= 1:
                    return n
                return fibonacci(n - 1) + fibonacci(n - 2)
            """;

    private PyObject fibonacci;
    private PyObject[] args;

    @Setup
    public void setup() {
        if (Calls.engine == null) Calls.engine = Interpreter.INSTANCE;   // what regpy.cli.Main selects
        CodeObject code = SourceCompiler.compile(SOURCE, "<bench>", "exec");
        PyModule module = new PyModule("bench");
        module.set("__builtins__", BuiltinsModule.module());
        Calls.engine.runCode(new PyCode(code), module.dict, module.dict, null);
        fibonacci = module.dict.getStr("fibonacci");
        args = new PyObject[] {PyInt.of(20)};
        PyObject r = fibonacci.call(args, null);
        if (!(r instanceof PyInt i) || i.value != 6765) throw new IllegalStateException("fibonacci(20) = " + r);
    }

    /** fibonacci(20) on regpy's default engine. */
    @Benchmark
    public PyObject regpyFibonacci20() {
        return fibonacci.call(args, null);
    }

    /** The same recursion in Java on boxed Longs: the baseline the engines are compared with. */
    @Benchmark
    public Long javaBoxedFibonacci20() {
        return javaFib(20L);
    }

    private static Long javaFib(Long n) {
        if (n <= 1) return n;
        return javaFib(n - 1) + javaFib(n - 2);
    }
}
