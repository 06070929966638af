# Operators, comparisons, truth, numbers
print(7 // 2, -7 // 2, 7 % -3, 2 ** 100, 2 ** -1, 10 / 4, divmod(-7, 2))
print(1 == 1.0, hash(1) == hash(1.0) == hash(True), 0.1 + 0.2, 1e16, 1e-5, -0.0, float("inf"))
print(3 < 4 < 5, 3 < 4 > 5, "a" < "b", [1, 2] < [1, 3], (1, "x") == (1, "x"))
print(True + True, True & False, ~5, 1 << 70, -(1 << 70) >> 3, 0xff ^ 0x0f)
print(int("  42 "), int("ff", 16), float("1.5e3"), round(2.5), round(3.5), round(2.675, 2))
s = "héllo wörld 😀"
print(len(s), s[-1], s[::-1], s.upper(), s.split(), s.find("w"))
print(f"{3.14159:.2f} {42:>6} {'x':*^5} {255:#x} {1234567:,}")
print("%s=%d %5.1f%%" % ("a", 7, 12.34))
l = [3, 1, 2]
l.sort(key=lambda v: -v)
print(l, sorted("banana"), list(reversed(range(4))), sum([0.1] * 10))
d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
print(d, list(d.items()), {k: v * 2 for k, v in d.items()}, {1, 2, 3} | {4})
a, *rest, z = range(6)
print(a, rest, z)
print(min([4, 2, 8], key=lambda x: -x), max("abc"), any([]), all([]), list(zip("ab", [1, 2, 3])))
print(isinstance(True, int), issubclass(bool, int), type(None).__name__, repr(None))
