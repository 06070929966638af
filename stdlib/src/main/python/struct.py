"""Interpret bytes as packed binary data (pure-Python struct for regpy).

Formats, sizes, native alignment and error messages follow CPython on a 64-bit little-endian
Linux machine.  Floats are encoded to IEEE 754 half/single/double bit patterns here, with
round-half-even, from math.frexp and integer arithmetic.
"""

import math
import sys

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    pass


error.__module__ = 'struct'

_NATIVE_ORDER = sys.byteorder
# code: (standard size, native size); native sizes are those of x86-64 Linux.
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2),
          'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (4, 8), 'L': (4, 8), 'q': (8, 8),
          'Q': (8, 8), 'n': (None, 8), 'N': (None, 8), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8),
          's': (1, 1), 'p': (1, 1), 'P': (None, 8)}
_FLOAT_LAYOUT = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}  # (exponent bits, mantissa bits)


class _Item:
    __slots__ = ('code', 'count', 'size', 'offset')

    def __init__(self, code, count, size, offset):
        self.code, self.count, self.size, self.offset = code, count, size, offset


def _parse(fmt):
    """(byte order, native?, items, total size) for a format string."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError(f'Struct() argument 1 must be a str or bytes object, not '
                        f'{type(fmt).__name__}')
    order, native, i = _NATIVE_ORDER, True, 0
    if fmt and fmt[0] in '@=<>!':
        order = {'@': _NATIVE_ORDER, '=': _NATIVE_ORDER, '<': 'little', '>': 'big',
                 '!': 'big'}[fmt[0]]
        native = fmt[0] == '@'
        i = 1
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
        i += 1
        if c not in _SIZES:
            raise error('bad char in struct format')
        std, nat = _SIZES[c]
        size = nat if native else std
        if size is None:
            raise error('bad char in struct format')
        if native and c not in 'sp' and size > 1:
            offset = (offset + size - 1) // size * size  # native alignment
        count = 1 if count is None else count
        items.append(_Item(c, count, size, offset))
        offset += size * count if c not in 'sp' else count
    return order, items, offset


def _index(value):
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise error('required argument is not an integer') from None


def _int_limits(code, size):
    if code in 'bhilqnP' and code.islower() or code == 'n':
        return -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    return 0, (1 << (8 * size)) - 1


def _round_shift(n, shift):
    """n / 2**shift rounded half to even (n >= 0)."""
    if shift <= 0:
        return n << -shift
    q, r = n >> shift, n & ((1 << shift) - 1)
    half = 1 << (shift - 1)
    if r > half or (r == half and q & 1):
        q += 1
    return q


def _float_bits(x, code):
    exp_bits, mant_bits = _FLOAT_LAYOUT[code]
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (exp_bits + mant_bits)) | (max_exp << mant_bits) | (1 << (mant_bits - 1))
    if math.isinf(x):
        return (sign << (exp_bits + mant_bits)) | (max_exp << mant_bits)
    if x == 0:
        return sign << (exp_bits + mant_bits)
    m, e = math.frexp(abs(x))        # abs(x) == m * 2**e, 0.5 <= m < 1
    n = int(m * (1 << 53))           # exact: abs(x) == n * 2**(e - 53)
    biased = e - 1 + bias
    if biased >= 1:
        q = _round_shift(n, 53 - (mant_bits + 1))
        if q == 1 << (mant_bits + 1):
            q >>= 1
            biased += 1
        if biased >= max_exp:
            raise OverflowError(f'float too large to pack with {code} format')
        bits = (biased << mant_bits) | (q - (1 << mant_bits))
    else:
        # Subnormal: units of 2**(1 - bias - mant_bits); rounding may carry into exponent 1.
        bits = _round_shift(n, (1 - bias - mant_bits) - (e - 53))
    return (sign << (exp_bits + mant_bits)) | bits


def _bits_float(bits, code):
    exp_bits, mant_bits = _FLOAT_LAYOUT[code]
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if bits >> (exp_bits + mant_bits) else 1.0
    exp = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mant = bits & ((1 << mant_bits) - 1)
    if exp == (1 << exp_bits) - 1:
        return math.copysign(math.nan, sign) if mant else sign * math.inf
    if exp == 0:
        return sign * math.ldexp(mant, 1 - bias - mant_bits)
    return sign * math.ldexp(mant | (1 << mant_bits), exp - bias - mant_bits)


def _pack_one(code, size, value, order):
    if code == 'c':
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error('char format requires a bytes object of length 1')
        return bytes(value)
    if code == '?':
        return b'\x01' if value else b'\x00'
    if code in 'efd':
        if isinstance(value, (str, bytes, bytearray)) or not (
                hasattr(type(value), '__float__') or hasattr(type(value), '__index__')):
            raise error('required argument is not a float')
        x = float(value)
        return _float_bits(x, code).to_bytes(size, order)
    n = _index(value)
    low, high = _int_limits(code, size)
    if not low <= n <= high:
        raise error(f"'{code}' format requires {low} <= number <= {high}")
    return n.to_bytes(size, order, signed=low < 0)


def _unpack_one(code, size, data, order):
    if code == 'c':
        return data
    if code == '?':
        return data != b'\x00'
    if code in 'efd':
        return _bits_float(int.from_bytes(data, order), code)
    low, _ = _int_limits(code, size)
    return int.from_bytes(data, order, signed=low < 0)


class Struct:
    """Struct(fmt) --> compiled struct object."""

    def __init__(self, format):
        self._order, self._items, self.size = _parse(format)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format
        self._nvalues = sum(0 if it.code == 'x' else (1 if it.code in 'sp' else it.count)
                            for it in self._items)

    def __repr__(self):
        return f'Struct({self.format!r})'

    def pack(self, *values):
        """Return a bytes object containing values packed according to the format."""
        if len(values) != self._nvalues:
            raise error(f'pack expected {self._nvalues} items for packing (got {len(values)})')
        out = bytearray(self.size)
        it = iter(values)
        for item in self._items:
            pos = item.offset
            if item.code == 'x':
                continue
            if item.code in 'sp':
                value = next(it)
                if not isinstance(value, (bytes, bytearray)):
                    raise error(f"argument for '{item.code}' must be a bytes object")
                if item.code == 's':
                    data = bytes(value[:item.count])
                else:
                    length = min(len(value), item.count - 1, 255) if item.count else 0
                    data = (bytes([length]) + bytes(value[:length]))[:item.count]
                out[pos:pos + len(data)] = data
                continue
            for _ in range(item.count):
                out[pos:pos + item.size] = _pack_one(item.code, item.size, next(it), self._order)
                pos += item.size
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        """Pack values into buffer (a writable bytes-like object) starting at offset."""
        data = self.pack(*values)
        if offset < 0:
            offset += len(buffer)
        if offset + self.size > len(buffer):
            raise error(f'pack_into requires a buffer of at least {self.size + offset} bytes '
                        f'for packing {self.size} bytes at offset {offset} (actual buffer size '
                        f'is {len(buffer)})')
        buffer[offset:offset + self.size] = data

    def _unpack_at(self, data, base):
        values = []
        for item in self._items:
            pos = base + item.offset
            if item.code == 'x':
                continue
            if item.code == 's':
                values.append(bytes(data[pos:pos + item.count]))
                continue
            if item.code == 'p':
                length = min(data[pos], item.count - 1) if item.count else 0
                values.append(bytes(data[pos + 1:pos + 1 + length]))
                continue
            for _ in range(item.count):
                values.append(_unpack_one(item.code, item.size, bytes(data[pos:pos + item.size]),
                                          self._order))
                pos += item.size
        return tuple(values)

    def unpack(self, buffer):
        """Return a tuple containing values unpacked according to the format."""
        data = memoryview(buffer).tobytes() if not isinstance(buffer, bytes) else buffer
        if len(data) != self.size:
            raise error(f'unpack requires a buffer of {self.size} bytes')
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        """Values unpacked from buffer starting at offset."""
        data = memoryview(buffer).tobytes() if not isinstance(buffer, bytes) else buffer
        if offset < 0:
            offset += len(data)
        if offset + self.size > len(data):
            raise error(f'unpack_from requires a buffer of at least {self.size + offset} bytes '
                        f'for unpacking {self.size} bytes at offset {offset} (actual buffer '
                        f'size is {len(data)})')
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        """An iterator of tuples, unpacking successive size-byte chunks of buffer."""
        data = memoryview(buffer).tobytes() if not isinstance(buffer, bytes) else buffer
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error(f'iterative unpacking requires a buffer of a multiple of {self.size} '
                        'bytes')
        return (self._unpack_at(data, base) for base in range(0, len(data), self.size))


_cache = {}


def _struct(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        s = Struct(fmt)
        if len(_cache) < 100:
            try:
                _cache[fmt] = s
            except TypeError:
                pass
        return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
