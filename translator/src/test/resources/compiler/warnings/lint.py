# SyntaxWarnings of the compiler (CompileWarningsTest); expected: lint.expected, from gen_expected.py.
x = 1
if x is 1: pass
print(x is not "a", 2 is x, x is (1, 2), x is (), x is [], x is None)
assert (x, "msg")
assert ()
y = (1, 2)(3)
z = [1](2), {1: 2}(3), f"a{x}"(1), (x for x in y)(1), {1}(2), 1.5(3), None(1), ...(1), b""(1), True(2)
w = {1, 2}[0], (lambda: 1)[0], 3[0], None[1], [1, 2]["a"], "abc"[1.5], (1, 2)[x, 1], f"{x}"["a"], "s"[1:2], [1]["x" "y"]
def f():
    return 1 is x
a = 1 < x is 2 < 3
