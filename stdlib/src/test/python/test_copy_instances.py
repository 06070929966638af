# copy.copy and copy.deepcopy of instances of plain classes (object's default reduction),
# with slots, and with __getstate__/__setstate__ of their own.
import copy


class Plain:
    def __init__(self, x):
        self.x = x
        self.items = [x]


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


class Stateful:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, state):
        self.v = state["v"] + 1


pl = Plain(4)
for c in (copy.copy(pl), copy.deepcopy(pl)):
    print(type(c).__name__, c is pl, c.x, c.items, c.items is pl.items)
s = Slotted()
s2, s3 = copy.copy(s), copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, hasattr(s3, "b"))
print(copy.copy(Stateful()).v, copy.deepcopy(Stateful()).v)
nested = [Plain(1), {"k": Plain(2)}]
deep = copy.deepcopy(nested)
print(deep[0].x, deep[1]["k"].x, deep[0] is nested[0])
