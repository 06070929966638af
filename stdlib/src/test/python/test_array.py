# array: typecodes, conversions and range errors, sequence protocol, bytes round trips
from array import array, typecodes


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for tc, v in [('b', 200), ('b', -200), ('B', 256), ('B', -1), ('h', 40000), ('h', -40000), ('H', 70000), ('H', -1), ('i', 2 ** 31),
              ('i', -2 ** 31 - 1), ('I', 2 ** 32), ('I', -1), ('l', 2 ** 63), ('L', -1), ('L', 2 ** 64), ('q', 2 ** 63), ('Q', -1),
              ('Q', 2 ** 64), ('i', 'x'), ('i', 1.5), ('f', 'x'), ('d', None), ('w', 5), ('w', 'ab')]:
    show(array, tc, [v])
for f in [lambda: array('z'), lambda: array('i', [1]).pop(5), lambda: array('i').pop(), lambda: array('i', [1]).index(2),
          lambda: array('i', [1]).remove(2), lambda: array('i').extend(array('d')), lambda: array('i', [1]) + array('d'),
          lambda: array('i', [1]) + [1], lambda: array('i', [1, 2]).__setitem__(slice(0, 1), [5]), lambda: array('i', [1])[5],
          lambda: array('i', b'abc'), lambda: array('w', [1]), lambda: array('i', 'abc'), lambda: array('i').tounicode()]:
    show(f)
a = array('f', [0.1, 2.5])
print(a, repr(array('i')), array('w', 'hé'), a.itemsize, array('d', [1.5]).tobytes(), array('b', b'\x01\xff'), array('i', [3, 1, 2]) < array('i', [3, 2]),
      array('i', [1]) == array('d', [1.0]), typecodes, array('q').itemsize, array('H', [1, 2]).tobytes())
b = array('i', range(5))
b.append(10)
b.extend([7, 8])
b.insert(0, -1)
b[1] = 42
del b[2]
print(b, len(b), b[0], b[-1], b[1:3], b.count(7), b.index(10), 10 in b, b.pop(), b.pop(0), b, b.tolist(), list(reversed(b)))
b.reverse()
b.remove(42)
b += array('i', [1])
b *= 2
print(b, b * 2 == b + b, 2 * array('i', [1]), sorted(b), sum(b), array('i', b) == b, b.buffer_info()[1])
c = array('h', [1, -2, 300])
raw = c.tobytes()
d = array('h')
d.frombytes(raw)
c.byteswap()
print(raw, d, c, array('h', raw) == d, array('d', [1.0, 2.5]).tobytes(), array('u' if False else 'w', 'xyz').tounicode())
w = array('w', 'ab')
w.fromunicode('cd')
w.append('e')
print(w, w.tobytes()[:8], len(w.tobytes()), array('w', w.tobytes()) == w)
import copy
print(copy.copy(a) == a, copy.deepcopy(b) is not b, array('f', [1 / 3])[0], array('d', [1 / 3])[0])
