# A CPython 3.13 .pyc of this file is committed; regpy must run it and print what CPython prints.
import sys
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


def counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def classify(value):
    match value:
        case {"kind": "point", "x": int(x), "y": int(y)}:
            return f"point({x}, {y})"
        case [first, *rest]:
            return f"list head={first!r} rest={len(rest)}"
        case str() as s if s:
            return "text " + s.upper()
        case _:
            return "other"


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None)
        return kind is KeyError


async def add(a, b):
    return a + b


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


bump = counter()
bump(); bump(5)
print("closure", bump())
gen = fib()
print("fib", [next(gen) for _ in range(10)])
p = Point(3, -4)
print(p, p.norm1(), Point(1) == Point(1, 0))
for v in ({"kind": "point", "x": 1, "y": 2}, [1, 2, 3], "abc", 4.5):
    print(classify(v))
with Resource():
    {}["missing"]
try:
    with Resource():
        raise ValueError("boom")
except ValueError as e:
    print("caught", repr(e))
try:
    try:
        1 / 0
    finally:
        print("finally")
except ZeroDivisionError as e:
    print("zero", e.args)
print("async", run(add(2, 40)))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted({w: len(w) for w in words}.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(*(w[::-1] for w in words[:3]), sep="|")
print(f"{3.14159:.2f} {255:#x} {'mid':^7}|", 2 ** 100, -7 // 2, 7 % -3, 1e300 * 10)
print(sys.version_info[:2] >= (3, 13))
