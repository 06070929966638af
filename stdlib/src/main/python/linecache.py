"""Cache lines from Python source files (pure-Python linecache for regpy)."""

__all__ = ['getline', 'getlines', 'clearcache', 'checkcache', 'lazycache']

cache = {}  # filename -> (size, mtime, lines, fullname); size and mtime are not tracked


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache ('' if unavailable)."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file, reading and caching it if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    return updatecache(filename, module_globals)


def updatecache(filename, module_globals=None):
    """(Re)read a source file into the cache; [] if it cannot be read."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = None, None, lines, filename
    return lines


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def checkcache(filename=None):
    """Discard cache entries that may be stale (regpy: every entry, files are cheap to reread)."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    """Lazy loading from module loaders is not supported: always False."""
    return False
