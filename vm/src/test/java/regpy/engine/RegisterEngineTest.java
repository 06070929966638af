package regpy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Snippets give the same result, or the same traceback, on the register engine as on the reference interpreter. */
class RegisterEngineTest {

    private static String same(String src) {
        String expected = EngineHarness.stack(src);
        String actual = EngineHarness.register(src);
        assertEquals(expected, actual);
        return actual;
    }

    @Test void arithmeticLoopsAndSwaps() {
        assertEquals("(4950, 6765, (2, 1), [3, 1, 2])", same("""
                def f(n):
                    s = 0
                    for i in range(n):
                        s += i
                    return s
                def fib(n):
                    a, b = 0, 1
                    while n > 0:
                        a, b = b, a + b
                        n -= 1
                    return a
                def sw(a, b):
                    a, b = b, a
                    return a, b
                def rot(x):
                    x[0], x[1], x[2] = x[2], x[0], x[1]
                    return x
                result = (f(100), fib(20), sw(1, 2), rot([1, 2, 3]))
                """));
    }

    @Test void exceptionsAndTracebacks() {
        assertEquals("['e1', 'fin', 'e2', 'fin', 2, 'fin', 'else', 'fin']", same("""
                def risky(k):
                    return {0: 'x', 1: 'y'}[k] + 1
                def each():
                    log = []
                    for k in (0, 1, 2):
                        try:
                            risky(k)
                        except TypeError:
                            log.append('e%d' % (k + 1))
                        except KeyError as e:
                            log.append(e.args[0])
                        else:
                            log.append('never')
                        finally:
                            log.append('fin')
                    try:
                        pass
                    except Exception:
                        pass
                    else:
                        log.append('else')
                    finally:
                        log.append('fin')
                    return log
                result = each()
                """));
        same("""
                class Node:
                    pass
                def depth(n):
                    return depth(n.child) + 1
                depth(Node())
                """);
        same("""
                def convert(s):
                    try:
                        return int(s)
                    except ValueError:
                        raise LookupError(s)
                convert('abc')
                """);
        same("""
                def outer():
                    try:
                        {}['missing']
                    except KeyError as e:
                        raise RuntimeError('x') from e
                outer()
                """);
        same("""
                def again(seq):
                    try:
                        return seq.index(9)
                    except ValueError:
                        raise
                again([1])
                """);
        same("""
                def f():
                    for i in range(3):
                        try:
                            if i == 1:
                                break
                        finally:
                            print('fin', i)
                    return i
                result = f()
                """);
        same("""
                def f():
                    try:
                        return 1
                    finally:
                        return 2
                result = f()
                """);
        same("""
                def f():
                    try:
                        try:
                            raise* ExceptionGroup('g', [ValueError(1), TypeError(2)])
                        except* ValueError as e:
                            r = repr(e.exceptions)
                    except* TypeError as t:
                        return r, repr(t.exceptions)
                result = f()
                """);
    }

    @Test void unboundLocalsAndNames() {
        same("""
                def f():
                    if False:
                        x = 1
                    return x
                f()
                """);
        same("""
                def f():
                    x = 1
                    del x
                    return x
                f()
                """);
        same("""
                def f():
                    def g():
                        return y
                    r = g
                    y = 1
                    del y
                    return r()
                f()
                """);
        same("result = undefined_global\n");
    }

    @Test void closuresAndClasses() {
        assertEquals("(3, [0, 1, 4], 'B.m A.m', 7, 'x')", same("""
                def counter():
                    n = 0
                    def inc():
                        nonlocal n
                        n += 1
                        return n
                    return inc
                c = counter(); c(); c()
                class A:
                    def m(self):
                        return 'A.m'
                class B(A):
                    def m(self):
                        return 'B.m ' + super().m()
                class P:
                    def __init__(self, v): self._v = v
                    @property
                    def v(self): return self._v + 2
                class K:
                    a = 'x'
                    def f():
                        return a
                    b = a
                result = (c(), [i * i for i in range(3)], B().m(), P(5).v, K.b)
                """));
        same("""
                class C:
                    def __init__(self):
                        return 1
                C()
                """);
    }

    @Test void generatorsAndCoroutines() {
        same("""
                def g():
                    x = yield 1
                    try:
                        y = yield x
                    except KeyError as e:
                        y = 'caught ' + str(e)
                    yield y
                    return 'done'
                it = g()
                out = [next(it), it.send('a'), it.throw(KeyError('k'))]
                try:
                    next(it)
                except StopIteration as e:
                    out.append(e.value)
                def inner():
                    v = yield 1
                    yield v
                    return 'r'
                def outer():
                    r = yield from inner()
                    yield r
                o = outer()
                out.append(next(o))
                out.append(o.gi_yieldfrom is not None)
                out.append(o.send('s'))
                out.append(next(o))
                c = outer(); next(c); c.close()
                out.append(c.gi_frame)
                out.append(list(x * 2 for x in range(3)))
                async def co(n):
                    return n + 1
                async def main():
                    return await co(1) + await co(2)
                m = main()
                try:
                    m.send(None)
                except StopIteration as e:
                    out.append(e.value)
                result = out
                """);
        same("""
                def g():
                    yield 1
                    raise ValueError('in gen')
                list(g())
                """);
        same("""
                def g():
                    try:
                        yield 1
                    finally:
                        print('closing')
                it = g(); next(it); it.close()
                result = it.gi_frame
                """);
        same("""
                class Agen:
                    def __init__(self): self.i = 0
                    def __aiter__(self): return self
                    async def __anext__(self):
                        self.i += 1
                        if self.i > 3: raise StopAsyncIteration
                        return self.i
                async def ag():
                    for i in range(2):
                        yield i
                async def main():
                    out = [x async for x in Agen()]
                    async for y in ag():
                        out.append(y * 10)
                    return out
                try:
                    main().send(None)
                except StopIteration as e:
                    result = e.value
                """);
    }

    @Test void withMatchComprehensionsAndCalls() {
        same("""
                class CM:
                    def __init__(self, log, swallow): self.log, self.swallow = log, swallow
                    def __enter__(self): self.log.append('enter'); return self
                    def __exit__(self, t, v, tb): self.log.append(('exit', t and t.__name__)); return self.swallow
                log = []
                with CM(log, False) as c:
                    log.append('body')
                with CM(log, True):
                    1 / 0
                def m(x):
                    match x:
                        case [1, *rest]: return ('list', rest)
                        case {'k': v, **kw}: return ('map', v, kw)
                        case int(n) if n > 5: return ('big', n)
                        case str() | bytes(): return 'text'
                        case _: return 'other'
                def kw(a, b=2, *args, c, d=4, **rest):
                    return (a, b, args, c, d, rest)
                args = (1, 2, 3)
                result = (log, [m([1, 2, 3]), m({'k': 1, 'z': 2}), m(9), m('s'), m(None)],
                          kw(1, c=3), kw(*args, c=5, e=6), kw(**{'a': 0, 'c': 1}),
                          {x: y for x, y in zip('ab', 'cd')}, {i % 3 for i in range(10)},
                          f"{3.14159:.2f}|{'x'!r}|{42}", [*range(2), *'ab'], {**{'a': 1}, 'b': 2})
                """);
        same("""
                with CM() as c:
                    pass
                """);
        same("""
                def f(a, b): return a + b
                f(1, 2, 3)
                """);
    }

    @Test void recursionErrorAndModuleCode() {
        same("""
                def deep(n):
                    return deep(n + 1)
                try:
                    deep(0)
                except RecursionError as e:
                    result = str(e)
                """);
        same("""
                import math
                from math import sqrt as s
                x = 1
                del x
                global_list = [s(16), math.floor(2.5)]
                def uses_global():
                    global g
                    g = 7
                    return g + len(global_list)
                result = (uses_global(), g, __name__)
                """);
    }

    /** -Dregpy.count=true in a child JVM: both engines count, and register code executes fewer instructions. */
    @Test void countersCountBothEngines() throws Exception {
        String src = """
                def total(xs):
                    acc = 0
                    for x in xs:
                        if x % 2:
                            acc += x * x
                    return acc
                result = total(list(range(1000)))
                """;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Dregpy.count=true", "-cp", System.getProperty("java.class.path"),
                EngineHarness.class.getName(), src)).redirectErrorStream(true).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            line = r.readLine();
        }
        assertEquals(0, p.waitFor(), line);
        String[] parts = line.split(" ");
        long stack = Long.parseLong(parts[0]), register = Long.parseLong(parts[1]), stackDuringRegister = Long.parseLong(parts[2]);
        assertEquals("true", parts[3]);
        assertTrue(stack > 9000, "stack count " + stack);
        assertTrue(register > 3000 && register < stack * 6 / 10, "register " + register + " vs stack " + stack);
        assertEquals(0, stackDuringRegister);
    }
}
