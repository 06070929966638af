a or b and not c
a < b <= c == d != e > f >= g is h is not i in j not in k
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
-a + +b - ~c ** -d
await_ = 1
x if y else z
lambda: 0
lambda a, b=1, *c, d, e=2, **f: a
lambda *, a: a
lambda a, /, b: b
(x := 10)
[y := 1, y ** 2]
f(a, *b, c=1, **d)
f(x for x in y)
f(a)(b)[c].d
a[1:2, ::3, 4:, :5, ...]
a[1:2]
a[:]
a[b, c]
a[*b]
[1, 2, *c]
{1, 2, *c}
{1: 2, **d, 3: 4}
{}
()
(1,)
(1, 2)
[]
[x for x in y if x if not x for z in x]
{x for x in y}
{k: v for k, v in d.items()}
(x async for x in y)
[(yield)]
None, True, False, ...
1, 1.5, 1e10, 1_000, 0x1F, 0o17, 0b101, 1j, 2.5J, 123456789012345678901234567890, .5, 5., 1E-5
'a' "b" '''c''' """d"""
'a' 'b' "c"
u'unicode'
b'bytes' B"x" rb'\d' Rb"\w" br'\s'
r'raw\n' R"raw\t"
'\n\t\\\'\"\x41\u00e9\U0001F600\N{EM DASH}\101\
continued'
b'\x00\xff\n\101'
*a, b = c
print(*args, sep='')
x.y.z
not x
-1
a if b else c if d else e
