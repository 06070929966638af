"""A small os module for regpy: constants, os.path, and whatever the VM's native _os offers.

Functions that need the operating system delegate to the native module `_os` (regpy) or
`posix` (when these modules run on CPython for testing).  Without one, they raise
NotImplementedError naming the missing function, instead of failing obscurely.
"""

import sys

try:
    import _os as _native
except ImportError:
    try:
        import posix as _native
    except ImportError:
        _native = None

import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = '\n'

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4

error = OSError


def _unavailable(fname):
    def missing(*args, **kwargs):
        raise NotImplementedError(f'os.{fname}() is not available: regpy has no native _os module')
    missing.__name__ = fname
    return missing


# Functions taken from the native module when it provides them.
_DELEGATED = ['getcwd', 'getcwdb', 'chdir', 'listdir', 'mkdir', 'rmdir', 'remove', 'unlink',
              'rename', 'replace', 'stat', 'lstat', 'getpid', 'urandom', 'cpu_count',
              'readlink', 'access', 'scandir', 'close', 'open', 'read', 'write', 'kill',
              'strerror', 'get_terminal_size', 'times', 'umask', 'utime', 'symlink', 'chmod',
              'fstat', 'isatty']
for _name in _DELEGATED:
    globals()[_name] = getattr(_native, _name, None) or _unavailable(_name)
del _name

if not hasattr(_native, 'unlink') and hasattr(_native, 'remove'):
    unlink = remove

# Flag and mode constants (O_RDONLY, ...) come from the native module as well.
for _name in dir(_native):
    if _name.startswith(('O_', 'EX_')) and _name.isupper():
        globals()[_name] = getattr(_native, _name)
del _name



class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(path):
    """Return the file system path representation of the object (str or bytes)."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(f'expected {path_type.__name__}.__fspath__() to return str or bytes, '
                    f'not {type(path_repr).__name__}')


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def _load_environ():
    raw = getattr(_native, 'environ', None) or {}
    env = {}
    for key, value in raw.items():
        if isinstance(key, bytes):
            key, value = fsdecode(key), fsdecode(value)
        env[key] = value
    return env


environ = _load_environ()


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        (dirs if path.isdir(path.join(top, entry)) else nondirs).append(entry)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
