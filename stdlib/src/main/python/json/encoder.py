"""JSON encoding."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPE_DICT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
                '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE_DICT.setdefault(chr(_i), f'\\u{_i:04x}')
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII characters kept)."""
    return '"' + ''.join(_ESCAPE_DICT.get(c, c) for c in s) + '"'


def _ascii_escape(c):
    try:
        return _ESCAPE_DICT[c]
    except KeyError:
        n = ord(c)
        if n < 0x7f:
            return c
        if n < 0x10000:
            return f'\\u{n:04x}'
        n -= 0x10000
        return f'\\u{0xd800 | (n >> 10):04x}\\u{0xdc00 | (n & 0x3ff):04x}'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    return '"' + ''.join(c if ' ' <= c < '\x7f' and c not in '"\\' else _ascii_escape(c)
                         for c in s) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null.  Override default() for other types.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (override in subclasses)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        return _Encoding(self).encode(o, 0)


class _Encoding:
    """One run of an encoder over an object graph (holds the circular-reference markers)."""

    def __init__(self, encoder):
        self.enc = encoder
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.encode_str = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring

    def float_repr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError(f'Out of range float values are not JSON compliant: {o!r}')
        return text

    def mark(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        return '\n' + self.indent * level

    def primitive(self, o):
        """The JSON text of a str/None/bool/int/float, or None for anything else."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_repr(o)
        return None

    def encode(self, o, level):
        text = self.primitive(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            self.mark(o)
            yield from self.encode(self.enc.default(o), level)
            self.unmark(o)

    # Chunking follows CPython's iterencode(): a primitive item is yielded together with
    # the separator before it, containers as separate chunks.
    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.mark(lst)
        prefix = '['
        if self.indent is not None:
            level += 1
            separator = self.enc.item_separator + self.newline(level)
            prefix += self.newline(level)
        else:
            separator = self.enc.item_separator
        for i, value in enumerate(lst):
            if i:
                prefix = separator
            text = self.primitive(value)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.encode(value, level)
        if self.indent is not None:
            yield self.newline(level - 1)
        yield ']'
        self.unmark(lst)

    def key_string(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_repr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.mark(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            separator = self.enc.item_separator + self.newline(level)
            yield self.newline(level)
        else:
            separator = self.enc.item_separator
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key_string(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield self.encode_str(key)
            yield self.enc.key_separator
            yield from self.encode(value, level)
        if self.indent is not None:
            yield self.newline(level - 1)
        yield '}'
        self.unmark(dct)
