# uuid (deterministic parts), hashlib md5/sha1, secrets (shapes only), random.SystemRandom
import hashlib
import random
import secrets
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq, u.urn, u.variant, u.version)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u,
      uuid.UUID('urn:uuid:12345678123456781234567812345678') == u, hash(u) == hash(u.int), int(u) == u.int, u < uuid.UUID(int=u.int + 1))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, b'http://x'),
      uuid.uuid3(uuid.NAMESPACE_OID, 'x').version, uuid.uuid5(uuid.NAMESPACE_X500, 'y').variant)
u4 = uuid.uuid4()
u1 = uuid.uuid1()
print(u4.version, u4.variant, len(str(u4)), u1.version, u1.variant, uuid.uuid1() != u1, uuid.UUID(int=5, version=4).version,
      uuid.SafeUUID.unknown, u.is_safe)
for kwargs in [dict(hex='xyz'), dict(bytes=b'short'), dict(bytes_le=b'x'), dict(fields=(1, 2)), dict(int=-1), dict(int=1, version=9), {}]:
    try:
        uuid.UUID(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError:', e)
for name in ('md5', 'sha1'):
    print(name, hashlib.new(name, b'abc').hexdigest(), getattr(hashlib, name)(b'').digest_size, getattr(hashlib, name)().block_size)
h = hashlib.md5()
h.update(b'a' * 1000)
print(h.hexdigest(), hashlib.sha1(b'b' * 1000).hexdigest())
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(9)),
      0 <= secrets.randbelow(10) < 10, secrets.choice('abc') in 'abc', 0 <= secrets.randbits(4) < 16,
      secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'), secrets.compare_digest(b'a', b'ab'))
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError:', e)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 0 <= sr.getrandbits(70) < 2 ** 70, sr.seed(1), len(sr.randbytes(3)), 1 <= sr.randint(1, 6) <= 6)
try:
    sr.getstate()
except NotImplementedError as e:
    print('NotImplementedError:', e)
