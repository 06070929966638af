package regpy.cache;

import static org.junit.jupiter.api.Assertions.*;
import static regpy.cache.PySnippets.*;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import regpy.ir.IrOp;
import regpy.modules.BuiltinsModule;
import regpy.objects.*;

/**
 * That warmed sites really hit (the other tests check answers, which the slow path also gets
 * right). Hit counts need {@link CacheStats#ENABLED}, a static final fixed at class init, so the
 * scenarios run in a child JVM started with -Dregpy.cachestats=true.
 */
class CacheHitsTest {
    @Test
    void warmedSitesHit() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(List.of(java, "-Xss64m", "-Dregpy.cachestats=true", "-cp",
                System.getProperty("java.class.path"), Child.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("all hit"), out);
        assertTrue(out.contains("LOAD_METHOD"), out);   // the report
    }

    /** The scenarios: each site warms up with one load, then 10 loads must be 10 hits. */
    public static final class Child {
        public static void main(String[] args) {
            if (!CacheStats.ENABLED) throw new AssertionError("stats off");
            PyModule m = run("""
                    import sys
                    g = 1
                    class Base:
                        k = 7
                        def meth(self): return 1
                        @property
                        def prop(self): return 2
                        @classmethod
                        def cm(cls): return 3
                    class P(Base):
                        def __init__(self): self.x = 1
                    class S:
                        __slots__ = ('s',)
                        def __init__(self): self.s = 4
                    class Q(Base):
                        def __init__(self): self.x = 2
                    p = P(); p2 = P(); q = Q(); s = S()
                    l = []
                    """);
            PyDict b = BuiltinsModule.dict();
            expectHits(CacheStats.Kind.GLOBAL, "global", site -> ((GlobalCache) site).load(m.dict, b), IrOp.LOAD_GLOBAL, "g");
            expectHits(CacheStats.Kind.GLOBAL, "builtin", site -> ((GlobalCache) site).load(m.dict, b), IrOp.LOAD_GLOBAL, "len");
            PyObject p = get(m, "p"), p2 = get(m, "p2"), q = get(m, "q");
            PyObject[] self = new PyObject[1];
            expectHits(CacheStats.Kind.ATTR, "instance attr", c -> ((AttrCache) c).load(p), IrOp.LOAD_ATTR, "x");
            expectHits(CacheStats.Kind.ATTR, "class attr", c -> ((AttrCache) c).load(p), IrOp.LOAD_ATTR, "k");
            expectHits(CacheStats.Kind.ATTR, "bound method", c -> ((AttrCache) c).load(p), IrOp.LOAD_ATTR, "meth");
            expectHits(CacheStats.Kind.ATTR, "property", c -> ((AttrCache) c).load(p), IrOp.LOAD_ATTR, "prop");
            expectHits(CacheStats.Kind.ATTR, "slot", c -> ((AttrCache) c).load(get(m, "s")), IrOp.LOAD_ATTR, "s");
            expectHits(CacheStats.Kind.ATTR, "class object attr", c -> ((AttrCache) c).load(get(m, "P")), IrOp.LOAD_ATTR, "k");
            expectHits(CacheStats.Kind.ATTR, "classmethod via class", c -> ((AttrCache) c).load(get(m, "P")), IrOp.LOAD_ATTR, "cm");
            expectHits(CacheStats.Kind.ATTR, "module attr", c -> ((AttrCache) c).load(get(m, "sys")), IrOp.LOAD_ATTR, "maxsize");
            expectHits(CacheStats.Kind.METHOD, "method", c -> ((AttrCache) c).loadMethod(p, self), IrOp.LOAD_METHOD, "meth");
            expectHits(CacheStats.Kind.METHOD, "builtin method", c -> ((AttrCache) c).loadMethod(get(m, "l"), self), IrOp.LOAD_METHOD, "append");
            AttrCache poly = (AttrCache) InlineCaches.forInstr(IrOp.LOAD_ATTR, "x");
            poly.load(p);
            poly.load(q);
            long h = CacheStats.hits(CacheStats.Kind.ATTR);
            for (int i = 0; i < 5; i++) { poly.load(p); poly.load(p2); poly.load(q); }
            check(CacheStats.hits(CacheStats.Kind.ATTR) - h == 15, "polymorphic hits");
            System.out.print(CacheStats.report());
            System.out.println("all hit");
        }

        private static void expectHits(CacheStats.Kind kind, String what, java.util.function.Consumer<Object> load, IrOp op, String name) {
            Object site = InlineCaches.forInstr(op, name);
            long m0 = CacheStats.misses(kind);
            load.accept(site);
            check(CacheStats.misses(kind) - m0 == 1, what + ": the first load misses");
            long h0 = CacheStats.hits(kind), m1 = CacheStats.misses(kind);
            for (int i = 0; i < 10; i++) load.accept(site);
            check(CacheStats.hits(kind) - h0 == 10 && CacheStats.misses(kind) == m1, what + ": " + (CacheStats.hits(kind) - h0) + " hits of 10");
        }

        private static void check(boolean ok, String what) {
            if (!ok) throw new AssertionError(what);
        }
    }
}
