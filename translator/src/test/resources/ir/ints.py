# Integer-only functions for the register-IR evaluator test (regpy.ir.IrEvalTest).
# Each exercises a translation hazard; ints_expected.txt holds CPython 3.13's results and the
# number of stack instructions CPython executed for each call (see gen_expected.py).

def loop(n):
    s = 0
    for i in range(n):
        s = s + i * 3
    while s < n * 10:
        s += 1
    return s

def swap(a, b):
    a, b = b, a
    return a * 10 + b

def rotate(a, b, c):
    a, b, c = c, a, b
    return a * 100 + b * 10 + c

def g(v):
    return v + 100

def walrus(x):
    x = x + g(x := 3)
    return x

def walrus_late(x):
    y = x * 2 + (x := x + 1) + x
    return y * 1000 + x

def chained(a, b, c):
    return a < b < c

def short(a, b):
    return a and b or 7

def cond(a, b):
    return a if a < b else b

def nested_loops(n):
    t = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            t += i * j
            if t > 1000:
                break
    return t

def sum_list(xs):
    t = 0
    for x in xs:
        t += x
    return t

def comp(n):
    return sum_list([y * 2 for y in range(n) if y % 2])

def comp_shadow(n):
    y = 5
    xs = [y for y in range(n)]
    return sum_list(xs) * 10 + y

def unbound(flag):
    if flag:
        y = 1
    return y

def deleted(x):
    del x
    return x

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def unpack(n):
    a, (b, c) = n, (n + 1, n + 2)
    return a * 100 + b * 10 + c

def aug(n):
    x = n
    y = x
    x += 5
    return x * 10 + y

def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def chain_assign(n):
    a = b = n * 2
    a += 1
    return a * 100 + b

def negate_not(a, b):
    if not a == b:
        return -a
    return ~b

def is_none(x):
    y = None if x > 3 else x
    if y is None:
        return 1
    return 2

def comp_unbound(flag):
    if flag:
        y = 1
    [y for y in range(3)]
    return y
