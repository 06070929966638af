"""JSON decoding: a hand-written recursive-descent scanner (regpy has no re module).

Positions and messages of JSONDecodeError match CPython's C scanner exactly, e.g.
"Expecting value: line 1 column 1 (char 0)".
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    """Raised by the scanner when no JSON value starts at the given index."""

    def __init__(self, idx):
        self.idx = idx


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def _decode_hex4(s, pos):
    """The 4 hex digits after a \\u escape; pos is the index of the 'u'."""
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and all(c in _HEX for c in esc):
        return int(esc, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


def scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is at s[end-1]; return (str, index after it)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        # Copy a run of ordinary characters in one slice.
        run_start = end
        while end < n:
            c = s[end]
            if c == '"' or c == '\\' or (c < ' ' and strict):
                break
            end += 1
        if end > run_start:
            chunks.append(s[run_start:end])
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[end]
        if c == '"':
            return ''.join(chunks), end + 1
        if c != '\\':
            raise JSONDecodeError('Invalid control character at', s, end)
        end += 1
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                chunks.append(_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, end - 1) from None
            end += 1
            continue
        uni = _decode_hex4(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _decode_hex4(s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))


class _Scanner:
    """Scans one JSON value; configured from a JSONDecoder's hooks."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def scan(self, s, idx):
        try:
            return self.value(s, idx)
        finally:
            self.memo.clear()

    def value(self, s, idx):
        if idx >= len(s):
            raise _NoValue(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.object(s, idx + 1)
        if c == '[':
            return self.array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if c == name[0] and s.startswith(name, idx):
                return self.parse_constant(name), idx + len(name)
        return self.number(s, idx)

    def number(self, s, idx):
        n = len(s)
        start = idx
        if idx < n and s[idx] == '-':
            idx += 1
        if idx < n and '1' <= s[idx] <= '9':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif idx < n and s[idx] == '0':
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx + 1 < n and s[idx] == '.' and s[idx + 1] in _DIGITS:
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            is_float = True
        if idx < n and s[idx] in 'eE':
            # An exponent counts only if digits follow; otherwise the number ends before 'e'.
            e = idx + 1
            if e < n and s[e] in '-+':
                e += 1
            if e < n and s[e] in _DIGITS:
                while e < n and s[e] in _DIGITS:
                    e += 1
                idx = e
                is_float = True
        text = s[start:idx]
        return (self.parse_float(text) if is_float else self.parse_int(text)), idx

    def object(self, s, idx):
        pairs = []
        idx = _skip_ws(s, idx)
        if s[idx:idx + 1] == '}':
            return self.finish_object(pairs), idx + 1
        while True:
            if s[idx:idx + 1] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, idx)
            key, idx = scanstring(s, idx + 1, self.strict)
            key = self.memo.setdefault(key, key)
            idx = _skip_ws(s, idx)
            if s[idx:idx + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)
            try:
                value, idx = self.value(s, idx)
            except _NoValue as err:
                raise JSONDecodeError('Expecting value', s, err.idx) from None
            pairs.append((key, value))
            idx = _skip_ws(s, idx)
            c = s[idx:idx + 1]
            if c == '}':
                return self.finish_object(pairs), idx + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            comma = idx
            idx = _skip_ws(s, idx + 1)
            if s[idx:idx + 1] == '}':
                raise JSONDecodeError('Illegal trailing comma before end of object', s, comma)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj

    def array(self, s, idx):
        values = []
        idx = _skip_ws(s, idx)
        if s[idx:idx + 1] == ']':
            return values, idx + 1
        while True:
            try:
                value, idx = self.value(s, idx)
            except _NoValue as err:
                raise JSONDecodeError('Expecting value', s, err.idx) from None
            values.append(value)
            idx = _skip_ws(s, idx)
            c = s[idx:idx + 1]
            if c == ']':
                return values, idx + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            comma = idx
            idx = _skip_ws(s, idx + 1)
            if s[idx:idx + 1] == ']':
                raise JSONDecodeError('Illegal trailing comma before end of array', s, comma)


class JSONDecoder:
    """Simple JSON <https://json.org> decoder.

    Performs the following translations in decoding by default:
    object -> dict, array -> list, string -> str, number (int) -> int,
    number (real) -> float, true -> True, false -> False, null -> None.
    It also understands NaN, Infinity, and -Infinity as their float values.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of s (a str instance containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s starting at idx; return (object, end index)."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return _Scanner(self).scan(s, idx)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.idx) from None
