# pathlib: pure path arithmetic, and Path I/O in a private temporary directory
import os
from pathlib import Path, PurePath, PurePosixPath as P


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


p = P('/usr/lib/python3.13/json/__init__.py')
print(repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents)[:2], p.anchor, p.root, repr(p.drive),
      len(p.parents), p.parents[-1], p.parents[1:3], repr(p.parents))
print(P('a//b/./c/'), P('a/../b'), P(''), P('.'), P('/'), P('//x'), P('///x'), P('a', '/b', 'c'), P('x.tar.gz').suffixes, P('.bashrc').suffix,
      P('a.').suffix, P('a.').suffixes, P('.x.y').suffixes, P('/').name, P('/').parent, P('a').parent, P('..').name)
print(p.with_name('x.txt'), p.with_suffix('.pyc'), p.with_suffix(''), p.with_stem('main'), P('a/b').relative_to('a'), P('/a/b').is_absolute(),
      P('a/b').match('*.b'), P('a/b.py').match('*.py'), P('a/b.py').match('b/*.py'), P('/a/b.py').match('/*.py'), P('a/b.py').full_match('**/*.py'),
      P('a/b/c.py').full_match('a/*.py'), P('a/b/c.py').full_match('a/**'), P('A.PY').match('*.py', case_sensitive=False))
for f in [lambda: P('a').relative_to('b'), lambda: P('').with_name('x'), lambda: P('a').with_suffix('x'), lambda: P('/').with_name('x'),
          lambda: P('a').with_name('b/c'), lambda: P('a/b').relative_to('/a'), lambda: P('a/b').relative_to('/a', walk_up=True),
          lambda: P('a/b').relative_to('../x', walk_up=True), lambda: P(5), lambda: P('a').match(''), lambda: P('a').as_uri()]:
    show(f)
print(P('a') / 'b' / P('c'), 'x' / P('y'), P('a') == P('a/'), P('a') < P('b'), P('A') == P('a'), hash(P('a')) == hash(P('a/')), str(P('a/b')),
      P('a/b').as_posix(), bytes(P('a')), os.fspath(P('a/b')), P('/a b/c').as_uri(), sorted([P('b'), P('a/c'), P('a')]))
print(repr(Path('a/b')), type(Path('x')).__name__, type(PurePath('x')).__name__, Path('a').is_relative_to('a'), P('a/b').is_relative_to('c'),
      P('a/b/c').relative_to('a/x', walk_up=True), P('/x').joinpath('y', 'z'), P('a').with_segments('q'), isinstance(Path('x'), PurePath))
base = Path('/tmp') / 'regpy-pathlib-test'
if base.exists():  # left over from an interrupted run
    for dirpath, dirnames, filenames in os.walk(base, topdown=False):
        for name in filenames:
            os.unlink(os.path.join(dirpath, name))
        os.rmdir(dirpath)
(base / 'sub' / 'deep').mkdir(parents=True, exist_ok=True)
print((base / 'f.txt').write_text('hello\nworld\n'), (base / 'f.txt').read_text().splitlines(), (base / 'b.bin').write_bytes(b'\x00\x01'),
      (base / 'b.bin').read_bytes(), (base / 'sub' / 'deep' / 'x.py').touch(), (base / 'f.txt').exists(), (base / 'nope').exists(),
      (base / 'sub').is_dir(), (base / 'f.txt').is_file(), (base / 'f.txt').stat().st_size)
print(sorted(c.name for c in base.iterdir()), sorted(str(g.relative_to(base)) for g in base.glob('*.txt')),
      sorted(str(g.relative_to(base)) for g in base.rglob('*.py')), sorted(str(g.relative_to(base)) for g in base.glob('**/deep')),
      sorted(str(g.relative_to(base)) for g in base.glob('sub/*')))
moved = (base / 'f.txt').rename(base / 'g.txt')
print(moved.name, moved.exists(), (base / 'f.txt').exists(), Path('.').absolute().is_absolute(), Path('a/../b').resolve().is_absolute(),
      Path.cwd() == Path(os.getcwd()))
show((base / 'missing').unlink)
(base / 'missing').unlink(missing_ok=True)
show(base.mkdir)
for f in [moved, base / 'b.bin', base / 'sub' / 'deep' / 'x.py']:
    f.unlink()
(base / 'sub' / 'deep').rmdir()
(base / 'sub').rmdir()
base.rmdir()
print(base.exists())
