# Exception handling for the register-IR evaluator test (regpy.ir.IrEvalTest): handler ranges,
# the lasti and exception registers, except/finally/else, re-raise, break through finally.
# excs_expected.txt holds CPython 3.13's results (gen_expected.py).

def div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1

def finally_(a, b):
    r = 0
    try:
        r = a // b
    finally:
        r += 100
    return r

def outer_finally(a, b):
    try:
        return finally_(a, b)
    except ZeroDivisionError:
        return -2

def nested(n):
    t = 0
    for i in range(n):
        try:
            try:
                t += 10 // (i % 3)
            except ZeroDivisionError as e:
                t += 1000
                raise ValueError
        except ValueError:
            t += 7
    return t

def reraise(n):
    try:
        return 10 // n
    except ArithmeticError:
        raise

def loop_break_finally(n):
    t = 0
    for i in range(n):
        try:
            if i == 3:
                break
            t += i
        finally:
            t += 100
    return t

def unbound_in_handler(f):
    try:
        if f:
            x = 1
        return x
    except UnboundLocalError:
        return -5

def else_clause(a, b):
    t = 1
    try:
        q = a // b
    except ZeroDivisionError:
        t = 2
    else:
        t = q * 10
    finally:
        t += 1
    return t

def stack_in_handler(a, b):
    return a + (b + (10 // b if b else 0))
