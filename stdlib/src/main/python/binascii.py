"""Conversions between binary data and ASCII (pure-Python binascii for regpy).

Base64 (a2b_base64 with strict_mode, b2a_base64), hex (hexlify/unhexlify with separators)
and CRC-32.  base64 builds on this module, as in CPython.
"""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex', 'hexlify',
           'unhexlify', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64_ALPHABET)}



def _as_bytes(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _b64encode_raw(data):
    """Base64 of data with = padding (no newline)."""
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63],
                      _B64_ALPHABET[(n >> 6) & 63], _B64_ALPHABET[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63],
                      _B64_ALPHABET[(n >> 6) & 63])) + b'='
    return bytes(out)


def _b64decode_raw(data, strict):
    """binascii.a2b_base64: a quad state machine; strict mode rejects stray bytes and padding."""
    values = []
    quad_pos = 0
    pads = 0
    padding_started = False
    complete = False
    for i, c in enumerate(data):
        if c == 0x3d:  # '='
            padding_started = True
            if strict and quad_pos == 0:
                raise Error('Leading padding not allowed' if i == 0 else
                            'Excess padding not allowed')
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict and i + 1 < len(data):
                    raise Error('Excess data after padding')
                complete = True
                break
            continue
        value = _B64_INDEX.get(c)
        if value is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        values.append(value)
        quad_pos = (quad_pos + 1) % 4
    if not complete and quad_pos:
        if quad_pos == 1:
            raise Error(f'Invalid base64-encoded string: number of data characters '
                        f'({len(values)}) cannot be 1 more than a multiple of 4')
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(values), 4):
        chunk = values[i:i + 4]
        n = 0
        for v in chunk:
            n = (n << 6) | v
        n <<= 6 * (4 - len(chunk))
        out += n.to_bytes(3, 'big')[:len(chunk) - 1]
    return bytes(out)


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _as_bytes(data)
    return _b64encode_raw(data) + (b'\n' if newline else b'')


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data."""
    return _b64decode_raw(_as_bytes(data), strict_mode)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (optionally with a separator)."""
    data = _as_bytes(data) if not isinstance(data, str) else None
    if data is None:
        raise TypeError("a bytes-like object is required, not 'str'")
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, str):
        sep = sep.encode('ascii')
    return data.hex(sep.decode('ascii'), bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data of hexadecimal representation (the inverse of hexlify)."""
    hexstr = _as_bytes(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(hexstr.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32_TABLE = _crc32_table()


def crc32(data, value=0, /):
    """Compute CRC-32 incrementally."""
    crc = ~value & 0xFFFFFFFF
    table = _CRC32_TABLE
    for byte in _as_bytes(data):
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
