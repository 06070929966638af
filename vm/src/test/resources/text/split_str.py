# str values holding a lone high surrogate before a lone low one ("split" strs in regpy):
# each line after the setup is an expression; gen_split_str.py writes CPython 3.13's repr() of each
# to split_str.expected, which regpy.text.SplitStrTest compares with the VM's answers.
s = '\ud800\udc00'
t = '\U00010000'
a = 'a\ud800'
b = '\udc00b'
u = '\ud800'
l = '\udc00'
class S(str): pass
#
len(s)
s
s == t
s != t
t == s
s == '\ud800' + '\udc00'
str.__add__(u, l) == s
len(str.__add__(a, b))
str.__add__(a, b)
s + 'x'
'x' + s
len(s + s)
(s + s)[1:3]
s < t
s > t
s <= '\ud800\udc01'
sorted([t, s, 'z', '\ud7ff'])
hash(s) == hash(str.__add__(u, l))
{s: 1}.get(t)
{s: 1}.get(str.__add__(u, l))
{t: 1}.get(s)
s in {t}
s in {s}
s[0]
s[1]
s[-1]
s[0:1]
s[0:2]
s[1:]
s[::-1]
s[::2]
len(s[::-1])
'\udc00x\ud800'[::-1]
list(s)
[hex(ord(c)) for c in s]
''.join([u, l]) == s
len(''.join([u, l]))
'-'.join([s, s])
len(u.join([l, l]))
s.encode('utf-8', 'surrogatepass')
s.encode('utf-16-le', 'surrogatepass')
s.encode('utf-32-be', 'surrogatepass')
s.encode('utf-8', 'backslashreplace')
s.encode('ascii', 'replace')
s * 2
len(s * 2)
len(str.__mul__(l + u, 2))
str(s)
repr(s)
len(repr(s))
f'{s!r}'
'%r' % (s,)
[s]
(s, t)
len(S(s))
S(s) == s
str(S(s)) == s
'\udc00' in s
u in s
s.startswith(u)
s.count(l)
