def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
c(); c(5)
print(c())
def gen(n):
    total = 0
    for i in range(n):
        x = yield i
        if x:
            total += x
    return total
g = gen(3)
print(next(g), g.send(10), g.send(20))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def delegate():
    r = yield from gen(2)
    yield r
print(list(delegate()))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cg = closing()
next(cg)
cg.close()
print(sum(x * x for x in range(10)), [y for y in (1, 2, 3) if y != 2])
with open(__file__) as fh:
    print(fh.readline().strip())
import pkgdemo
from pkgdemo.sub import value, helper
print(pkgdemo.NAME, value, helper())
