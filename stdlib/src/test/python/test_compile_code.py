# code objects as Python sees them, and marshal round trips
import marshal


def sample(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    local = a + b
    def inner():
        return local
    return inner, [c, d, e, f]


co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals, co.co_flags, co.co_stacksize)
print(co.co_names, co.co_firstlineno, co.co_filename.endswith("test_compile_code.py"))
print(type(co.co_code).__name__, len(co.co_code), type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
print(list(co.co_lines()))
print(list(co.co_positions())[:6])
inner = [c for c in co.co_consts if hasattr(c, "co_code")][0]
print(inner.co_name, inner.co_qualname, inner.co_freevars, list(inner.co_lines()))
r = co.replace(co_name="renamed", co_qualname="q.renamed", co_firstlineno=99)
print(r.co_name, r.co_qualname, r.co_firstlineno, co.co_name, r.co_varnames == co.co_varnames)
try:
    co.replace(co_bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    co.replace(1)
except TypeError as e:
    print("TypeError:", e)


def add(x, y):
    return x + y


renamed = add.__code__.replace(co_varnames=("p", "q"))
print(renamed.co_varnames)
ns = {}
exec(compile("def twice(v):\n    return v * 2\n", "<m>", "exec"), ns)
data = marshal.dumps(ns["twice"].__code__)
print(type(data).__name__, data[:1])
loaded = marshal.loads(data)
print(loaded.co_name, loaded.co_varnames, loaded.co_consts)
exec(marshal.loads(marshal.dumps(compile("print('from marshal', 6 * 7)", "<m>", "exec"))))
values = [None, True, False, 0, -1, 2 ** 70, -2 ** 70, 1.5, -0.0, 1e300, 2j, "text", "é€😀", b"\x00\xff",
          (1, (2, "x")), [1, [2]], {"k": [1, 2]}, {1, 2}, frozenset({3}), ..., StopIteration, ()]
for v in values:
    b = marshal.dumps(v)
    back = marshal.loads(b)
    print(repr(back), back == v, type(back) is type(v))  # bytes differ from CPython only in FLAG_REF, which CPython sets from reference counts
print(marshal.version)
for bad in [b"", b"\x00", b"i\x01"]:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    marshal.dumps(object())
except ValueError as e:
    print("ValueError:", e)
