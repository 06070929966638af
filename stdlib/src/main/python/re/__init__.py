"""Regular expression operations (pure-Python re for regpy).

The parser (re/_parser.py) builds a tree of nodes that the backtracking engine (re/_engine.py)
matches.  Supported: the full pattern syntax of Python's re except \\N{name} escapes and the
LOCALE flag, with CPython's error messages; Pattern and Match objects; search, match, fullmatch,
findall, finditer, sub/subn (templates and callables), split, escape, flags.
"""

import enum
from re import _parser
from re._engine import Context
from re._parser import error, PatternError

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
           'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag', 'PatternError']


@enum.global_enum
class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = _parser.ASCII
    IGNORECASE = I = _parser.IGNORECASE
    LOCALE = L = _parser.LOCALE
    UNICODE = U = _parser.UNICODE
    MULTILINE = M = _parser.MULTILINE
    DOTALL = S = _parser.DOTALL
    VERBOSE = X = _parser.VERBOSE
    TEMPLATE = T = _parser.TEMPLATE
    DEBUG = _parser.DEBUG
    __str__ = object.__str__
    _numeric_repr_ = hex


_FLAG_ORDER = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
               ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]


def _flags_repr(flags, is_bytes):
    if not is_bytes and not flags & (LOCALE | ASCII):
        flags &= ~UNICODE
    names = []
    for name, value in _FLAG_ORDER:
        if flags & value:
            names.append('re.' + name)
            flags &= ~value
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


# ---------------------------------------------------------------- Pattern

class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._is_bytes = isinstance(pattern, (bytes, bytearray))
        text = pattern.decode('latin-1') if self._is_bytes else pattern
        if self._is_bytes:
            if flags & UNICODE:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            flags |= ASCII
        elif flags & LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & ASCII and flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        parsed = _parser.parse(text, flags, self._is_bytes)
        flags = parsed.flags
        if flags & ASCII and flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        if not self._is_bytes and not flags & ASCII:
            flags |= UNICODE
        if self._is_bytes:
            flags &= ~ASCII
        self.flags = int(flags)
        self.groups = parsed.groups
        self._root = parsed.root
        self._groupindex = parsed.groupindex
        self._prefix = _literal_prefix(parsed.root)
        self._anchored = _anchored(parsed.root)

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(dict(self._groupindex))

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = _flags_repr(self.flags, self._is_bytes)
        if flags:
            return f're.compile({text}, {flags})'
        return f're.compile({text})'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    # ------------------------------------------------------------ matching core

    def _subject(self, string):
        if self._is_bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return bytes(string).decode('latin-1')
        if not isinstance(string, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return string

    @staticmethod
    def _bounds(s, pos, endpos):
        n = len(s)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        pos = min(pos, n)
        return pos, max(endpos, 0)

    def _try_at(self, ctx, start, full=False, forbid_empty_at=-1):
        ctx.marks = [-1] * len(ctx.marks)
        ctx.lastindex = None

        def finish(j):
            if full and j != ctx.end:
                return None
            if j == start == forbid_empty_at:
                return None
            return j
        end = self._root.match(ctx, start, finish)
        return end

    def _search(self, s, string, pos, endpos, forbid_empty_at=-1):
        ctx = Context(s, endpos, self.groups)
        start = pos
        prefix = self._prefix
        while start <= endpos:
            if prefix:
                found = s.find(prefix, start, endpos)
                if found < 0:
                    return None
                start = found
            end = self._try_at(ctx, start, forbid_empty_at=forbid_empty_at)
            if end is not None:
                return Match(self, string, s, ctx, start, end, pos, endpos)
            if self._anchored:
                return None
            start += 1
        return None

    # ------------------------------------------------------------ public methods

    def match(self, string, pos=0, endpos=None):
        """Matches zero or more characters at the beginning of the string."""
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        ctx = Context(s, endpos, self.groups)
        end = self._try_at(ctx, pos) if pos <= endpos else None
        return None if end is None else Match(self, string, s, ctx, pos, end, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        """Matches against all of the string."""
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        ctx = Context(s, endpos, self.groups)
        end = self._try_at(ctx, pos, full=True) if pos <= endpos else None
        return None if end is None else Match(self, string, s, ctx, pos, end, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        """Scan through string looking for a match, and return a corresponding Match."""
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        return self._search(s, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        """Return an iterator over all non-overlapping matches for the RE pattern in string."""
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        return self._iter(s, string, pos, endpos)

    def _iter(self, s, string, pos, endpos):
        forbid = -1
        while pos <= endpos:
            m = self._search(s, string, pos, endpos, forbid)
            if m is None:
                return
            yield m
            start, end = m.span()
            # After an empty match the next one may not be empty at the same place.
            forbid = end if start == end else -1
            pos = end

    def findall(self, string, pos=0, endpos=None):
        """Return a list of all non-overlapping matches of pattern in string."""
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) if m.group(1) is not None else m._empty())
            else:
                result.append(tuple(g if g is not None else m._empty() for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        s = self._subject(string)
        result = []
        last = 0
        count = 0
        for m in self._iter(s, string, 0, len(s)):
            if maxsplit and count >= maxsplit:
                break
            start, end = m.span()
            result.append(_slice(string, last, start))
            result.extend(m.groups())
            last = end
            count += 1
        result.append(_slice(string, last, len(s)))
        return result

    def subn(self, repl, string, count=0):
        """Return (new_string, number_of_subs_made)."""
        s = self._subject(string)
        if callable(repl):
            expand = repl
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and isinstance(template[0], str):
                literal = template[0]
                expand = lambda m: literal  # noqa: E731
            else:
                expand = lambda m: _expand(m, template)  # noqa: E731
        pieces = []
        last = 0
        n = 0
        for m in self._iter(s, string, 0, len(s)):
            if count and n >= count:
                break
            start, end = m.span()
            pieces.append(_slice(string, last, start))
            piece = expand(m)
            if piece is not None:
                if self._is_bytes and isinstance(piece, str):
                    raise TypeError(f'expected a bytes-like object, {type(piece).__name__} found')
                if not self._is_bytes and not isinstance(piece, str):
                    raise TypeError(f'expected str instance, {type(piece).__name__} found')
                pieces.append(piece)
            last = end
            n += 1
        pieces.append(_slice(string, last, len(s)))
        joined = (b'' if self._is_bytes else '').join(pieces)
        return joined, n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('regpy re: Pattern.scanner() is not implemented')


def _slice(string, start, end):
    piece = string[start:end]
    return bytes(piece) if isinstance(string, (bytearray, memoryview)) else piece


def _literal_prefix(root):
    """A literal text every match must start with (lets search() jump with str.find)."""
    from re import _engine as E
    node = root
    if isinstance(node, E.Sequence):
        node = node.items[0]
    if isinstance(node, E.Literal):
        return node.text
    if type(node) is E.Char and not node.ignorecase:
        return node.char
    return ''


def _anchored(root):
    from re import _engine as E
    node = root
    if isinstance(node, E.Sequence):
        node = node.items[0]
    return isinstance(node, E.Anchor) and (node.kind == 'A' or
                                           (node.kind == '^' and not node.multiline))


# ---------------------------------------------------------------- Match

class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, subject, ctx, start, end, pos, endpos):
        self.re = pattern
        self.string = string
        self._s = subject
        self.pos = pos
        self.endpos = endpos
        marks = list(ctx.marks)
        marks[0], marks[1] = start, end
        self._marks = marks
        self.lastindex = ctx.lastindex

    def _empty(self):
        return b'' if self.re._is_bytes else ''

    def _index(self, group):
        if isinstance(group, str):
            try:
                return self.re._groupindex[group]
            except KeyError:
                raise IndexError('no such group') from None
        try:
            index = type(group).__index__(group)
        except AttributeError:
            raise IndexError('no such group') from None
        if not 0 <= index <= self.re.groups:
            raise IndexError('no such group')
        return index

    def _get(self, index, default=None):
        start, end = self._marks[2 * index], self._marks[2 * index + 1]
        if start < 0 or end < 0:
            return default
        return _slice(self.string, start, end)

    def group(self, *groups):
        """Return one or more subgroups of the match."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match."""
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match."""
        return {name: self._get(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return self._marks[2 * index], self._marks[2 * index + 1]

    @property
    def regs(self):
        return tuple((self._marks[2 * i], self._marks[2 * i + 1])
                     for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re._groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the template."""
        return _expand(self, _compile_template(self.re, template))

    def __repr__(self):
        return (f'<re.Match object; span={self.span()!r}, match={self.group()!r}>')

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---------------------------------------------------------------- replacement templates

def _compile_template(pattern, repl):
    """Split a replacement template into literal strings and group indices."""
    is_bytes = pattern._is_bytes
    if is_bytes:
        if isinstance(repl, str):
            raise TypeError(f'expected a bytes-like object, {type(repl).__name__} found')
        text = bytes(repl).decode('latin-1')
    else:
        if not isinstance(repl, str):
            raise TypeError(f'expected str instance, {type(repl).__name__} found')
        text = repl
    items = []
    literal = []
    i, n = 0, len(text)

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err('bad escape (end of pattern)', start)
        c = text[i]
        i += 1
        index = None
        if c == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            close = text.find('>', i + 1)
            if close < 0:
                raise err('missing >, unterminated name', i + 1)
            name = text[i + 1:close]
            if not name:
                raise err('missing group name', i + 1)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise err(f'invalid group reference {index}', i + 1)
            elif name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError(f'unknown group name {name!r}')
                index = pattern._groupindex[name]
            else:
                raise err(f'bad character in group name {name!r}', i + 1)
            i = close + 1
        elif c == '0':
            digits = ''
            while len(digits) < 2 and i < n and text[i] in '01234567':
                digits += text[i]
                i += 1
            literal.append(chr(int('0' + digits, 8)))
        elif c.isdigit():
            digits = c
            if i < n and text[i].isdigit():
                digits += text[i]
                i += 1
                if (digits[0] in '01234567' and digits[1] in '01234567' and i < n
                        and text[i] in '01234567'):
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise err(f'octal escape value \\{digits} outside of range 0-0o377',
                                  start)
                    literal.append(chr(value))
                    continue
            index = int(digits)
            if index > pattern.groups:
                raise err(f'invalid group reference {index}', start + 1)
        elif c in 'abfnrtv\\':
            literal.append({'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                            'v': '\v', '\\': '\\'}[c])
        elif c.isascii() and c.isalpha():
            raise err(f'bad escape \\{c}', start)
        else:
            literal.append('\\' + c)
        if index is not None:
            if literal:
                items.append(''.join(literal))
                literal = []
            items.append(index)
    if literal or not items:
        items.append(''.join(literal))
    if is_bytes:
        items = [item.encode('latin-1') if isinstance(item, str) else item for item in items]
    return items


def _expand(m, template):
    empty = m._empty()
    return empty.join(item if not isinstance(item, int) else (m._get(item) or empty)
                      for item in template)


# ---------------------------------------------------------------- module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    text = pattern.decode('latin-1')
    return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in text).encode('latin-1')


NOFLAG = RegexFlag.NOFLAG
