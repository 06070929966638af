package regpy.engine.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Snippets give the same result, or the same traceback, spun as on the reference interpreter. */
class SpinEngineTest {

    private static void same(String src) {
        String expected = SpinHarness.reference(src);
        String actual = SpinHarness.spun(src);
        assertTrue(SpinHarness.FALLBACKS.isEmpty(), "not spun: " + SpinHarness.FALLBACKS);
        if (Boolean.getBoolean("spin.show")) System.out.println(actual);
        assertEquals(expected, actual);
    }

    @Test void loopKernel() {
        same("""
                def f(n):
                    i = 0
                    s = 0
                    while i < n:
                        s = s + i * 3
                        i = i + 1
                    return s
                result = f(1000)
                """);
    }

    @Test void exceptionsAndTracebacks() {
        same("""
                def g(x):
                    return 10 // x
                def f():
                    out = []
                    for i in range(3):
                        try:
                            out.append(g(i))
                        except ZeroDivisionError as e:
                            out.append(str(e))
                        finally:
                            out.append('f')
                    return out
                result = f()
                """);
        same("""
                def g(x):
                    return x.missing
                def f():
                    return g(1) + 2
                f()
                """);
        same("""
                def f():
                    try:
                        raise ValueError('a')
                    except ValueError:
                        raise KeyError('b')
                f()
                """);
        same("""
                def f(a):
                    try:
                        return a[3]
                    except IndexError:
                        raise
                f([1])
                """);
        same("""
                def f():
                    try:
                        1 / 0
                    finally:
                        x = 2
                f()
                """);
        same("""
                def f():
                    print(y)
                    y = 1
                f()
                """);
    }

    @Test void withAndCleanup() {
        same("""
                class CM:
                    def __init__(self, log): self.log = log
                    def __enter__(self): self.log.append('in'); return self
                    def __exit__(self, t, v, tb): self.log.append(t.__name__ if t else None); return True
                def f():
                    log = []
                    with CM(log) as c:
                        log.append(1)
                    with CM(log):
                        raise ValueError
                    return log
                result = f()
                """);
    }

    @Test void generators() {
        same("""
                def gen(n):
                    for i in range(n):
                        x = yield i * 2
                        if x: yield x
                def sub():
                    r = yield from gen(3)
                    yield 'end'
                def f():
                    g = gen(4)
                    out = [next(g), g.send(7), next(g)]
                    out += list(sub())
                    out.append(sum(x for x in range(5)))
                    try:
                        g.throw(KeyError('k'))
                    except KeyError as e:
                        out.append(repr(e))
                    return out
                result = f()
                """);
    }

    @Test void closuresClassesComprehensions() {
        same("""
                def outer():
                    n = 0
                    def inc(k=1, *, by=2):
                        nonlocal n
                        n += k * by
                        return n
                    return inc
                class A:
                    z = 5
                    def __init__(self, v): self.v = v
                    def m(self, *a, **kw): return (self.v, a, sorted(kw.items()))
                    @property
                    def p(self): return self.v * 2
                class B(A):
                    def m(self, *a, **kw): return ('B', super().m(*a, **kw))
                def f():
                    inc = outer()
                    inc(); inc(3, by=1)
                    b = B(4)
                    d = {k: v for k, v in zip('abc', range(3))}
                    s = {x % 3 for x in range(10)}
                    a, *rest = [1, 2, 3, 4]
                    del a
                    t = (1, 2)[::-1]
                    fs = f'{b.p!r:>5}|{3.5:.2f}'
                    match d:
                        case {'a': 0, **others}: m = others
                        case _: m = None
                    return [inc(), b.m(1, 2, x=3), d, s, rest, t, fs, m, 'b' in d, 3 not in s, A.z]
                result = f()
                """);
    }

    @Test void moduleLevelAndImports() {
        same("""
                import math
                from math import sqrt as q
                total = 0
                for i in range(10):
                    total += i
                x = [math.floor(q(16)), total]
                assert x
                result = x
                """);
        same("""
                def f(n):
                    assert n > 0, 'positive'
                f(-1)
                """);
    }

    @Test void callSites() {
        long links = PyCallSite.DIRECT_LINKS.get();
        same("""
                def add(a, b):
                    return a + b
                def dflt(a, b=10, *rest, k=1, **kw):
                    return (a, b, rest, k, sorted(kw))
                class C:
                    def m(self, x): return x * 2
                def loop():
                    out = []
                    c = C()
                    f = add
                    for i in range(6):
                        out.append(add(i, i))          # direct after the first call
                        out.append(c.m(i))             # method form: self + 1 argument
                        out.append(dflt(i))            # defaults: generic
                        out.append(dflt(i, 2, 3, k=4, z=5))
                        out.append(f(i, 1))
                        f = (lambda a, b: a - b) if i == 2 else f   # the guard misses, relinks
                    out.append(len('abc'))             # builtin: generic
                    return out
                loop()
                result = loop()
                """);
        assertTrue(PyCallSite.DIRECT_LINKS.get() > links, "no call site linked a direct entry");
        same("""
                def f(a, b):
                    return a + b
                def g():
                    return f(1)
                g()
                """);
    }

    /**
     * Direct entries beyond the exact positional call: defaults filling missing arguments (and a
     * __defaults__ changed after linking), bound-method objects, a polymorphic site over several
     * callees, a megamorphic one, and recursion reaching the limit through direct entries.
     */
    @Test void callSitesDefaultsMethodsPolymorphism() {
        long links = PyCallSite.DIRECT_LINKS.get();
        same("""
                def add3(a, b=1, c=2):
                    return a + b + c
                class A:
                    def fn(self, x): return ('A', x)
                class B:
                    def fn(self, x): return ('B', x)
                class C:
                    def fn(self, x): return ('C', x)
                class D(C):
                    def fn(self, x): return ('D', x)
                class E:
                    def fn(self, x): return ('E', x)
                class F:
                    def fn(self, x): return ('F', x)
                def loop(objs):
                    out = []
                    for i in range(8):
                        out.append(add3(i))             # defaults b and c
                        out.append(add3(i, 5))          # default c
                        if i == 5:
                            add3.__defaults__ = (7,)    # c only: add3(i) must now fail as in CPython
                        m = objs[i % len(objs)].fn
                        out.append(m(i))                # a bound-method object, no self on the stack
                        for o in objs:
                            out.append(o.fn(i))         # one site, len(objs) receivers
                    return out
                def fails():
                    try:
                        return add3(1)
                    except TypeError as e:
                        return str(e)
                r1 = loop([A(), B(), C(), D()])
                r2 = loop([A(), B(), C(), D(), E(), F(), A()])
                r3 = fails()
                def depth(n):
                    return depth(n + 1)
                try:
                    depth(0)
                except RecursionError as e:
                    r4 = str(e)
                result = (r1, r2, r3, r4)
                """);
        assertTrue(PyCallSite.DIRECT_LINKS.get() >= links + 5, "expected direct entries for defaults, methods and several receivers");
    }

    /** Registers live in JVM locals: the frame must still show them where Python code can look. */
    @Test void frameMaterialisedForIntrospection() {
        same("""
                import sys
                class Base:
                    def who(self): return 'base'
                class D(Base):
                    def who(self):
                        x = 41
                        x += 1
                        loc = sorted(locals().items(), key=lambda kv: kv[0])
                        return (super().who(), [k for k, v in loc], x)
                def peek():
                    return sys._getframe(1).f_locals['secret']
                def f():
                    secret = 'a'
                    secret = secret + 'b'
                    return peek()
                def g():
                    v = 3
                    def inner():
                        return v * 2
                    v = 4
                    return inner()
                def tb():
                    try:
                        q = 7
                        1 / 0
                    except ZeroDivisionError as e:
                        return e.__traceback__.tb_frame.f_locals['q']
                result = [D().who(), f(), g(), tb()]
                """);
    }

    @Test void generatorStateAcrossYields() {
        same("""
                def gen(a):
                    t = a * 2
                    for i in range(3):
                        got = yield (t, i, [i] * i)
                        t = t + (got or 0)
                    return t
                def drive():
                    g = gen(5)
                    out = [next(g), g.send(10), g.send(20)]
                    try:
                        g.send(1)
                    except StopIteration as s:
                        out.append(s.value)
                    g2 = gen(1)
                    next(g2)
                    try:
                        g2.throw(ValueError('x'))
                    except ValueError as e:
                        out.append(str(e))
                    return out
                result = drive()
                """);
    }

    @Test void fib() {
        same("""
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                result = fib(15)
                """);
    }
}
