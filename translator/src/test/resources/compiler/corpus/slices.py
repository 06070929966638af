def f(a, i, j):
    return a[i:j], a[:j], a[i:], a[:], a[i:j:2], a[1:2], a[-1]
