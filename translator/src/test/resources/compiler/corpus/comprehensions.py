def f(xs):
    a = [x * 2 for x in xs]
    b = {x for x in xs if x}
    c = {x: y for x, y in xs}
    d = (x for x in xs)
    e = [x + y for x in xs for y in xs if x if y]
    return a, b, c, d, e
g = [i for i in range(3)]
