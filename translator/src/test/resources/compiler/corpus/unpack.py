def f(a):
    x, *y = a
    *p, q = a
    l = [*a, 1]
    t = (*a, 2)
    s = {*a}
    d = {**a, 'k': 1}
    (m, n), o = a
    return x
