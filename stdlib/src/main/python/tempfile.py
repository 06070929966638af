"""Temporary files and directories (pure-Python tempfile for regpy).

Names are random (from the random module's own generator); files are created with
O_CREAT|O_EXCL through the os module, so the OS calls come from regpy's native _os.
"""

import io
import os
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'gettempdir', 'gettempprefix', 'gettempdirb',
           'gettempprefixb', 'TMP_MAX', 'tempdir', 'template']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def _random_name():
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    """The default prefix for temporary names ('tmp')."""
    return template


def gettempprefixb():
    return os.fsencode(template)


def _candidate_dirs():
    for env in ('TMPDIR', 'TEMP', 'TMP'):
        value = os.getenv(env)
        if value:
            yield value
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    try:
        yield os.getcwd()
    except (OSError, NotImplementedError):
        yield os.curdir


def gettempdir():
    """The default directory for temporary files: $TMPDIR, $TEMP, $TMP or /tmp."""
    global tempdir
    if tempdir is None:
        for candidate in _candidate_dirs():
            if os.path.isdir(candidate):
                tempdir = os.path.abspath(candidate)
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found')
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def _resolve(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file securely; returns (OS-level handle, absolute path)."""
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory securely; returns its absolute path."""
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """An unused file name (unsafe: the name may be taken before it is used)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object with a .name, deleted on close (or on exit) when delete is true."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def close(self):
        self.file.close()
        if self._delete_on_close:
            self._cleanup()

    def _cleanup(self):
        if self.delete and not self._closed:
            self._closed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """A temporary file with a visible name (file.name), deleted when closed."""
    fd, name = mkstemp(suffix, prefix, dir, text='b' not in mode)
    os.close(fd)
    file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding,
                errors=errors)
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file, deleted when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                              errors=errors)


class SpooledTemporaryFile(io.StringIO):
    """Kept in memory: regpy spools text data to an io.StringIO only."""

    def __init__(self, max_size=0, mode='w+b', *args, **kwargs):
        if 'b' in mode:
            raise NotImplementedError('regpy tempfile.SpooledTemporaryFile supports text '
                                      'modes only')
        super().__init__()

    def rollover(self):
        pass


class TemporaryDirectory:
    """A temporary directory, removed with its contents on cleanup() or at the end of 'with'."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        import shutil
        if os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
