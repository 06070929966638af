import os
import os.path as osp, sys
from . import a
from ..pkg.mod import (b as c, d,)
from ...x import *
global g1, g2
x = 1
x = y = z = 2
a, *b = c
[a, (b, c)] = d
x.y[0] = 1
x: int
x: int = 3
(x): int = 3
x.y: str
x += 1; y -= 2; z **= 3
a @= b; a //= c; a >>= 1; a <<= 2; a |= 1; a &= 2; a ^= 3; a %= 4; a /= 5; a *= 6
del a, b[0], c.d, (e, f)
pass
assert x, "msg"
raise
raise E
raise E from None
def f(): return
def g(): return 1, 2
def h():
    nonlocal_test = 1
    def inner():
        nonlocal nonlocal_test
        yield
        yield 1
        x = yield from g()
type Alias = int
type Generic[T, *Ts, **P] = dict[T, P]
type Bounded[T: int = str] = T
