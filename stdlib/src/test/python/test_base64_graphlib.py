# base64 (b64/urlsafe/b32/b16/b85/a85) and graphlib.TopologicalSorter
import base64
import io
from graphlib import TopologicalSorter, CycleError


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), 'héllo wörld'.encode()]
for s in samples:
    e64 = base64.b64encode(s)
    print(e64[:40], base64.b64decode(e64) == s, base64.urlsafe_b64encode(s)[:20], base64.b32encode(s)[:24],
          base64.b32decode(base64.b32encode(s)) == s, base64.b16encode(s)[:16], base64.b16decode(base64.b16encode(s)) == s,
          base64.b85encode(s)[:20], base64.b85decode(base64.b85encode(s)) == s, base64.a85encode(s)[:20],
          base64.a85decode(base64.a85encode(s)) == s, base64.b32hexencode(s)[:16], base64.b32hexdecode(base64.b32hexencode(s)) == s)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('+/8='), base64.b64decode(b'Zm9v\nYmFy'),
      base64.urlsafe_b64decode('-_8='), base64.b64decode('Zm9vYg'.encode() + b'=='), base64.standard_b64encode(b'x'))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(base64.encodebytes(b'y' * 60)) == b'y' * 60)
print(base64.b32decode('mzxw6===', casefold=True), base64.b16decode('ff00', casefold=True), base64.b85encode(b'abc', pad=True),
      base64.a85encode(b'\0\0\0\0    ', foldspaces=True), base64.a85encode(b'hello world', adobe=True, wrapcol=8),
      base64.a85decode(b'<~BOu!rD]j7BEbo80~>', adobe=True))
for bad in [('Zm9v=YmFy', True), ('Zm9', False), ('Z', False), ('Zm9v!', True), ('=Zm9v', True), ('Zm9vYg==x', True),
            ('Zm9vY=g=', True), ('Zm9vY=g=', False), ('Zm9vYg=', False), ('Zg=a=', False), ('Zg==', True)]:
    show(base64.b64decode, bad[0], validate=bad[1])
show(base64.b64decode, 'Zm9v!YmFy')
show(base64.b32decode, 'MZXW6')
show(base64.b32decode, 'MZXW6!==')
show(base64.b16decode, 'fg')
show(base64.b16decode, 'F')
show(base64.b64encode, 'text')
show(base64.b64decode, 'é')
out = io.BytesIO()
base64.encode(io.BytesIO(b'stream data ' * 10), out)
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(out.getvalue()[:30], back.getvalue() == b'stream data ' * 10)

graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}, 'E': set()}
ts = TopologicalSorter(graph)
order = list(ts.static_order())
print(order.index('A') < order.index('B') < order.index('D'), sorted(order), len(order))
ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.add('compile', 'fetch')
print(list(ts.static_order()))
ts = TopologicalSorter({'b': ['a'], 'c': ['a'], 'd': ['b', 'c']})
ts.prepare()
steps = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    steps.append(ready)
    ts.done(*ready)
print(steps, bool(ts))
cyc = TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': ['a']})
try:
    cyc.prepare()
except CycleError as e:
    print('CycleError:', e.args[0], sorted(e.args[1]), len(e.args[1]), issubclass(CycleError, ValueError))
t2 = TopologicalSorter({1: [2]})
show(t2.get_ready)
t2.prepare()
show(t2.prepare)
show(t2.add, 3)
show(t2.done, 1)
print(t2.get_ready())
t2.done(2)
show(t2.done, 2)
show(t2.done, 9)
print(t2.get_ready(), TopologicalSorter[int])
import binascii
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\x02\x03', '-'), binascii.hexlify(b'abcdef', b':', 2), binascii.unhexlify('01ab'),
      binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.b2a_base64(b'hi'),
      binascii.a2b_base64('aGk='), binascii.b2a_hex(b'z'))
show(binascii.unhexlify, 'abc')
show(binascii.unhexlify, 'zz')
show(binascii.a2b_base64, 'a', strict_mode=True)
