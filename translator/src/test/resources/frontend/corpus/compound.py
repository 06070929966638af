if a:
    pass
elif b:
    pass
elif c: pass
else:
    x = 1
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, b in x: pass
for (a, b), *c in x: pass
async def af():
    async for x in y:
        await z
    async with a as b, c:
        pass
with open(f) as fh, open(g) as (a, b):
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (yield):
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
try:
    pass
finally:
    x = 1;
@dec
@dec.attr(1)
@(lambda f: f)
def f[T](a, b: int = 1, /, c=2, *args: *Ts, d, e=3, **kw) -> int:
    """doc"""
    return a
class C(B, metaclass=M, **kw):
    x = 1
    def m(self): ...
class D[T: (int, str), **P]:
    pass
class E: pass
