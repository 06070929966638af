# The training run behind the launcher's AOT cache (scripts/lib/common.sh, JDK 25's
# -XX:AOTCacheOutput): the classes it loads are stored already parsed and linked, so every later
# `scripts/vm` run starts faster (its method profiles are recorded too but not replayed: they
# made real programs slower, see scripts/lib/common.sh). It should touch
# what typical programs touch at start-up: the front end and compiler on a varied source, the
# common built-in types, classes, exceptions and tracebacks, formatting, a few hot loops, imports.
import sys, io, traceback


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:.2f})"


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def loops(n):
    acc, f = 0, 0.0
    for i in range(n):
        acc = (acc * 31 + i) & 0xFFFFFF
        f += i * 0.5
    d = {str(i): i for i in range(100)}
    s = {i % 7 for i in range(100)}
    words = " ".join(sorted(d, key=lambda k: -d[k]))
    return acc, f, len(s), words.upper().split()[:3]


def errors():
    out = io.StringIO()
    for bad in ("1/0", "[][1]", "{}['k']", "int('x')", "undefined_name", "None.attr"):
        try:
            eval(bad)
        except Exception:
            traceback.print_exc(file=out)
    try:
        compile("def f(:\n", "<training>", "exec")
    except SyntaxError as e:
        out.write("%s %s\n" % (e.msg, e.offset))
    return len(out.getvalue())


def generators():
    def gen(n):
        for i in range(n):
            yield i * i
    return sum(gen(1000)), [x for x in gen(10) if x % 2], max(map(abs, range(-5, 5)))


def main():
    tree = Node(1, [Node(2, [Node(3)]), Node(4)])
    results = [fib(18), loops(20000), errors(), generators(), tree.total(),
               repr(Point(1, 2.5)), "%d-%s-%r" % (1, "a", b"b"), "{:>8}|{:<4}".format("x", 2)]
    with open(__file__, encoding="utf-8") as f:
        results.append(len(f.read()))
    import collections, functools, itertools, re, os, math, random
    results.append(collections.Counter("abracadabra").most_common(1))
    results.append(re.sub(r"(\w+)@", r"<\1>", "user@host"))
    results.append(functools.reduce(lambda a, b: a * b, itertools.islice(itertools.count(1), 10)))
    results.append((os.path.basename(__file__), math.sqrt(2), random.Random(1).random() < 1))
    print(len(results), file=sys.stderr if len(sys.argv) > 1 else sys.stdout)


main()
