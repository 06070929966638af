"""Byte-compile directory trees of Python source (CPython 3.13's compileall).

Files are compiled by py_compile; file-system access goes through the Java module _pyc.
With -j N (N != 1) the files of a tree are listed first and then compiled by a thread pool
when concurrent.futures is available (CPython uses processes; regpy threads run in parallel).
"""

import sys
import _pyc
import py_compile

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _join(a, b):
    if not a:
        return b
    return a + b if a.endswith('/') else a + '/' + b


def _is_dir(path):
    info = _pyc.stat(path)
    return info is not None and info[1] and not info[2]


def _walk_dir(dir, maxlevels, quiet=0):
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = _pyc.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    names.sort()
    for name in names:
        if name == '__pycache__':
            continue
        fullname = _join(dir, name)
        if not _is_dir(fullname):
            yield fullname
        elif maxlevels > 0 and name not in ('.', '..'):
            yield from _walk_dir(fullname, maxlevels - 1, quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                workers=1, invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                hardlink_dupes=False):
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
    if ddir is not None:
        stripdir = dir
        prependdir = ddir
        ddir = None
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    options = dict(ddir=ddir, force=force, rx=rx, quiet=quiet, legacy=legacy, optimize=optimize,
                   invalidation_mode=invalidation_mode, stripdir=stripdir, prependdir=prependdir,
                   limit_sl_dest=limit_sl_dest, hardlink_dupes=hardlink_dupes)
    if workers != 1:
        # list the whole tree first, then compile the files in parallel
        files = list(_walk_dir(dir, quiet=quiet, maxlevels=maxlevels))
        pool = _thread_pool(workers)
        if pool is None:
            return all([compile_file(f, **options) for f in files])
        with pool:
            return all(list(pool.map(lambda f: compile_file(f, **options), files)))
    return _compile_tree(dir, maxlevels, options)


def _compile_tree(dir, maxlevels, options):
    """The sequential walk: each directory's entries in name order, subdirectories where they sort."""
    quiet = options['quiet']
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = _pyc.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    names.sort()
    success = True
    for name in names:
        if name == '__pycache__':
            continue
        fullname = _join(dir, name)
        if not _is_dir(fullname):
            if not compile_file(fullname, **options):
                success = False
        elif maxlevels > 0 and name not in ('.', '..'):
            if not _compile_tree(fullname, maxlevels - 1, options):
                success = False
    return success


def _thread_pool(workers):
    try:
        from concurrent.futures import ThreadPoolExecutor
    except ImportError:
        return None
    return ThreadPoolExecutor(max_workers=workers or _pyc.cpu_count())


def _destination(fullname, ddir, stripdir, prependdir):
    dfile = None
    if ddir is not None:
        dfile = _join(ddir, fullname.rsplit('/', 1)[-1])
    if stripdir is not None:
        full = fullname.split('/')
        strip = [p for p in stripdir.split('/') if p]
        parts = [p for p in full if p]
        dfile = '/'.join(parts[len(strip):] if parts[:len(strip)] == strip else parts)
        if fullname.startswith('/') and parts[:len(strip)] != strip:
            dfile = '/' + dfile
    if prependdir is not None:
        dfile = _join(prependdir, dfile if dfile is not None else fullname)
    return dfile


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
    success = True
    name = fullname.rsplit('/', 1)[-1]
    dfile = _destination(fullname, ddir, stripdir, prependdir)
    if rx is not None and rx.search(fullname):
        return success
    optimizations = optimize if isinstance(optimize, list) else [optimize]
    if not (_pyc.stat(fullname) or (False,))[0] or not name.endswith('.py'):
        return success
    if legacy:
        cfiles = {opt: fullname + 'c' for opt in optimizations}
    else:
        cfiles = {opt: py_compile._cache_from_source(fullname, optimization=opt if opt >= 1 else '')
                  for opt in optimizations}
    if not force and _up_to_date(fullname, cfiles.values()):
        return success
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    try:
        ok = True
        for opt, cfile in cfiles.items():
            ok = py_compile.compile(fullname, cfile, dfile, True, optimize=opt,
                                    invalidation_mode=invalidation_mode)
    except py_compile.PyCompileError as err:
        success = False
        if quiet >= 2:
            return success
        elif quiet:
            print('*** Error compiling {!r}...'.format(fullname))
        else:
            print('*** ', end='')
        print(err.msg)
    except (SyntaxError, UnicodeError, OSError) as e:
        success = False
        if quiet >= 2:
            return success
        elif quiet:
            print('*** Error compiling {!r}...'.format(fullname))
        else:
            print('*** ', end='')
        print(e.__class__.__name__ + ':', e)
    else:
        if ok == 0:
            success = False
    return success


def _up_to_date(fullname, cfiles):
    """Every cfile starts with the magic number, flags 0 and the source's mtime."""
    try:
        mtime = _pyc.stat(fullname)[3] & 0xFFFFFFFF
        expect = _pyc.MAGIC_NUMBER + bytes(4) + bytes((mtime >> s) & 0xFF for s in (0, 8, 16, 24))
        for cfile in cfiles:
            if _pyc.read_bytes(cfile)[:12] != expect:
                return False
        return True
    except OSError:
        return False


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None):
    success = True
    for dir in sys.path:
        if (not dir or dir == '.') and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        elif dir.startswith('<'):
            continue         # regpy's own stdlib lives in the jar
        else:
            success = success and compile_dir(dir, maxlevels, None, force, quiet=quiet, legacy=legacy,
                                              optimize=optimize, invalidation_mode=invalidation_mode)
    return success


_USAGE = ("usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR] [-s STRIPDIR]\n"
          "                     [-p PREPENDDIR] [-x REGEXP] [-i FILE] [-j WORKERS]\n"
          "                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]\n"
          "                     [-o OPT_LEVELS] [-e LIMIT_SL_DEST] [--hardlink-dupes]\n"
          "                     [FILE|DIR ...]\n")


def _usage_error(message):
    sys.stderr.write(_USAGE + "compileall.py: error: " + message + "\n")
    sys.exit(2)


def main():
    args = sys.argv[1:]
    maxlevels = None
    recursion = None
    force = legacy = False
    quiet = 0
    ddir = stripdir = prependdir = regexp = flist = None
    workers = 1
    invalidation_mode = None
    opt_levels = []
    dests = []
    valued = {'-r', '-d', '-s', '-p', '-x', '-i', '-j', '-o', '-e', '--invalidation-mode'}
    i = 0
    while i < len(args):
        a = args[i]
        value = None
        if a in valued or (a[:2] in valued and len(a) > 2 and not a.startswith('--')):
            if a in valued:
                i += 1
                if i >= len(args):
                    _usage_error(f"argument {a}: expected one argument")
                value = args[i]
            else:
                a, value = a[:2], a[2:]
        if a == '-l':
            maxlevels = 0
        elif a == '-r':
            recursion = int(value)
        elif a == '-f':
            force = True
        elif a == '-q':
            quiet += 1
        elif a.startswith('-q') and set(a[1:]) == {'q'}:
            quiet += len(a) - 1
        elif a == '-b':
            legacy = True
        elif a == '-d':
            ddir = value
        elif a == '-s':
            stripdir = value
        elif a == '-p':
            prependdir = value
        elif a == '-x':
            import re
            regexp = re.compile(value)
        elif a == '-i':
            flist = value
        elif a == '-j':
            workers = int(value)
        elif a == '-o':
            opt_levels.append(int(value))
        elif a == '-e':
            pass
        elif a == '--hardlink-dupes':
            pass
        elif a == '--invalidation-mode':
            names = {'timestamp': py_compile.PycInvalidationMode.TIMESTAMP,
                     'checked-hash': py_compile.PycInvalidationMode.CHECKED_HASH,
                     'unchecked-hash': py_compile.PycInvalidationMode.UNCHECKED_HASH}
            if value not in names:
                _usage_error(f"argument --invalidation-mode: invalid choice: {value!r}")
            invalidation_mode = names[value]
        elif a in ('-h', '--help'):
            print(_USAGE, end='')
            return True
        elif a.startswith('-') and a != '-':
            _usage_error(f"unrecognized arguments: {a}")
        else:
            dests.append(a)
        i += 1
    if recursion is not None:
        maxlevels = recursion if maxlevels is None else maxlevels
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    if ddir is not None and (stripdir is not None or prependdir is not None):
        _usage_error("-d cannot be used in combination with -s or -p")
    if not opt_levels:
        opt_levels = [-1]
    optimize = opt_levels if len(opt_levels) > 1 else opt_levels[0]
    if flist:
        try:
            source = sys.stdin if flist == '-' else open(flist, encoding="utf-8")
            for line in source:
                dests.append(line.strip())
        except OSError:
            if quiet < 2:
                print("Error reading file list {}".format(flist))
            return False
    success = True
    try:
        if dests:
            for dest in dests:
                info = _pyc.stat(dest)
                if info is not None and info[0]:
                    if not compile_file(dest, ddir, force, regexp, quiet, legacy, optimize=optimize,
                                        invalidation_mode=invalidation_mode, stripdir=stripdir,
                                        prependdir=prependdir):
                        success = False
                else:
                    if not compile_dir(dest, maxlevels, ddir, force, regexp, quiet, legacy, optimize=optimize,
                                       workers=workers, invalidation_mode=invalidation_mode,
                                       stripdir=stripdir, prependdir=prependdir):
                        success = False
            return success
        return compile_path(legacy=legacy, force=force, quiet=quiet, invalidation_mode=invalidation_mode)
    except KeyboardInterrupt:
        if quiet < 2:
            print("\n[interrupted]")
        return False


if __name__ == '__main__':
    exit_status = int(not main())
    sys.exit(exit_status)
