"""Object-oriented filesystem paths (pure-Python pathlib for regpy; POSIX flavour).

PurePath/PurePosixPath do path arithmetic only; Path/PosixPath add filesystem access through
the os module and open().  Windows flavours are not provided.
"""

import fnmatch
import io
import os

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath',
           'UnsupportedOperation']


class UnsupportedOperation(NotImplementedError):
    """An exception that is raised when an unsupported operation is attempted."""


def _as_str(arg):
    if isinstance(arg, PurePath):
        return str(arg)
    try:
        path = os.fspath(arg)
    except TypeError:
        path = arg
    if not isinstance(path, str):
        raise TypeError('argument should be a str or an os.PathLike object where __fspath__ '
                        f'returns a str, not {type(path).__name__!r}')
    return path


class _PathParents:
    """The logical ancestors of a path, as an immutable sequence."""
    __slots__ = ('_path', '_parts')

    def __init__(self, path):
        self._path = path
        self._parts = path._tail

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parts(self._path._root, self._parts[:-idx - 1])

    def __repr__(self):
        return f'<{type(self._path).__name__}.parents>'


class PurePath:
    """Base class for manipulating paths without I/O."""
    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        root, tail = '', []
        for arg in args:
            text = _as_str(arg)
            if text.startswith('/'):
                root, tail = _root_of(text), []
            tail.extend(part for part in text.split('/') if part and part != '.')
        self._root = root
        self._tail = tuple(tail)
        self._str = None
        self._hash = None

    @classmethod
    def _from_parts(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tuple(tail)
        self._str = None
        self._hash = None
        return self

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    # ------------------------------------------------------------ string forms

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._tail)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/) slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f'{type(self).__name__}({self.as_posix()!r})'

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/')
        quoted = ''.join(c if c in safe else ''.join(f'%{b:02X}' for b in c.encode('utf-8'))
                         for c in str(self))
        return 'file://' + quoted

    # ------------------------------------------------------------ comparisons

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other) and type(self)._flavour_name() == type(other)._flavour_name()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _key(self):
        return ((self._root,) if self._root else ()) + self._tail

    def _compare(self, other, op):
        if not isinstance(other, PurePath) or \
                type(self)._flavour_name() != type(other)._flavour_name():
            return NotImplemented
        return op(self._key(), other._key())

    def __lt__(self, other): return self._compare(other, lambda a, b: a < b)
    def __le__(self, other): return self._compare(other, lambda a, b: a <= b)
    def __gt__(self, other): return self._compare(other, lambda a, b: a > b)
    def __ge__(self, other): return self._compare(other, lambda a, b: a >= b)

    @classmethod
    def _flavour_name(cls):
        return 'posix'

    # ------------------------------------------------------------ components

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._tail

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    # ------------------------------------------------------------ derived paths

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if not name or '/' in name or name == '.':
            raise ValueError(f'Invalid name {name!r}')
        return self._from_parts(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f'{self!r} has a non-empty suffix')
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed (or removed, if empty)."""
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError(f'Invalid suffix {suffix!r}')
        name = self.name
        if not name:
            raise ValueError(f'{self!r} has an empty name')
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self.with_name(base + suffix)

    def relative_to(self, other, *, walk_up=False):
        """The relative path to another path identified by the passed arguments."""
        other = self.with_segments(other)
        if self._root != other._root:
            if walk_up:
                raise ValueError(f'{str(self)!r} and {str(other)!r} have different anchors')
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
        common = 0
        for a, b in zip(self._tail, other._tail):
            if a != b:
                break
            common += 1
        if common < len(other._tail):
            if not walk_up:
                raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
            if '..' in other._tail[common:]:
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        ups = ('..',) * (len(other._tail) - common)
        return self._from_parts('', ups + self._tail[common:])

    def is_relative_to(self, other):
        """Return True if the path is relative to another path or False."""
        other = self.with_segments(other)
        return other._root == self._root and self._tail[:len(other._tail)] == other._tail

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern, *, case_sensitive=None):
        """Return True if this path matches the given pattern (relative ones from the right)."""
        pattern = self.with_segments(path_pattern)
        if not pattern.parts:
            raise ValueError('empty pattern')
        pat_parts = pattern.parts
        parts = self.parts
        if pattern._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        match = fnmatch.fnmatchcase if case_sensitive in (None, True) else \
            (lambda n, p: fnmatch.fnmatchcase(n.lower(), p.lower()))
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not match(part, pat):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Return True if the whole path matches the glob-style pattern ('**' spans parts)."""
        pattern = self.with_segments(pattern)
        fold = case_sensitive is False
        return _match_parts(list(self.parts), list(pattern.parts), fold)


def _root_of(text):
    if text.startswith('//') and not text.startswith('///'):
        return '//'
    return '/'


def _match_parts(parts, pats, fold):
    if not pats:
        return not parts
    if pats[0] == '**':
        return any(_match_parts(parts[i:], pats[1:], fold) for i in range(len(parts) + 1))
    if not parts:
        return False
    name, pat = parts[0], pats[0]
    if fold:
        name, pat = name.lower(), pat.lower()
    return fnmatch.fnmatchcase(name, pat) and _match_parts(parts[1:], pats[1:], fold)


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by regpy's pathlib."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation('regpy pathlib: PureWindowsPath is not implemented')


class Path(PurePath):
    """PurePath subclass that can make system calls."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls(os.path.expanduser('~'))

    def absolute(self):
        """Return an absolute version of this path (no normalization)."""
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        """Make the path absolute, resolving '..' components."""
        path = os.path.realpath(str(self.absolute()))
        if strict and not os.path.exists(path):
            raise FileNotFoundError(2, 'No such file or directory', path)
        return self.with_segments(path)

    def expanduser(self):
        return self.with_segments(os.path.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self) if follow_symlinks else os.path.lexists(self)

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(self)

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        """Yield path objects of the directory contents."""
        for name in os.listdir(self):
            yield self / name

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """Iterate over this subtree and yield all existing files matching the pattern."""
        pattern_parts = self.with_segments(pattern).parts
        if not pattern_parts:
            raise ValueError(f'Unacceptable pattern: {pattern!r}')
        yield from self._glob(pattern_parts, case_sensitive is False)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """Like glob() with '**/' added in front of the pattern."""
        return self.glob('**/' + str(pattern), case_sensitive=case_sensitive)

    def _glob(self, parts, fold):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            yield from self._glob(rest, fold)
            for child in self._children():
                if child.is_dir() and not child.is_symlink():
                    yield from child._glob(parts, fold)
        elif any(c in head for c in '*?['):
            for child in self._children():
                name, pat = (child.name.lower(), head.lower()) if fold else (child.name, head)
                if fnmatch.fnmatchcase(name, pat) and (not rest or child.is_dir()):
                    yield from child._glob(rest, fold)
        else:
            child = self / head
            if rest or child.exists():
                if not rest:
                    yield child
                elif child.is_dir():
                    yield from child._glob(rest, fold)

    def _children(self):
        try:
            names = os.listdir(self)
        except OSError:
            return []
        return [self / name for name in names]

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Walk the directory tree: yields (dirpath, dirnames, filenames)."""
        for dirpath, dirnames, filenames in os.walk(self, top_down, on_error, follow_symlinks):
            yield self.with_segments(dirpath), dirnames, filenames

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed to by this path and return a file object."""
        if 'b' not in mode:
            encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {data.__class__.__name__}')
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if not exist_ok and self.exists():
            raise FileExistsError(17, 'File exists', str(self))
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by regpy's pathlib."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation(f'cannot instantiate {cls.__name__!r} on your system')
