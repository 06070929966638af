# re: syntax, matching semantics, groups, API, flags, substitution, errors
import re


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(re.match(r'a+b', 'aaab'), re.match(r'a+b', 'xaab'), re.search(r'a+b', 'xaab'), re.fullmatch(r'\d+', '123'),
      re.fullmatch(r'\d+', '12a'))
m = re.search(r'(?P<user>\w+)@(?P<host>[\w.]+)', 'mail: joe@example.com now')
print(m.group(), m.group(1), m.group('host'), m.groups(), m.groupdict(), m.span(), m.start(2), m.end('user'), m[0], m['user'],
      m.lastindex, m.lastgroup, m.re.pattern, m.string[:4], m.pos, m.endpos, m.regs, m.expand(r'\g<host>/\1'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\d)|x', 'x1x'), re.findall(r'', 'ab'),
      re.findall(r'a*', 'baaac'), re.findall(r'\b\w', 'hello big world'))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')], [m.group() for m in re.finditer(r'x*', 'axxb')])
print(re.split(r',\s*', 'a, b,c,   d'), re.split(r'(,)', 'a,b'), re.split(r'x*', 'axbc'), re.split(r'\W+', 'Words, words.', 1),
      re.split(r'(a)|b', 'xaybz'), re.split(r'^', 'a\nb', flags=re.M))
print(re.sub(r'\d', '#', 'a1b22'), re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'x*', '-', 'abxd'),
      re.subn(r'o', '0', 'foo boo'), re.sub(r'(?P<n>\d+)', r'<\g<n>>', 'a12b3'), re.sub(r'\d+', lambda m: str(int(m[0]) * 2), 'a5b10'),
      re.sub(r'a', r'\n\t\\', 'bab'), re.sub('a', 'b', 'aaaa', count=2), re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(a*)*', 'b').groups(), re.match(r'(a*)+', 'b').groups(),
      re.match(r'(?:ab)+', 'ababab').group(), re.match(r'(a+?)(a*)', 'aaa').groups(), re.match(r'a{2,3}', 'aaaa').group(),
      re.match(r'a{2,3}?', 'aaaa').group(), re.match(r'a{2}', 'aaa').group(), re.match(r'a{,2}', 'aaa').group(),
      re.match(r'x{2,}', 'xxxxx').group(), re.match('a{x', 'a{x').group(), re.match(r'(a)(?(1)b|c)', 'ab').group())
print(re.match(r'.*?(\d+)', 'abc 123').group(1), re.match(r'.*(\d+)', 'abc 123').group(1), re.search(r'(\w+)\s\1', 'hello hello there').group(),
      re.search(r'(?i)HELLO', 'say hello').group(), re.search(r'hello', 'say HeLLo', re.I).group(), re.findall(r'^\w', 'a\nb\nc', re.M),
      re.findall(r'\w$', 'a\nb\nc', re.M), re.search(r'a.c', 'a\nc'), re.search(r'a.c', 'a\nc', re.S).group(), re.search('$', 'ab\n').span())
print(re.search(r'(?<=-)\w+', 'spam-egg').group(), re.search(r'(?<!-)\b\w+', '-x y').group(), re.findall(r'\w+(?=,)', 'a, b, c'),
      re.findall(r'\d(?!px)', '1px 2em'), re.search(r'(?>a+)b', 'aaab').group(), re.search(r'a++b', 'aab').group(), re.search(r'(?>a+)ab', 'aaab'),
      re.match(r'(?x) a \s+ b  # comment', 'a   b').group(), re.search(r'[^a-c]+', 'abcdef').group(), re.findall(r'[\d.-]+', 'x-1.5y'),
      re.findall(r'[]a]', 'a]b'), re.findall(r'[\w-]+', 'foo-bar baz'), re.search(r'\x41\u00e9\101', 'Aé' + 'A').group())
print(re.findall(r'\bcat\b', 'cat concat cat.'), re.findall(r'\Bcat', 'concat cat'), re.match(r'\Aab\Z', 'ab').group(),
      re.match(r'\Aab\Z', 'ab\n'), re.findall(r'\s+', 'a \t\nb'), re.findall(r'\S+', ' x y '), re.findall(r'\D+', 'a1b'),
      re.findall(r'\W', 'a-b_c'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\w+', 'héllo wörld'),
      re.findall(r'[A-Z]', 'aBcD', re.I), re.match(r'(?i:A)b', 'aB'), re.match(r'(?i:A)b', 'ab').group())
p = re.compile(r'(\d+)-(\d+)', re.M | re.I)
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex), re.compile('x'), re.compile(b'x'), re.compile('a', re.A),
      re.compile('a', re.X | re.S), p == re.compile(r'(\d+)-(\d+)', re.M | re.I), re.compile(p) is p)
print(p.search('x 10-20 y').groups(), p.match('10-20').span(), p.match('x10-20', 1).group(), p.search('10-20', 0, 4),
      p.fullmatch('1-2'), p.findall('1-2 3-4'), p.sub(r'\2-\1', '1-2 3-4'), p.split('a1-2b'))
print(repr(re.search(r'b+', 'abbbc')), repr(re.I), repr(re.I | re.M), re.I.value, int(re.X), str(re.DOTALL), re.A, re.NOFLAG, re.RegexFlag(2))
print(re.escape('a.b*c?d (x) $5 #1 - ~'), re.escape(b'a.b'), re.search(re.escape('1+1=2'), 'is 1+1=2?').group())
print(re.match(rb'(\d+)', b'123abc').group(1), re.findall(rb'\w+', b'ab cd'), re.sub(rb'a', b'b', b'aa'), re.split(rb',', b'a,b'))
show(re.match, r'\d', b'1')
show(re.match, rb'\d', '1')
m2 = re.match(r'(a)(b)?', 'a')
print(m2.groups(), m2.groups('-'), m2.group(2), m2.span(2), m2.groupdict(), m2.lastindex, re.match('x', 'x').lastindex)
show(m2.group, 5)
show(m2.group, 'nope')
for bad in ['*a', 'a**', '(ab', 'ab)', '[ab', r'\q', '(?P<1x>a)', '(?P<n>a)(?P<n>b)', '(?<=a+)b', r'(a)\2', 'a{3,1}', '(?z)',
            '(?P=missing)', r'\x4', '[z-a]', 'a(?i)b', '(?', '(?<x)', r'(a\1)', 'x++*', '\\']:
    show(re.compile, bad)
show(re.sub, 'a', r'\2', 'a')
show(re.sub, '(a)', r'\g<2>', 'a')
show(re.sub, '(a)', r'\g<x>', 'a')
show(re.sub, 'a', r'\q', 'a')
show(re.compile, 5)
err = None
try:
    re.compile('a\n(b')
except re.error as e:
    err = e
print(err.msg, err.pos, err.lineno, err.colno, err.pattern == 'a\n(b', str(err), re.error is re.PatternError)
print(re.sub(r'(?m)^\s+', '', '  a\n   b'), re.sub(r'\s+$', '', 'x  \n'), re.findall(r'(?s).+', 'a\nb'), re.findall(r'a|ab|abc', 'abc'))
text = 'From: alice@example.com\nTo: bob@test.org\nDate: 2024-01-15\n'
headers = dict(re.findall(r'^(\w+): (.*)$', text, re.M))
print(headers, re.search(r'(\d{4})-(\d\d)-(\d\d)', text).groups())
tokens = re.findall(r'\s*(?:(\d+\.?\d*)|(.))', '3 + 4.5*(2 - 1)')
print(tokens)
print(re.match(r'(?P<a>x)(?P<b>y)?', 'x').lastgroup, re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)|(b)', 'b').lastindex)
long_line = 'x' * 5000 + 'y'
print(len(re.match(r'.*y', long_line).group()), re.search(r'x+y$', long_line).start(), len(re.findall(r'x', long_line)))
lit = '"' + 'ab\\"c' * 400 + '"'
print(len(re.match(r'"(?:[^"\\]|\\.)*"', lit).group()), len(re.match(r'(?:ab|cd)+', 'ab' * 3000).group()),
      re.match(r'(?:a|ab)*c', 'ababc').group(), re.match(r'(?:a|ab)*?c', 'ababc').group(), re.match(r'(?:x|xy){2,3}y', 'xyxyy'),
      re.match(r'(?:a*)*b', 'aaab').group(), re.match(r'(?:ab)*?ab', 'ababab').group(), re.findall(r'(?:\d+,)*\d+', '1,2,3 4,5'))
