"""Secure hashes in pure Python: SHA-256 and SHA-512 only (regpy).

random.seed(str) needs SHA-512, so regpy ships these two; any other algorithm raises
ValueError('unsupported hash type ...'), as CPython does for an unknown name.
The round constants are derived here from the primes, as the FIPS 180-4 standard defines them.
"""

from math import isqrt

__all__ = ['new', 'sha256', 'sha512', 'algorithms_available', 'algorithms_guaranteed']

algorithms_guaranteed = frozenset({'sha256', 'sha512'})
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

_CONSTRUCTORS = {'sha256': sha256, 'sha512': sha512}


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    try:
        constructor = _CONSTRUCTORS[name.lower()]
    except KeyError:
        raise ValueError(f'unsupported hash type {name}') from None
    return constructor(data, **kwargs)
