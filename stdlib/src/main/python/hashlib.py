"""Secure hashes in pure Python: MD5, SHA-1, SHA-256 and SHA-512 (regpy).

random.seed(str) needs SHA-512; uuid3/uuid5 need MD5/SHA-1.  Any other algorithm raises
ValueError('unsupported hash type ...'), as CPython does for an unknown name.  SHA-2 round
constants are derived from the primes, as FIPS 180-4 defines them; MD5's from sin(), as
RFC 1321 defines them.
"""

import math
from math import isqrt

__all__ = ['new', 'md5', 'sha1', 'sha256', 'sha512', 'algorithms_available',
           'algorithms_guaranteed']

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha256', 'sha512'})
algorithms_available = algorithms_guaranteed


def _primes(count):
    found = []
    candidate = 2
    while len(found) < count:
        if all(candidate % p for p in found if p * p <= candidate):
            found.append(candidate)
        candidate += 1
    return found


def _icbrt(n):
    """Integer cube root (floor) by Newton's method."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def _fraction_bits(root, prime, bits):
    """The first `bits` bits of the fractional part of prime**(1/root)."""
    if root == 2:
        return isqrt(prime << (2 * bits)) & ((1 << bits) - 1)
    return _icbrt(prime << (3 * bits)) & ((1 << bits) - 1)


class _Sha2:
    """Merkle-Damgard SHA-2 engine; subclasses supply the word size and rotation amounts."""
    word_bits = 0
    rounds = 0
    block_size = 0
    digest_size = 0
    name = ''
    # (Sigma0, Sigma1, sigma0, sigma1) rotations; the last entry of sigma0/1 is a shift.
    rotations = ()

    def __init__(self, data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        self._h = list(self._initial)
        self._buffer = b''
        self._length = 0
        self.update(data)

    @classmethod
    def _constants(cls):
        primes = _primes(cls.rounds)
        cls._k = [_fraction_bits(3, p, cls.word_bits) for p in primes]
        cls._initial = [_fraction_bits(2, p, cls.word_bits) for p in primes[:8]]

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        data = bytes(data)
        self._length += len(data)
        buffer = self._buffer + data
        bs = self.block_size
        full = len(buffer) - len(buffer) % bs
        for offset in range(0, full, bs):
            self._compress(buffer[offset:offset + bs])
        self._buffer = buffer[full:]

    def _compress(self, block):
        bits = self.word_bits
        mask = (1 << bits) - 1
        step = bits // 8

        def rotr(x, n):
            return ((x >> n) | (x << (bits - n))) & mask

        (S0a, S0b, S0c), (S1a, S1b, S1c), (s0a, s0b, s0s), (s1a, s1b, s1s) = self.rotations
        w = [int.from_bytes(block[i:i + step], 'big') for i in range(0, len(block), step)]
        for t in range(16, self.rounds):
            x, y = w[t - 15], w[t - 2]
            sigma0 = rotr(x, s0a) ^ rotr(x, s0b) ^ (x >> s0s)
            sigma1 = rotr(y, s1a) ^ rotr(y, s1b) ^ (y >> s1s)
            w.append((w[t - 16] + sigma0 + w[t - 7] + sigma1) & mask)
        a, b, c, d, e, f, g, h = self._h
        k = self._k
        for t in range(self.rounds):
            big_sigma1 = rotr(e, S1a) ^ rotr(e, S1b) ^ rotr(e, S1c)
            choose = (e & f) ^ (~e & g)
            t1 = (h + big_sigma1 + choose + k[t] + w[t]) & mask
            big_sigma0 = rotr(a, S0a) ^ rotr(a, S0b) ^ rotr(a, S0c)
            majority = (a & b) ^ (a & c) ^ (b & c)
            t2 = (big_sigma0 + majority) & mask
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        self._h = [(x + y) & mask for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def digest(self):
        clone = self.copy()
        bs = self.block_size
        length_bytes = 2 * clone.word_bits // 8
        pad = b'\x80' + b'\x00' * ((bs - length_bytes - 1 - len(clone._buffer)) % bs)
        trailer = pad + (self._length * 8).to_bytes(length_bytes, 'big')
        buffer = clone._buffer + trailer
        for offset in range(0, len(buffer), bs):
            clone._compress(buffer[offset:offset + bs])
        step = self.word_bits // 8
        return b''.join(x.to_bytes(step, 'big') for x in clone._h)[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        clone = type(self).__new__(type(self))
        clone._h = list(self._h)
        clone._buffer = self._buffer
        clone._length = self._length
        return clone

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {hex(id(self))}>'


class sha256(_Sha2):
    word_bits, rounds, block_size, digest_size, name = 32, 64, 64, 32, 'sha256'
    rotations = ((2, 13, 22), (6, 11, 25), (7, 18, 3), (17, 19, 10))


class sha512(_Sha2):
    word_bits, rounds, block_size, digest_size, name = 64, 80, 128, 64, 'sha512'
    rotations = ((28, 34, 39), (14, 18, 41), (1, 8, 7), (19, 61, 6))


sha256._constants()
sha512._constants()

class _BlockHash:
    """Shared buffering, padding and copying for the 64-byte-block hashes MD5 and SHA-1."""
    block_size = 64
    name = ''
    digest_size = 0
    _byteorder = 'big'

    def __init__(self, data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        self._h = list(self._initial)
        self._buffer = b''
        self._length = 0
        self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        data = bytes(data)
        self._length += len(data)
        buffer = self._buffer + data
        full = len(buffer) - len(buffer) % 64
        for offset in range(0, full, 64):
            self._compress(buffer[offset:offset + 64])
        self._buffer = buffer[full:]

    def digest(self):
        clone = self.copy()
        pad = b'\x80' + b'\x00' * ((55 - len(clone._buffer)) % 64)
        clone.update(pad + ((self._length * 8) & (2 ** 64 - 1)).to_bytes(8, self._byteorder))
        return b''.join(x.to_bytes(4, self._byteorder) for x in clone._h)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        clone = type(self).__new__(type(self))
        clone._h = list(self._h)
        clone._buffer = self._buffer
        clone._length = self._length
        return clone

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {hex(id(self))}>'


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


class md5(_BlockHash):
    name, digest_size, _byteorder = 'md5', 16, 'little'
    _initial = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)
    _k = [int(abs(math.sin(i + 1)) * 2 ** 32) & 0xFFFFFFFF for i in range(64)]
    _shifts = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4

    def _compress(self, block):
        m = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = self._h
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | ~d), (7 * i) % 16
            f = (f + a + self._k[i] + m[g]) & 0xFFFFFFFF
            a, d, c = d, c, b
            b = (b + _rotl32(f, self._shifts[i])) & 0xFFFFFFFF
        self._h = [(x + y) & 0xFFFFFFFF for x, y in zip(self._h, (a, b, c, d))]


class sha1(_BlockHash):
    name, digest_size = 'sha1', 20
    _initial = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for t in range(16, 80):
            w.append(_rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
        a, b, c, d, e = self._h
        for t in range(80):
            if t < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif t < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif t < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            temp = (_rotl32(a, 5) + (f & 0xFFFFFFFF) + e + k + w[t]) & 0xFFFFFFFF
            a, b, c, d, e = temp, a, _rotl32(b, 30), c, d
        self._h = [(x + y) & 0xFFFFFFFF for x, y in zip(self._h, (a, b, c, d, e))]


_CONSTRUCTORS = {'md5': md5, 'sha1': sha1, 'sha256': sha256, 'sha512': sha512}


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    try:
        constructor = _CONSTRUCTORS[name.lower()]
    except KeyError:
        raise ValueError(f'unsupported hash type {name}') from None
    return constructor(data, **kwargs)
