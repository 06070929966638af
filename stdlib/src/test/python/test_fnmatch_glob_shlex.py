# fnmatch (incl. translate's exact output), glob on a temporary-free tree, shlex
import fnmatch
import glob
import os
import shlex

for p in ['a*b?c[!x]', '*.py', '**', '[a-', '[]]', 'x[!]a]*', '*a*b*', '[\\]', 'a/b', '[z-a]', '[!]', '[a-c-e]', '[&~|]', '[^x]',
          '[[]', 'ab*', '*', '?*?', '[a-b-c]', '[--x]', '[x--]']:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.txt', 'test_x.py', '.hidden.py', 'READ.ME', 'x[1].py']
print(fnmatch.filter(names, '*.py'), fnmatch.filter(names, 'test_*'), fnmatch.filter(names, '[!a-c]*'), fnmatch.filter(names, 'x[[]1].py'),
      fnmatch.fnmatch('README', 'read*'), fnmatch.fnmatchcase('README', 'read*'), fnmatch.fnmatch('a\nb', 'a?b'),
      fnmatch.fnmatchcase(b'abc', b'a*'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
here = os.path.dirname(os.path.abspath(__file__))
lib = os.path.join(here, '..', '..', 'main', 'python')
print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(lib, 'json', '*.py'))))
print(sorted(glob.glob('*.py', root_dir=os.path.join(lib, 'collections'))), sorted(glob.glob('json/[de]*.py', root_dir=lib)))
print(sorted(glob.glob('**/_*.py', root_dir=lib, recursive=True))[:5], glob.glob('nonexistent_*', root_dir=lib), glob.escape('a*b?[c]'),
      glob.has_magic('a[b]'), glob.has_magic('plain'), glob.glob(os.path.join(lib, 'json')) == [os.path.join(lib, 'json')])
for s in ['a "b c" d\\ e \'f g\' # x', 'one\\ two "three \\"four\\""', "\"it's\" quoted", 'x=1 y="2 3"', '', '  spaced   out  ']:
    try:
        classic = shlex.split(s, posix=False)
    except ValueError as e:
        classic = f'ValueError: {e}'
    print(shlex.split(s), shlex.split(s, comments=True), classic)
for bad in ['"abc', "'abc", 'abc\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
print(shlex.quote("it's"), shlex.quote(''), shlex.quote('abc'), shlex.quote('a b'), shlex.quote('$HOME'), shlex.join(['ls', '-l', 'my file']))
lex = shlex.shlex('a=b, c(d) "e f"')
print(list(lex))
lex = shlex.shlex('a && b || c; (d)', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('x y\nz', posix=True)
print(lex.get_token(), lex.get_token(), lex.lineno, lex.get_token(), lex.get_token(), lex.error_leader('f', 3))
try:
    shlex.split(None)
except ValueError as e:
    print('ValueError:', e)
