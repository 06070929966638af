"""Unix shell-style filename matching (pure-Python fnmatch for regpy).

Patterns (* ? [seq] [!seq]) are translated to regular expressions, in the same form as
CPython's translate(), and compiled with regpy's re.
"""

import functools
import os
import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = bytes(translate(pat.decode('ISO-8859-1')), 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def translate(pat):
    """Translate a shell PATTERN to a regular expression (anchored with \\Z, DOTALL)."""
    return _join(_pieces(pat))


def _pieces(pat):
    """The pattern as regex fragments, with _STAR for each run of '*'."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            piece, i = _bracket(pat, i)
            pieces.append(piece)
        else:
            pieces.append(re.escape(c))
    return pieces


def _bracket(pat, i):
    """Translate the [...] starting just after '[' at index i: (fragment, next index)."""
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return '\\[', i
    if '-' not in pat[i:j]:
        stuff = pat[i:j].replace('\\', '\\\\')
    else:
        stuff = _ranges(pat, i, j)
    for op in '&~|':  # set operations are reserved in character classes
        stuff = stuff.replace(op, '\\' + op)
    if not stuff:
        return '(?!)', j + 1
    if stuff == '!':
        return '.', j + 1
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return f'[{stuff}]', j + 1


def _ranges(pat, i, j):
    """A bracket body with '-': keep real ranges, drop empty ones, escape stray hyphens."""
    chunks = []
    k = i + 2 if pat[i] == '!' else i + 1
    while True:
        k = pat.find('-', k, j)
        if k < 0:
            break
        chunks.append(pat[i:k])
        i = k + 1
        k += 3
    chunk = pat[i:j]
    if chunk:
        chunks.append(chunk)
    else:
        chunks[-1] += '-'
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return '-'.join(s.replace('\\', '\\\\').replace('-', '\\-') for s in chunks)


def _join(pieces):
    """Join fragments; each '*' before fixed text becomes an atomic lazy group."""
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*' + fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return f"(?s:{''.join(out)})\\Z"
