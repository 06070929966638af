def f(a, b=1, *args, c, d=2, **kw):
    g(a, b)
    g(a, key=b)
    g(*args)
    g(*args, **kw)
    g(a, *args, c=1, **kw)
    a.method(1, 2)
    a.b.c(d=3)
    return print(a)
