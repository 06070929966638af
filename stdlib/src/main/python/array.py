"""Efficient arrays of numeric values (pure-Python array for regpy).

Items are kept in a Python list, checked and converted on the way in exactly as CPython's
C array would (same OverflowError/TypeError messages); tobytes/frombytes go through struct.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuwhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# typecode: (minimum, maximum, message stem, message for negatives of unsigned C conversions)
_INT_RULES = {
    'b': (-128, 127, 'signed char', None),
    'B': (0, 255, 'unsigned byte integer', None),
    'h': (-2 ** 15, 2 ** 15 - 1, 'signed short integer', None),
    'H': (0, 2 ** 16 - 1, 'unsigned short', None),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer', None),
    'I': (0, 2 ** 32 - 1, 'unsigned int', "can't convert negative value to unsigned int"),
    'l': (-2 ** 63, 2 ** 63 - 1, None, None),
    'L': (0, 2 ** 64 - 1, None, "can't convert negative value to unsigned int"),
    'q': (-2 ** 63, 2 ** 63 - 1, None, None),
    'Q': (0, 2 ** 64 - 1, None, "can't convert negative int to unsigned"),
}
_TOO_LARGE = {'l': 'Python int too large to convert to C long',
              'L': 'Python int too large to convert to C unsigned long',
              'q': 'int too big to convert', 'Q': 'int too big to convert'}


def _index(value):
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") \
            from None


class array:
    """array(typecode [, initializer]) -> array of items of the given C type."""

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not '
                            f'{type(typecode).__name__}')
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, array):
            if initializer._typecode in 'uw' and typecode not in 'uw':
                raise TypeError(f"cannot use a unicode array to initialize an array with "
                                f"typecode '{typecode}'")
            self.extend(list(initializer))
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode not in 'uw':
                raise TypeError(f"cannot use a str to initialize an array with typecode "
                                f"'{typecode}'")
            self.fromunicode(initializer)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    # ------------------------------------------------------------ conversions

    def _check(self, value):
        code = self._typecode
        if code in 'uw':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError('array item must be unicode character')
            return value
        if code in 'fd':
            if not isinstance(value, (int, float)) and not hasattr(type(value), '__float__'):
                raise TypeError(f'must be real number, not {type(value).__name__}')
            x = float(value)
            if code == 'f':
                x = _struct.unpack('f', _struct.pack('f', x))[0]
            return x
        n = _index(value)
        low, high, stem, negative = _INT_RULES[code]
        if n < low:
            raise OverflowError(negative if negative and n < 0 else f'{stem} is less than minimum')
        if n > high:
            raise OverflowError(_TOO_LARGE.get(code) or f'{stem} is greater than maximum')
        return n

    def _same_kind(self, other, message):
        if not isinstance(other, array):
            raise TypeError(message.format(type(other).__name__))
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')

    # ------------------------------------------------------------ methods

    def append(self, v, /):
        self._items.append(self._check(v))

    def extend(self, bb, /):
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        self._items.extend(self._check(v) for v in bb)

    def insert(self, i, v, /):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        stop = len(self._items) if stop is None else stop
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = array(self._typecode, swapped)._items

    def buffer_info(self):
        return id(self), len(self._items)

    def tolist(self):
        return list(self._items)

    def fromlist(self, items, /):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        checked = [self._check(v) for v in items]
        self._items.extend(checked)

    def _struct_code(self):
        return {'u': 'I', 'w': 'I'}.get(self._typecode, self._typecode)

    def tobytes(self):
        code = self._struct_code()
        values = [ord(c) for c in self._items] if self._typecode in 'uw' else self._items
        return _struct.pack(f'={len(values)}{code}', *values)

    def frombytes(self, buffer, /):
        data = bytes(buffer)
        if len(data) % self.itemsize:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // self.itemsize
        values = _struct.unpack(f'={n}{self._struct_code()}', data)
        if self._typecode in 'uw':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def fromunicode(self, ustr, /):
        if self._typecode not in 'uw':
            raise ValueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')")
        if not isinstance(ustr, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(ustr).__name__}')
        self._items.extend(ustr)

    def tounicode(self):
        if self._typecode not in 'uw':
            raise ValueError("tounicode() may only be called on unicode type arrays ('u' or 'w')")
        return ''.join(self._items)

    def __copy__(self):
        return array(self._typecode, self)

    def __deepcopy__(self, memo):
        return array(self._typecode, self)

    def __reduce_ex__(self, protocol):
        return array, (self._typecode, list(self._items))

    # ------------------------------------------------------------ sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._typecode)
            result._items = self._items[index]
            return result
        try:
            return self._items[_index(index)]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            self._same_kind(value, 'can only assign array (not "{}") to array slice')
            self._items[index] = list(value._items)
            return
        try:
            self._items[_index(index)] = self._check(value)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        self._same_kind(other, 'can only append array (not "{}") to array')
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        self._same_kind(other, 'can only extend array with array (not "{}")')
        self._items += other._items
        return self

    def __mul__(self, n):
        result = array(self._typecode)
        result._items = self._items * _index(n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other): return self._compare(other, lambda a, b: a == b)
    def __ne__(self, other): return self._compare(other, lambda a, b: a != b)
    def __lt__(self, other): return self._compare(other, lambda a, b: a < b)
    def __le__(self, other): return self._compare(other, lambda a, b: a <= b)
    def __gt__(self, other): return self._compare(other, lambda a, b: a > b)
    def __ge__(self, other): return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode in 'uw':
            return f"array('{self._typecode}', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ArrayType = array
