"""Common operations on POSIX pathnames (pure-Python posixpath for regpy).

The string functions are pure; exists/isdir/isfile/... and abspath ask the os module.
Every function accepts str or bytes (and os.PathLike objects), like CPython's.
"""

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime',
           'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount',
           'expanduser', 'expandvars', 'normpath', 'abspath', 'samefile', 'curdir',
           'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull',
           'realpath', 'relpath', 'commonpath', 'isjunction', 'isdevdrive']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    import os
    return os.fspath(p)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_same_kind(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    try:
        a = _fspath(a)
        parts = [_fspath(b) for b in p]
    except TypeError:
        _check_same_kind('join', a, *p)
        raise
    sep = _sep(a)
    path = a
    _check_same_kind('join', a, *parts)
    for b in parts:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """Split a pathname into (head, tail); tail is everything after the final slash."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext may be empty."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A leading run of dots in the file name does not start an extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    """Split a pathname into (drive, root, tail)."""
    p = _fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    _, initial_slashes, path = splitroot(path)
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = initial_slashes + sep.join(new_comps)
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        import os
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path (symbolic links are not resolved by regpy yet)."""
    return abspath(filename)


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    start = curdir_ if start is None else _fspath(start)
    _check_same_kind('relpath', path, start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir_
    return join(*rel_list)


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    _check_same_kind('commonpath', *paths)
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
    s1, s2 = min(split_paths), max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    """Expand ~ and ~user constructions (~user only for the current user's HOME)."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user needs the password database, which regpy does not read
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    root = sep if home else home
    return (home.rstrip(sep) or root) + path[i:]


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables are left unchanged."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('utf-8', 'surrogateescape') if is_bytes else path
    if '$' not in text:
        return path
    import os
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if text[i + 1:i + 2] == '{':
            j = text.find('}', i + 2)
            name = text[i + 2:j] if j >= 0 else ''
            end = j + 1
        else:
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == '_') and text[j].isascii():
                j += 1
            name = text[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
            i = end
        else:
            out.append(c)
            i += 1
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if is_bytes else result


# ---------------------------------------------------------------- queries needing os.stat

def _stat(path, lstat=False):
    import os
    return (os.lstat if lstat else os.stat)(path)


def _mode(path, lstat=False):
    try:
        return _stat(path, lstat).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _mode(path) is not None


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    return _mode(path, lstat=True) is not None


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    mode = _mode(s)
    return mode is not None and (mode & 0o170000) == 0o040000


def isfile(path):
    """Test whether a path is a regular file"""
    mode = _mode(path)
    return mode is not None and (mode & 0o170000) == 0o100000


def islink(path):
    """Test whether a path is a symbolic link"""
    mode = _mode(path, lstat=True)
    return mode is not None and (mode & 0o170000) == 0o120000


def isjunction(path):
    """Test whether a path is a junction (never on POSIX)."""
    _fspath(path)
    return False


def isdevdrive(path):
    """Determines whether the specified path is on a Windows Dev Drive (never on POSIX)."""
    _fspath(path)
    return False


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        s1 = _stat(path, lstat=True)
    except (OSError, ValueError):
        return False
    if (s1.st_mode & 0o170000) == 0o120000:
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        s2 = _stat(parent, lstat=True)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    s1, s2 = _stat(f1), _stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _stat(filename).st_ctime
