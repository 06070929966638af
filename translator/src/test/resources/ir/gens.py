# Generators for the register-IR evaluator test (regpy.ir.IrEvalTest): values live across
# yields, yield from (SEND / END_SEND), handlers around yields. gens_expected.txt holds CPython
# 3.13's results (gen_expected.py).

def count(n):
    for i in range(n):
        yield i * 2

def total(n):
    t = 0
    for v in count(n):
        t += v
    return t

def delegate(n):
    yield 100
    yield from count(n)
    yield from range(3)
    yield 200

def total_delegate(n):
    t = 0
    for v in delegate(n):
        t = t * 3 + v
    return t

def across(n):
    for i in range(n):
        yield i * 2 + ((yield i) or 0) + i

def total_across(n):
    t = 0
    for v in across(n):
        t = t * 5 + v
    return t

def guarded(n):
    for i in range(n):
        try:
            yield 10 // (i - 2)
        except ZeroDivisionError:
            yield -1
        finally:
            n = n - 1

def total_guarded(n):
    t = 0
    for v in guarded(n):
        t = t * 7 + v
    return t
