def loop(n):
    s = 0
    for i in range(n):
        s = s + i * 3
    while s < n:
        s += 1
    return s

def swap(a, b):
    a, b = b, a
    return a - b

def walrus(x):
    x = x + g(x := 3)
    return x

def unbound(flag):
    if flag:
        y = 1
    return y

def deleted(x):
    del x
    return x

def cond(a, b):
    return a if a < b else b

def short(a, b):
    return a and b or 7

def comp(n):
    return [y * 2 for y in range(n) if y % 2]

def chained(a, b, c):
    return a < b < c

def g(v):
    return v

def gen(n):
    for i in range(n):
        x = yield i
        try:
            n = n // x
        except ZeroDivisionError as e:
            n = 0
    yield from range(2)

def fmt(a, *args, **kw):
    with open(a) as f:
        return f"{a!r:>{len(args)}} {kw}" + f(*args, **kw, key=1)

def member(x, xs):
    if x in xs and x is not xs:
        return 1
    return 0
