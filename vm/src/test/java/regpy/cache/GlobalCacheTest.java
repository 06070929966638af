package regpy.cache;

import static org.junit.jupiter.api.Assertions.*;
import static regpy.cache.PySnippets.*;

import org.junit.jupiter.api.Test;

import regpy.ir.IrOp;
import regpy.modules.BuiltinsModule;
import regpy.objects.*;
import regpy.runtime.PyException;

/** LOAD_GLOBAL caches: hits, and exact invalidation when globals or builtins change. */
class GlobalCacheTest {
    private static GlobalCache site(String name) { return (GlobalCache) InlineCaches.forInstr(IrOp.LOAD_GLOBAL, name); }

    private static PyDict builtins() { return BuiltinsModule.dict(); }

    @Test
    void globalHitSeesRebinding() {
        PyModule m = run("x = 1\n");
        GlobalCache c = site("x");
        assertEquals(CacheStats.State.UNINITIALIZED, c.state());
        assertEquals(1, intOf(c.load(m.dict, builtins())));
        assertEquals(CacheStats.State.MONOMORPHIC, c.state());
        assertEquals(1, intOf(c.load(m.dict, builtins())));
        exec(m, "x = 2\n");                       // value replaced in place: keys version unchanged
        assertEquals(2, intOf(c.load(m.dict, builtins())));
        exec(m, "y = 0\nx = 3\n");                // a key added: the entry is refreshed
        assertEquals(3, intOf(c.load(m.dict, builtins())));
        assertEquals(CacheStats.State.MONOMORPHIC, c.state());
    }

    @Test
    void deletedGlobalRaisesNameError() {
        PyModule m = run("x = 1\n");
        GlobalCache c = site("x");
        c.load(m.dict, builtins());
        exec(m, "del x\n");
        PyException e = assertThrows(PyException.class, () -> c.load(m.dict, builtins()));
        assertTrue(e.exc.type().getName().equals("NameError"), e.exc.type().getName());
    }

    @Test
    void deletedGlobalUncoversBuiltin() {
        PyModule m = run("len = 5\n");
        GlobalCache c = site("len");
        assertEquals(5, intOf(c.load(m.dict, builtins())));
        exec(m, "del len\n");
        assertSame(builtins().getStr("len"), c.load(m.dict, builtins()));
    }

    @Test
    void shadowingABuiltinIsSeen() {
        PyModule m = run("pass\n");
        GlobalCache c = site("len");
        PyObject builtinLen = builtins().getStr("len");
        assertSame(builtinLen, c.load(m.dict, builtins()));
        assertSame(builtinLen, c.load(m.dict, builtins()));
        exec(m, "len = 'mine'\n");
        assertEquals("mine", ((PyStr) c.load(m.dict, builtins())).value);
    }

    @Test
    void builtinsChangeIsSeen() {
        PyModule m = run("pass\n");
        PyDict b = new PyDict();
        b.putStr("thing", PyInt.of(1));
        GlobalCache c = site("thing");
        assertEquals(1, intOf(c.load(m.dict, b)));
        b.putStr("thing", PyInt.of(2));
        assertEquals(2, intOf(c.load(m.dict, b)));
        b.putStr("other", PyInt.of(0));
        b.removeStr("thing");
        assertThrows(PyException.class, () -> c.load(m.dict, b));
    }

    @Test
    void polymorphicAcrossGlobalsDictsThenMegamorphic() {
        GlobalCache c = site("v");
        PyModule[] ms = new PyModule[6];
        for (int i = 0; i < ms.length; i++) ms[i] = run("v = " + i + "\n");
        for (int i = 0; i < 4; i++) assertEquals(i, intOf(c.load(ms[i].dict, builtins())));
        assertEquals(CacheStats.State.POLYMORPHIC, c.state());
        assertEquals(4, c.entryCount());
        for (int i = 0; i < 4; i++) assertEquals(i, intOf(c.load(ms[i].dict, builtins())));
        assertEquals(4, intOf(c.load(ms[4].dict, builtins())));
        assertEquals(CacheStats.State.MEGAMORPHIC, c.state());
        for (int i = 0; i < ms.length; i++) assertEquals(i, intOf(c.load(ms[i].dict, builtins())));
    }

    @Test
    void churningKeysEndsMegamorphic() {
        PyModule m = run("x = 1\n");
        GlobalCache c = site("x");
        for (int i = 0; i < CacheSite.MAX_RESPECIALIZATIONS + 2; i++) {
            m.dict.putStr("k" + i, PyInt.ZERO);
            assertEquals(1, intOf(c.load(m.dict, builtins())));
        }
        assertEquals(CacheStats.State.MEGAMORPHIC, c.state());
    }

    @Test
    void disabledCachesLeaveTheStateAlone() {
        PyModule m = run("x = 1\n");
        GlobalCache c = site("x");
        InlineCaches.enabled = false;
        try {
            assertEquals(1, intOf(c.load(m.dict, builtins())));
            assertEquals(CacheStats.State.UNINITIALIZED, c.state());
        } finally {
            InlineCaches.enabled = true;
        }
    }

    @Test
    void countsHitsAndMisses() {
        org.junit.jupiter.api.Assumptions.assumeTrue(CacheStats.ENABLED, "run with -Dregpy.cachestats=true");
        PyModule m = run("x = 1\n");
        GlobalCache c = site("x");
        long h = CacheStats.hits(CacheStats.Kind.GLOBAL), mi = CacheStats.misses(CacheStats.Kind.GLOBAL);
        for (int i = 0; i < 10; i++) c.load(m.dict, builtins());
        assertEquals(mi + 1, CacheStats.misses(CacheStats.Kind.GLOBAL));
        assertEquals(h + 9, CacheStats.hits(CacheStats.Kind.GLOBAL));
        assertTrue(CacheStats.report().contains("LOAD_GLOBAL"));
    }
}
