package regpy.cache;

import static org.junit.jupiter.api.Assertions.*;
import static regpy.cache.PySnippets.*;

import org.junit.jupiter.api.Test;

import regpy.ir.IrOp;
import regpy.objects.*;
import regpy.runtime.Abstract;
import regpy.runtime.Attr;
import regpy.runtime.Calls;
import regpy.runtime.PyException;

/** LOAD_ATTR and LOAD_METHOD caches: each entry kind, transitions, exact invalidation. */
class AttrCacheTest {
    private static AttrCache attr(String name) { return (AttrCache) InlineCaches.forInstr(IrOp.LOAD_ATTR, name); }
    private static AttrCache method(String name) { return (AttrCache) InlineCaches.forInstr(IrOp.LOAD_METHOD, name); }

    /** Loads through the cache and checks the answer against the uncached lookup. */
    private static PyObject load(AttrCache c, PyObject owner) {
        PyObject v = c.load(owner);
        PyObject expected = Attr.getAttr(owner, c.name);
        assertTrue(Abstract.richEqBool(expected, v), "cached vs uncached " + c.name);
        return v;
    }

    private static String str(PyObject v) { return ((PyStr) v).value; }

    @Test
    void instanceAttributesHitAcrossInstances() {
        PyModule m = run("""
                class P:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                a = P(1, 2)
                b = P(3, 4)
                c = P(5, 6)
                c.__dict__.clear()
                c.z = 0
                c.y = 7
                """);
        AttrCache y = attr("y");
        assertEquals(2, intOf(load(y, get(m, "a"))));
        assertEquals(CacheStats.State.MONOMORPHIC, y.state());
        assertEquals(4, intOf(load(y, get(m, "b"))));
        assertEquals(7, intOf(load(y, get(m, "c"))));   // another layout: same type, entry refreshed
        assertEquals(2, intOf(load(y, get(m, "a"))));
        assertEquals(1, y.entryCount());
        exec(m, "a.y = 20\n");
        assertEquals(20, intOf(load(y, get(m, "a"))));
        exec(m, "del a.y\n");
        assertThrows(PyException.class, () -> y.load(get(m, "a")));
    }

    @Test
    void missingAttributeFallsToGetattr() {
        PyModule m = run("""
                class G:
                    def __getattr__(self, name):
                        return 'dyn:' + name
                g = G()
                """);
        AttrCache q = attr("q");
        assertEquals("dyn:q", str(load(q, get(m, "g"))));
        assertEquals("dyn:q", str(load(q, get(m, "g"))));
        exec(m, "g.q = 'real'\n");
        assertEquals("real", str(load(q, get(m, "g"))));
    }

    @Test
    void overriddenGetattributeIsNeverBypassed() {
        PyModule m = run("""
                class A:
                    def __init__(self): self.x = 1
                a = A()
                """);
        AttrCache x = attr("x");
        assertEquals(1, intOf(load(x, get(m, "a"))));
        assertEquals(1, intOf(load(x, get(m, "a"))));
        exec(m, "A.__getattribute__ = lambda self, name: 'intercepted'\n");
        assertEquals("intercepted", str(load(x, get(m, "a"))));
        exec(m, "del A.__getattribute__\n");
        assertEquals(1, intOf(load(x, get(m, "a"))));
    }

    @Test
    void methodsSkipTheBoundMethod() {
        PyModule m = run("""
                class Base:
                    def f(self): return 'base'
                class D(Base): pass
                d = D()
                """);
        AttrCache f = method("f");
        PyObject[] self = new PyObject[1];
        PyObject d = get(m, "d");
        PyObject fn = f.loadMethod(d, self);
        assertSame(d, self[0]);
        assertEquals("base", str(Calls.call(fn, self[0])));
        fn = f.loadMethod(d, self);
        assertSame(d, self[0]);
        assertInstanceOf(PyFunction.class, fn);
        exec(m, "Base.f = lambda self: 'patched'\n");   // a base class changes: D's version changes
        fn = f.loadMethod(d, self);
        assertEquals("patched", str(Calls.call(fn, self[0])));
        exec(m, "D.f = lambda self: 'own'\n");
        assertEquals("own", str(Calls.call(f.loadMethod(d, self), self[0])));
        exec(m, "d.f = lambda: 'instance'\n");          // the instance dict shadows the method
        fn = f.loadMethod(d, self);
        assertNull(self[0]);
        assertEquals("instance", str(Calls.call0(fn)));
        // as LOAD_ATTR the method is bound
        exec(m, "del d.f\n");
        PyObject bound = attr("f").load(d);
        assertInstanceOf(PyMethod.class, bound);
        assertEquals("own", str(Calls.call0(bound)));
    }

    @Test
    void methodAddedToABaseClassIsSeen() {
        PyModule m = run("""
                class Base: pass
                class D(Base): pass
                d = D()
                def g(self): return 'g'
                """);
        AttrCache g = method("g");
        PyObject[] self = new PyObject[1];
        assertThrows(PyException.class, () -> g.loadMethod(get(m, "d"), self));
        exec(m, "Base.g = g\n");
        assertSame(get(m, "g"), g.loadMethod(get(m, "d"), self));
        assertSame(get(m, "d"), self[0]);
    }

    @Test
    void builtinMethodsAndGetsets() {
        PyModule m = run("l = [3, 1, 2]\nz = 1+2j\n");
        AttrCache append = method("append");
        PyObject[] self = new PyObject[1];
        PyObject l = get(m, "l");
        PyObject a1 = append.loadMethod(l, self);
        assertSame(l, self[0]);
        assertSame(a1, append.loadMethod(l, self));
        assertInstanceOf(PyMethodDescr.class, a1);
        AttrCache imag = attr("imag");
        assertEquals(2.0, ((PyFloat) imag.load(get(m, "z"))).value);
        assertEquals(2.0, ((PyFloat) imag.load(get(m, "z"))).value);
    }

    @Test
    void propertiesAndTheirReplacement() {
        PyModule m = run("""
                class C:
                    def __init__(self): self._v = 5
                    @property
                    def v(self): return self._v
                o = C()
                """);
        AttrCache v = attr("v");
        assertEquals(5, intOf(load(v, get(m, "o"))));
        assertEquals(5, intOf(load(v, get(m, "o"))));
        exec(m, "o.__dict__['v'] = 'shadow'\n");       // a data descriptor wins over the instance dict
        assertEquals(5, intOf(load(v, get(m, "o"))));
        exec(m, "C.v = property(lambda self: self._v * 10)\n");
        assertEquals(50, intOf(load(v, get(m, "o"))));
        exec(m, "C.v = 'plain'\n");                     // no longer a descriptor: the instance dict wins
        assertEquals("shadow", str(load(v, get(m, "o"))));
    }

    @Test
    void slotsAndEmptySlots() {
        PyModule m = run("""
                class S:
                    __slots__ = ('a', 'b')
                    def __init__(self): self.b = 'bee'
                s = S()
                """);
        AttrCache b = attr("b");
        assertEquals("bee", str(load(b, get(m, "s"))));
        assertEquals("bee", str(load(b, get(m, "s"))));
        AttrCache a = attr("a");
        assertThrows(PyException.class, () -> a.load(get(m, "s")));
        exec(m, "s.a = 'eh'\n");
        assertEquals("eh", str(load(a, get(m, "s"))));
    }

    @Test
    void classAttributesAndClassObjects() {
        PyModule m = run("""
                class K:
                    n = 1
                    @classmethod
                    def make(cls): return cls.__name__
                    @staticmethod
                    def st(): return 'static'
                k = K()
                """);
        AttrCache n = attr("n");
        assertEquals(1, intOf(load(n, get(m, "k"))));     // through an instance
        assertEquals(1, intOf(load(n, get(m, "K"))));     // through the class: a second entry
        assertEquals(2, n.entryCount());
        exec(m, "K.n = 2\n");
        assertEquals(2, intOf(load(n, get(m, "k"))));
        assertEquals(2, intOf(load(n, get(m, "K"))));
        exec(m, "k.n = 3\n");
        assertEquals(3, intOf(load(n, get(m, "k"))));
        assertEquals(2, intOf(load(n, get(m, "K"))));
        AttrCache make = attr("make");
        assertEquals("K", str(Calls.call0(make.load(get(m, "K")))));
        assertEquals("K", str(Calls.call0(make.load(get(m, "K")))));
        AttrCache st = method("st");
        PyObject[] self = new PyObject[1];
        assertEquals("static", str(Calls.call0(st.loadMethod(get(m, "k"), self))));
        assertNull(self[0]);
    }

    @Test
    void metaclassAttributesAndMetaclassChange() {
        PyModule m = run("""
                class Meta(type):
                    pass
                class C(metaclass=Meta):
                    x = 'class'
                """);
        AttrCache x = attr("x");
        assertEquals("class", str(load(x, get(m, "C"))));
        assertEquals("class", str(load(x, get(m, "C"))));
        exec(m, "Meta.x = property(lambda cls: 'meta')\n");   // a metatype data descriptor now wins
        assertEquals("meta", str(load(x, get(m, "C"))));
    }

    @Test
    void basesAssignment() {
        PyModule m = run("""
                class A:
                    def who(self): return 'A'
                class B:
                    def who(self): return 'B'
                class C(A): pass
                c = C()
                """);
        AttrCache who = method("who");
        PyObject[] self = new PyObject[1];
        assertEquals("A", str(Calls.call(who.loadMethod(get(m, "c"), self), self[0])));
        exec(m, "C.__bases__ = (B,)\n");
        assertEquals("B", str(Calls.call(who.loadMethod(get(m, "c"), self), self[0])));
    }

    @Test
    void classAssignment() {
        PyModule m = run("""
                class A:
                    def who(self): return 'A'
                class B:
                    def who(self): return 'B'
                o = A()
                """);
        AttrCache who = method("who");
        PyObject[] self = new PyObject[1];
        assertEquals("A", str(Calls.call(who.loadMethod(get(m, "o"), self), self[0])));
        exec(m, "o.__class__ = B\n");
        assertEquals("B", str(Calls.call(who.loadMethod(get(m, "o"), self), self[0])));
    }

    @Test
    void moduleAttributes() {
        PyModule m = run("import sys\n");
        PyModule mod = new PyModule("mod");
        mod.set("f", PyInt.of(1));
        AttrCache f = attr("f");
        assertEquals(1, intOf(load(f, mod)));
        assertEquals(1, intOf(load(f, mod)));
        assertEquals(CacheStats.State.MONOMORPHIC, f.state());
        mod.set("f", PyInt.of(2));
        assertEquals(2, intOf(load(f, mod)));
        mod.set("g", PyInt.of(0));
        assertEquals(2, intOf(load(f, mod)));
        mod.dict.removeStr("f");
        assertThrows(PyException.class, () -> f.load(mod));
        assertNotNull(attr("path").load(get(m, "sys")));
    }

    @Test
    void polymorphicThenMegamorphic() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 6; i++) src.append("class T").append(i).append(":\n    def __init__(self): self.v = ").append(i).append("\n");
        for (int i = 0; i < 6; i++) src.append("o").append(i).append(" = T").append(i).append("()\n");
        PyModule m = run(src.toString());
        AttrCache v = attr("v");
        for (int i = 0; i < 3; i++) assertEquals(i, intOf(load(v, get(m, "o" + i))));
        assertEquals(CacheStats.State.POLYMORPHIC, v.state());
        assertEquals(3, v.entryCount());
        for (int i = 0; i < 3; i++) assertEquals(i, intOf(load(v, get(m, "o" + i))));
        assertEquals(3, v.entryCount());
        for (int i = 3; i < 6; i++) assertEquals(i, intOf(load(v, get(m, "o" + i))));
        assertEquals(CacheStats.State.MEGAMORPHIC, v.state());
        for (int i = 0; i < 6; i++) assertEquals(i, intOf(load(v, get(m, "o" + i))));
    }

    @Test
    void superIsNotCached() {
        PyModule m = run("""
                class A:
                    def f(self): return 'A'
                class B(A):
                    def f(self): return 'B'
                b = B()
                s = super(B, b)
                """);
        AttrCache f = method("f");
        PyObject[] self = new PyObject[1];
        for (int i = 0; i < 2; i++) {
            PyObject fn = f.loadMethod(get(m, "s"), self);
            assertEquals("A", str(self[0] == null ? Calls.call0(fn) : Calls.call(fn, self[0])));
        }
    }
}
