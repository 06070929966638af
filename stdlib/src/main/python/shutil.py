"""High-level file operations (pure-Python shutil for regpy; a subset).

Copying, moving and removing files and trees, and which(), on top of the os module.
"""

import fnmatch
import os

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copy', 'copy2', 'copytree', 'move',
           'rmtree', 'Error', 'SameFileError', 'which', 'ignore_patterns', 'disk_usage',
           'get_terminal_size']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    while buf := fsrc.read(length):
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except (OSError, NotImplementedError):
        return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible; returns dst."""
    if _samefile(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    with open(src, 'rb') as fsrc, open(dst, 'wb') as fdst:
        copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst."""
    chmod = getattr(os, 'chmod', None)
    if chmod is not None:
        chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy mode bits and times (when the OS module offers them) from src to dst."""
    copymode(src, dst)
    st = os.stat(src)
    try:
        os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    except (AttributeError, NotImplementedError, TypeError):
        pass


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"); dst may be a directory. Returns the file."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), also copying times."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    """A function for copytree's ignore argument, ignoring names matching the patterns."""
    def _ignore_patterns(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree; returns the destination directory."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Recursively delete a directory tree."""
    def handle(func, target, exc):
        if ignore_errors:
            return
        if onexc is not None:
            onexc(func, target, exc)
        elif onerror is not None:
            onerror(func, target, (type(exc), exc, exc.__traceback__))
        else:
            raise exc
    try:
        names = os.listdir(path)
    except OSError as exc:
        handle(os.listdir, path, exc)
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror, onexc=onexc)
        else:
            try:
                os.unlink(full)
            except OSError as exc:
                handle(os.unlink, full, exc)
    try:
        os.rmdir(path)
    except OSError as exc:
        handle(os.rmdir, path, exc)


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location; returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip('/')))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=None, path=None):
    """The path of the executable cmd found on PATH, or None."""
    if os.path.dirname(cmd):
        return cmd if _is_executable(cmd) else None
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    for directory in path.split(os.pathsep):
        candidate = os.path.join(directory, cmd)
        if _is_executable(candidate):
            return candidate
    return None


def _is_executable(path):
    try:
        return os.path.isfile(path) and os.access(path, os.X_OK)
    except (OSError, NotImplementedError):
        return False


def disk_usage(path):
    """Total, used and free space of the file system holding path (needs os.statvfs)."""
    raise NotImplementedError('regpy shutil.disk_usage() needs os.statvfs, which regpy lacks')


def get_terminal_size(fallback=(80, 24)):
    """The terminal size from $COLUMNS/$LINES, the OS, or the fallback."""
    import collections
    size = collections.namedtuple('terminal_size', 'columns lines')
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            native = os.get_terminal_size()
            columns = columns or native.columns
            lines = lines or native.lines
        except (OSError, NotImplementedError, AttributeError):
            columns = columns or fallback[0]
            lines = lines or fallback[1]
    return size(columns, lines)
