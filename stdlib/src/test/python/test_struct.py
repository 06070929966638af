# struct: formats, sizes, alignment, integers, floats (bit-exact), strings, errors
import math
import struct


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', '?', 'c', 'x', 'P', '5s', '5p', 'ci', '@ci',
            '=ci', '<ci', 'cq', '@hq', 'qh', '3h', '2xh', 'b 2h', '0s', '']:
    show(struct.calcsize, fmt)
print(struct.pack('>hHiIqQ', -2, 65535, -70000, 4000000000, -2 ** 63, 2 ** 64 - 1), struct.pack('<i', 1), struct.pack('@i', 1),
      struct.pack('!H', 513), struct.pack('?', 5), struct.pack('3B', 1, 2, 3), struct.pack('c', b'z'), struct.pack('>x2h', 1, 2))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('5p', b'abcdefg'), struct.pack('3p', b'a'), struct.pack('@bi', 1, 2))
floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 1e-40, 5e-324, 1e38, 3.4028234663852886e38, 65504.0, 6e-8, 1e-5, 2.2250738585072014e-308,
          1.7976931348623157e308, math.pi, 123456.789]
for x in floats:
    row = []
    for code in 'efd':
        try:
            packed = struct.pack('>' + code, x)
            row.append((packed.hex(), struct.unpack('>' + code, packed)[0]))
        except OverflowError as e:
            row.append(str(e))
    print(x, row)
print(struct.pack('>f', float('inf')), struct.pack('>d', float('-inf')), struct.pack('>f', float('nan')), struct.pack('>d', float('nan')),
      struct.pack('>e', float('nan')), struct.unpack('>f', b'\x7f\x80\x00\x00'), struct.unpack('>e', b'\xfc\x00'),
      math.isnan(struct.unpack('>d', b'\x7f\xf8' + b'\x00' * 6)[0]))
print(struct.unpack('>hHiI', b'\xff\xfe\xff\xff\xff\xff\xff\xff\xff\xff\x00\x01'), struct.unpack('<q', b'\x01' + b'\x00' * 7),
      struct.unpack('?c5s', b'\x02z hi\x00\x00'), struct.unpack('3p', b'\x05ab'), struct.unpack_from('>h', b'\x00\x00\x01\x02', 2),
      list(struct.iter_unpack('>h', b'\x00\x01\x00\x02')), struct.unpack('@bi', struct.pack('@bi', -1, -7)))
s = struct.Struct('>hhl')
print(s, s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x00\x01\x00\x02\x00\x00\x00\x03'))
buf = bytearray(10)
struct.pack_into('>hh', buf, 2, 7, 8)
print(buf)
for args in [('>f', 1e39), ('>h', 40000), ('>B', -1), ('>e', 70000.0), ('i', 'x'), ('>q', 2 ** 63), ('>c', b'ab'), ('>f', 'x'),
             ('5s', 'str'), ('>ii', 1), ('z', 1), ('3', 1), ('<n', 1)]:
    show(struct.pack, *args)
show(struct.unpack, '>i', b'abc')
show(struct.unpack_from, '>i', b'abc', 0)
show(struct.iter_unpack, '>i', b'abcde')
show(struct.pack_into, '>i', bytearray(2), 0, 1)
print(issubclass(struct.error, Exception), struct.error.__module__)
