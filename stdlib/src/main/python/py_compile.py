"""Byte-compile one Python source file to a .pyc file (CPython 3.13's py_compile).

The .pyc format (PEP 552 header, marshal) and the file operations come from the Java module
_pyc (the translator's regpy.code.Pyc); compiling is builtins.compile.
"""

import sys
import _pyc

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """An error while compiling: msg is what py_compile prints."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            errmsg = _format_syntax_error(exc_value, file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


def _format_syntax_error(e, file):
    """The lines traceback.format_exception_only gives for a SyntaxError."""
    lines = ['  File "%s", line %s\n' % (e.filename if e.filename is not None else file, e.lineno)]
    if e.text is not None:
        text = e.text.rstrip('\n')
        stripped = text.lstrip(' \t\f')
        lines.append('    %s\n' % stripped)
        if e.offset is not None:
            indent = len(text) - len(stripped)
            start = e.offset - 1 - indent
            end = (e.end_offset - 1 - indent) if e.end_lineno == e.lineno and e.end_offset else start + 1
            if start >= 0:
                lines.append('    ' + ' ' * start + '^' * max(1, end - start) + '\n')
    lines.append('%s: %s\n' % (type(e).__name__, e.msg))
    return ''.join(lines)


class PycInvalidationMode:
    """TIMESTAMP, CHECKED_HASH, UNCHECKED_HASH (an enum in CPython; the values are the same)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "<PycInvalidationMode.%s: %d>" % (self.name, self.value)


PycInvalidationMode.TIMESTAMP = PycInvalidationMode("TIMESTAMP", 1)
PycInvalidationMode.CHECKED_HASH = PycInvalidationMode("CHECKED_HASH", 2)
PycInvalidationMode.UNCHECKED_HASH = PycInvalidationMode("UNCHECKED_HASH", 3)


def _get_default_invalidation_mode():
    import os
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def _split(path):
    i = path.rfind('/')
    return (path[:i] if i > 0 else ('/' if i == 0 else ''), path[i + 1:])


def _cache_from_source(path, optimization=''):
    """PEP 3147's location of the .pyc of a source file (importlib.util.cache_from_source)."""
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, tail = _split(path)
    base, sep, rest = tail.rpartition('.')
    almost = '.'.join([(base if sep else rest), tag])
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.opt-{optimization}'
    name = almost + '.pyc'
    return (head + '/' if head else '') + '__pycache__/' + name


def _source_from_cache(path):
    """The source file a PEP 3147 .pyc path belongs to (importlib.util.source_from_cache)."""
    head, pycache_filename = _split(path)
    head, pycache = _split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    if dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
    base_filename = pycache_filename.partition('.')[0]
    return (head + '/' if head else '') + base_filename + '.py'


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    """Compiles file to cfile (by default its PEP 3147 location); returns cfile, or None on error."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        cfile = _cache_from_source(file, optimization=optimize if optimize >= 1 else '')
    info = _pyc.stat(cfile)
    if info is not None:
        is_file, is_dir, is_link = info[:3]
        if is_link:
            raise FileExistsError('{} is a symlink and will be changed into a regular file if '
                                  'import writes a byte-compiled file to it'.format(cfile))
        if not is_file:
            raise FileExistsError('{} is a non-regular file and will be changed into a regular '
                                  'one if import writes a byte-compiled file to it'.format(cfile))
    source_bytes = _pyc.read_bytes(file)
    try:
        code = builtins_compile(source_bytes, dfile or file, 'exec', dont_inherit=True, optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return None
    if invalidation_mode is PycInvalidationMode.TIMESTAMP:
        info = _pyc.stat(file)
        data = _pyc.pyc_data(code, source_bytes, info[3], info[4], 0)
    else:
        checked = invalidation_mode is PycInvalidationMode.CHECKED_HASH
        data = _pyc.pyc_data(code, source_bytes, 0, 0, 1 if checked else 2)
    _pyc.write_atomic(cfile, data)
    return cfile


import builtins as _builtins  # noqa: E402
builtins_compile = _builtins.compile
del _builtins


def main():
    args = sys.argv[1:]
    quiet = False
    if args and args[0] in ('-q', '--quiet'):
        quiet = True
        args = args[1:]
    if not args:
        sys.stderr.write("usage: py_compile.py [-h] [-q] filenames [filenames ...]\n"
                         "py_compile.py: error: the following arguments are required: filenames\n")
        sys.exit(2)
    if args == ['-']:
        filenames = [filename.rstrip('\n') for filename in sys.stdin.readlines()]
    else:
        filenames = args
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if not quiet:
                sys.stderr.write(error.msg)
            sys.exit(1)
        except OSError as error:
            if not quiet:
                sys.stderr.write(str(error))
            sys.exit(1)


if __name__ == "__main__":
    main()
