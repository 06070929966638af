package regpy.jmh;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

import regpy.cache.AttrCache;
import regpy.cache.GlobalCache;
import regpy.cache.InlineCaches;
import regpy.code.CodeObject;
import regpy.interp.Interpreter;
import regpy.ir.IrOp;
import regpy.modules.BuiltinsModule;
import regpy.objects.*;
import regpy.runtime.Calls;
import regpy.runtime.SourceCompiler;

/**
 * The inline caches of LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD (regpy.cache) measured on their own,
 * cache hit against the uncached lookup, beside plain Java doing the same work.
 *
 * <p>Every benchmark performs {@value #LOADS} loads per invocation (JMH divides by it:
 * {@code @OperationsPerInvocation}), so scores are <b>nanoseconds per load</b>. Each load goes
 * through the same cache-site object the register engine calls; the {@code Cached} and
 * {@code Uncached} variants differ only in {@link InlineCaches#enabled} (on: a warmed,
 * monomorphic/polymorphic site hits; off: every load takes the generic runtime path, exactly
 * what the reference interpreter does). Pairs, for the gate "a cache hit at least 2x faster than
 * the uncached load" (ratio = Uncached score / Cached score):
 *
 * <pre>
 *   globalCached / globalUncached            LOAD_GLOBAL of a module global
 *   builtinCached / builtinUncached          LOAD_GLOBAL of a builtin (globals miss, builtins hit)
 *   attrCached / attrUncached                LOAD_ATTR self.x of an instance-dict attribute, 16 instances, one class (monomorphic)
 *   methodCached / methodUncached            LOAD_METHOD o.m of a Python method (no bound method created), monomorphic
 *   moduleAttrCached / moduleAttrUncached    LOAD_ATTR mod.name of a module attribute
 *   attrPolyCached / attrPolyUncached        LOAD_ATTR over 4 classes in turn (polymorphic site, 4 entries)
 *   attrMegaCached / attrMegaUncached        LOAD_ATTR over 8 classes in turn (megamorphic site: plain lookup both ways)
 *   javaHashMapGet                           baseline: HashMap&lt;String,Object&gt;.get, what an uncached lookup at least costs
 *   javaFieldRead                            baseline: a field read of 16 objects, the JVM's limit for a cached attribute
 * </pre>
 *
 * <pre>
 *   mvn -q -o -pl jmh -am package -DskipTests
 *   java -jar jmh/target/benchmarks.jar InlineCacheBench -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m", "--sun-misc-unsafe-memory-access=allow"})
@OperationsPerInvocation(InlineCacheBench.LOADS)
public class InlineCacheBench {
    static final int LOADS = 16;

    static final String SOURCE = """
            import sys
            counter = 0
            class P:
                def __init__(self, i):
                    self.x = i
                    self.y = -i
                def m(self):
                    return self.x
            class A0(P): pass
            class A1(P): pass
            class A2(P): pass
            class A3(P): pass
            class A4(P): pass
            class A5(P): pass
            class A6(P): pass
            class A7(P): pass
            mono = [P(i) for i in range(16)]
            poly = [(A0, A1, A2, A3)[i % 4](i) for i in range(16)]
            mega = [(A0, A1, A2, A3, A4, A5, A6, A7)[i % 8](i) for i in range(16)]
            """;

    /** The Python objects and one cache site per benchmarked instruction; caches on or off. */
    public abstract static class Sites {
        PyDict globals, builtins;
        PyObject[] mono, poly, mega;
        PyObject module;
        GlobalCache global, builtin;
        AttrCache attr, method, moduleAttr, attrPoly, attrMega;

        void setup(boolean cachesOn) {
            InlineCaches.enabled = cachesOn;
            if (Calls.engine == null) Calls.engine = Interpreter.INSTANCE;
            CodeObject code = SourceCompiler.compile(SOURCE, "<bench>", "exec");
            PyModule m = new PyModule("bench");
            m.set("__builtins__", BuiltinsModule.module());
            Calls.engine.runCode(new PyCode(code), m.dict, m.dict, null);
            globals = m.dict;
            builtins = BuiltinsModule.dict();
            mono = ((PyList) m.dict.getStr("mono")).toArray();
            poly = ((PyList) m.dict.getStr("poly")).toArray();
            mega = ((PyList) m.dict.getStr("mega")).toArray();
            module = m.dict.getStr("sys");
            global = (GlobalCache) InlineCaches.forInstr(IrOp.LOAD_GLOBAL, "counter");
            builtin = (GlobalCache) InlineCaches.forInstr(IrOp.LOAD_GLOBAL, "len");
            attr = (AttrCache) InlineCaches.forInstr(IrOp.LOAD_ATTR, "x");
            method = (AttrCache) InlineCaches.forInstr(IrOp.LOAD_METHOD, "m");
            moduleAttr = (AttrCache) InlineCaches.forInstr(IrOp.LOAD_ATTR, "maxsize");
            attrPoly = (AttrCache) InlineCaches.forInstr(IrOp.LOAD_ATTR, "x");
            attrMega = (AttrCache) InlineCaches.forInstr(IrOp.LOAD_ATTR, "x");
        }

        @TearDown(Level.Trial)
        public void restore() { InlineCaches.enabled = true; }
    }

    @State(Scope.Benchmark)
    public static class CachesOn extends Sites {
        @Setup(Level.Trial) public void setup() { setup(true); }
    }

    @State(Scope.Benchmark)
    public static class CachesOff extends Sites {
        @Setup(Level.Trial) public void setup() { setup(false); }
    }

    // ---- the loads, one body per kind, run with caches on and off ------------------------------

    private static void globals(Sites s, GlobalCache site, Blackhole bh) {
        for (int i = 0; i < LOADS; i++) bh.consume(site.load(s.globals, s.builtins));
    }

    private static void attrs(AttrCache site, PyObject[] owners, Blackhole bh) {
        for (PyObject o : owners) bh.consume(site.load(o));
    }

    private static void methods(AttrCache site, PyObject[] owners, Blackhole bh) {
        PyObject[] self = new PyObject[1];
        for (PyObject o : owners) {
            bh.consume(site.loadMethod(o, self));
            bh.consume(self[0]);
        }
    }

    private static void moduleAttrs(Sites s, Blackhole bh) {
        for (int i = 0; i < LOADS; i++) bh.consume(s.moduleAttr.load(s.module));
    }

    @Benchmark public void globalCached(CachesOn s, Blackhole bh) { globals(s, s.global, bh); }
    @Benchmark public void globalUncached(CachesOff s, Blackhole bh) { globals(s, s.global, bh); }
    @Benchmark public void builtinCached(CachesOn s, Blackhole bh) { globals(s, s.builtin, bh); }
    @Benchmark public void builtinUncached(CachesOff s, Blackhole bh) { globals(s, s.builtin, bh); }
    @Benchmark public void attrCached(CachesOn s, Blackhole bh) { attrs(s.attr, s.mono, bh); }
    @Benchmark public void attrUncached(CachesOff s, Blackhole bh) { attrs(s.attr, s.mono, bh); }
    @Benchmark public void methodCached(CachesOn s, Blackhole bh) { methods(s.method, s.mono, bh); }
    @Benchmark public void methodUncached(CachesOff s, Blackhole bh) { methods(s.method, s.mono, bh); }
    @Benchmark public void moduleAttrCached(CachesOn s, Blackhole bh) { moduleAttrs(s, bh); }
    @Benchmark public void moduleAttrUncached(CachesOff s, Blackhole bh) { moduleAttrs(s, bh); }
    @Benchmark public void attrPolyCached(CachesOn s, Blackhole bh) { attrs(s.attrPoly, s.poly, bh); }
    @Benchmark public void attrPolyUncached(CachesOff s, Blackhole bh) { attrs(s.attrPoly, s.poly, bh); }
    @Benchmark public void attrMegaCached(CachesOn s, Blackhole bh) { attrs(s.attrMega, s.mega, bh); }
    @Benchmark public void attrMegaUncached(CachesOff s, Blackhole bh) { attrs(s.attrMega, s.mega, bh); }

    // ---- plain Java doing the same work ----------------------------------------------------------

    /** What the JVM does for the same lookups: a hash map keyed by name, and a field. */
    @State(Scope.Benchmark)
    public static class Java {
        final HashMap<String, Object> map = new HashMap<>();
        String key = "counter";
        Holder[] holders = new Holder[LOADS];

        @Setup(Level.Trial)
        public void setup() {
            for (int i = 0; i < 64; i++) map.put("name" + i, i);
            map.put(key, 0);
            for (int i = 0; i < LOADS; i++) holders[i] = new Holder(i);
        }
    }

    static final class Holder {
        Object x;
        Holder(int i) { x = i; }
    }

    @Benchmark
    public void javaHashMapGet(Java j, Blackhole bh) {
        for (int i = 0; i < LOADS; i++) bh.consume(j.map.get(j.key));
    }

    @Benchmark
    public void javaFieldRead(Java j, Blackhole bh) {
        for (Holder h : j.holders) bh.consume(h.x);
    }
}
