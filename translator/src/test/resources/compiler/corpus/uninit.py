def f(c):
    if c:
        x = 1
    return x
def g():
    del y
    y = 1
    return y
