f = lambda x: x + 1
g = lambda *a, **k: (a, k)
h = lambda x, y=2: lambda z: x + y + z
