"""Base16, Base32, Base64 (RFC 4648) and Base85 data encodings (pure-Python base64 for regpy)."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

import binascii


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not '
                        f'{s.__class__.__name__!r}') from None


def _to_bytes(s, funcname='b64encode'):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'") from None


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = binascii.b2a_base64(_to_bytes(s), newline=False)
    if altchars is not None:
        altchars = _to_bytes(altchars)
        if len(altchars) != 2:
            raise ValueError(f'{altchars!r}')
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise ValueError(f'{altchars!r}')
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode with the URL- and filesystem-safe alphabet ('-' and '_' for '+' and '/')."""
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    """Decode data encoded with the URL- and filesystem-safe alphabet."""
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b'-_', b'+/')))


def encodebytes(s):
    """Base64 with a newline every 76 characters and at the end (MIME)."""
    s = _to_bytes(s)
    pieces = [binascii.b2a_base64(s[i:i + 57]) for i in range(0, len(s), 57)]
    return b''.join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    return binascii.a2b_base64(_to_bytes(s))


# ---------------------------------------------------------------- Base32 and Base16

_B32_ALPHABETS = {False: b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', True: b'0123456789ABCDEFGHIJKLMNOPQRSTUV'}


def _b32encode(alphabet, s):
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk.ljust(5, b'\0'), 'big')
        encoded = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += encoded[:used] + b'=' * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    index = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        n = 0
        for c in quanta:
            try:
                n = (n << 5) | index[c]
            except KeyError:
                raise binascii.Error('Non-base32 digit found') from None
        n <<= 5 * (8 - len(quanta))
        out += n.to_bytes(5, 'big')
    if padchars and out:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like objects using base32 and return a bytes object."""
    return _b32encode(_B32_ALPHABETS[False], s)


def b32decode(s, casefold=False, map01=None):
    """Decode the base32 encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32_ALPHABETS[False], s, casefold, map01)


def b32hexencode(s):
    """Encode with the Extended Hex Alphabet base32."""
    return _b32encode(_B32_ALPHABETS[True], s)


def b32hexdecode(s, casefold=False):
    """Decode the Extended Hex Alphabet base32 encoded s."""
    return _b32decode(_B32_ALPHABETS[True], s, casefold)


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return _to_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    if len(s) % 2:
        raise binascii.Error('Odd-length string')
    return binascii.unhexlify(s)


# ---------------------------------------------------------------- Ascii85 and Base85

_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _to_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            out += b'z'
        elif foldspaces and word == 0x20202020:
            out += b'y'
        else:
            digits = []
            for _ in range(5):
                word, r = divmod(word, 85)
                digits.append(chars[r])
            out += bytes(reversed(digits))
    if padding and not pad:
        if out[-1:] == b'z':
            out[-1:] = chars[0:1] * 5
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object."""
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    index = {c: i for i, c in enumerate(_B85_ALPHABET)}
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            try:
                acc = acc * 85 + index[c]
            except KeyError:
                raise ValueError(f'bad base85 character at position {i + j}') from None
        if acc > 0xffffffff:
            raise ValueError(f'base85 overflow in hunk starting at byte {i}')
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object."""
    chars = bytes(range(33, 118))
    result = _85encode(b, chars, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i: i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError(f'Ascii85 encoded byte sequences must end with {b"~>"!r}')
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    curr = []
    for x in b + b'u' * 4:
        if 33 <= x <= 117:
            curr.append(x)
            if len(curr) == 5:
                acc = 0
                for c in curr:
                    acc = 85 * acc + (c - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                curr = []
        elif x == 0x7a:  # 'z'
            if curr:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 0x79:  # 'y'
            if curr:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x in ignorechars:
            continue
        else:
            raise ValueError(f'Non-Ascii85 digit found: {chr(x)}')
    padding = 4 - len(curr)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while s := input.read(MAXBINSIZE):
        while len(s) < MAXBINSIZE and (ns := input.read(MAXBINSIZE - len(s))):
            s += ns
        output.write(encodebytes(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while line := input.readline():
        output.write(decodebytes(line))
