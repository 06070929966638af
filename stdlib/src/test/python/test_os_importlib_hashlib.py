# os.path (posixpath), a little of os, importlib.import_module and hashlib
import hashlib
import importlib
import os
import os.path
import posixpath

p = os.path
print(p is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.name, os.devnull)
print(p.join('a', 'b', 'c'), p.join('/a', '/b', 'c'), p.join('a/', 'b'), p.join('', 'x'), p.join('a', ''), p.join(b'a', b'b'))
print(p.split('/a/b/c.txt'), p.split('c'), p.split('/'), p.split('//a//b//'), p.split(''), p.split('a/'))
print(p.splitext('file.tar.gz'), p.splitext('.bashrc'), p.splitext('a/b.c/d'), p.splitext('..x'), p.splitext('x.'),
      p.splitext(b'a.b'))
print(p.basename('/x/y.txt'), p.basename('dir/'), p.dirname('/x/y.txt'), p.dirname('y'), p.dirname('//a'), p.dirname('/'))
print(p.normpath('a//b/./c/../d'), p.normpath('/../x'), p.normpath(''), p.normpath('//a/b'), p.normpath('///a'),
      p.normpath('../../a'), p.normpath('a/..'), p.normpath(b'/a/./b'))
print(p.isabs('/x'), p.isabs('x'), p.splitdrive('/a'), p.splitroot('//x/y'), p.splitroot('/x'), p.splitroot('x'),
      p.splitroot('///x'))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), p.commonprefix([]), p.commonpath(['/usr/lib', '/usr/local']),
      p.commonpath(['a/b', 'a/c/d']), p.normcase('AbC'))
for bad in [(['/a', 'b'],), ([],)]:
    try:
        p.commonpath(*bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError:', e)
try:
    p.join('a', 1)
except TypeError as e:
    print('TypeError:', e)
print(p.abspath('/a/../b'), p.abspath('x') == p.join(os.getcwd(), 'x'), p.relpath('/a/b/c', '/a/d'),
      p.relpath('/a', '/a'), p.relpath('/x/y', '/'))
print(p.exists('/'), p.isdir('/'), p.isfile('/'), p.exists('/no/such/path/xyz'), p.islink('/no/such'),
      p.isfile(__file__), p.getsize(__file__) > 0)
os.environ['REGPY_TEST_VAR'] = 'val'
print(p.expandvars('$REGPY_TEST_VAR/${REGPY_TEST_VAR}/$NOPE_XYZ/$'), os.getenv('REGPY_TEST_VAR'),
      os.getenv('NOPE_XYZ', 'dflt'), p.expanduser('~nobody_xyz/a'), p.expanduser('x~'))


class PL:
    def __fspath__(self):
        return '/pl/path.py'


print(os.fspath('s'), os.fspath(b'b'), os.fspath(PL()), p.basename(PL()), p.splitext(PL()))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError:', e)
m = importlib.import_module('json.decoder')
print(m.__name__, importlib.import_module('.encoder', 'json').__name__, importlib.import_module('string').digits)
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError:', e)
try:
    importlib.import_module('no_such_module_regpy')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
print(hashlib.sha256(b'abc').hexdigest())
print(hashlib.sha512(b'').hexdigest())
h = hashlib.sha256()
h.update(b'a' * 100)
h2 = h.copy()
h.update(b'b')
print(h.hexdigest(), h2.hexdigest(), h.digest_size, h.block_size, h.name, hashlib.new('sha512', b'x').hexdigest()[:16])
print(hashlib.sha512(b'q' * 300).digest()[:8])
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError:', e)
try:
    hashlib.sha256('str')
except TypeError as e:
    print('TypeError:', e)
