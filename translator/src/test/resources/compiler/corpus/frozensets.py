def f(x):
    if x in {'delete', 'replace'}:
        return 1
    for y in {1, 2, 3, 100}:
        pass
    return x not in {b'a', b'bc'}
