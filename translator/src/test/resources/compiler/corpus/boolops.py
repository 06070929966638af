def f(a, b, c):
    x = a and b
    y = a or b or c
    if a and b:
        return 1
    if a or not b:
        return 2
    if not a:
        return 3
    z = a if b else c
    return a < b < c
def g(a, b):
    return a is b, a is not b, a in b, a not in b, a == b, a != b, a >= b
