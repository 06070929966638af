# collections: namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap, User*
import copy
from collections import (namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap,
                         UserDict, UserList, UserString)


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# ---- namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, repr(p), p.x, p[1], p._fields, Point.__doc__, Point.x.__doc__, Point.__module__)
print(p._asdict(), p._replace(y=5), Point._make([3, 4]), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point.__new__.__doc__, Point._make.__doc__, Point.__match_args__, p.__getnewargs__())
show(Point, 1)
show(Point, 1, 2, 3)
show(Point, 1, 2, z=3)
show(Point._make, [1])
show(p._replace, z=1)
show(setattr, p, 'x', 1)
show(delattr, p, 'x')
show(namedtuple, 'Bad', 'a 1b')
show(namedtuple, 'Bad', 'a def')
show(namedtuple, 'Bad', 'a _b')
show(namedtuple, 'Bad', 'a a')
show(namedtuple, 'class', 'a')
show(namedtuple, 'Bad', 'a', defaults=(1, 2))
R = namedtuple('R', 'a, b c', defaults=[0], module='mymod')
print(R(1, 2), R._field_defaults, R.__module__, R.__new__.__defaults__)
print(namedtuple('S', ['abc', 'def', 'ghi', '_x', 'abc'], rename=True)._fields)
One = namedtuple('One', 'only')
print(One(5), One._make([6]), namedtuple('Empty', '')())
match Point(0, 7):
    case Point(0, y):
        print('on the y axis at', y)
print(copy.copy(p), copy.deepcopy(p), isinstance(p, tuple))

# ---- deque
d = deque('abc')
d.append('d')
d.appendleft('z')
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ef')
d.extendleft('yx')
print(d, d.index('c'), d.count('a'), 'e' in d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.insert(2, 'I')
d.remove('I')
del d[0]
d[0] = 'Q'
print(d, d.copy(), d == deque(d), d < deque(['z']), d * 2, 2 * deque([1]))
d.reverse()
print(d, bool(d), bool(deque()))
d.clear()
print(d, repr(deque(maxlen=2)), deque([1, 2, 3], 2), deque(range(5), maxlen=3).maxlen)
r = deque(maxlen=3)
for i in range(5):
    r.appendleft(i)
print(r)
r.extend([7, 8])
print(r, deque(maxlen=0))
show(deque().pop)
show(deque().popleft)
show(deque([1]).index, 2)
show(deque([1]).remove, 2)
show(lambda: deque([1])[3])
show(lambda: deque([1])['a'])
show(deque([1], maxlen=1).insert, 0, 5)
show(lambda: deque([1]) + [2])
show(deque, [], -1)
show(setattr, deque(), 'maxlen', 3)
dd = deque([1, 2, 3])
try:
    for v in dd:
        dd.append(v)
except RuntimeError as e:
    print('RuntimeError:', e)
rec = deque([1])
rec.append(rec)
print(rec)
print(deque([1, 2]) + deque([3]), deque([1]) * 0, deque([3, 1, 2]).index(2, 1, 3))
big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big), list(big)[:3])
dq = deque([1, 2, 3])
dq += [4]
dq *= 2
print(dq, dq.__copy__(), copy.deepcopy(deque([[1]], maxlen=4)))

# ---- defaultdict
dd = defaultdict(list)
dd['a'].append(1)
print(dd, dd['b'], dict(dd), dd.default_factory, 'c' in dd, dd.get('c'))
show(defaultdict, 5)
empty = defaultdict()
show(lambda: empty['x'])
print(repr(defaultdict(int, a=1)), defaultdict(None, {1: 2}), defaultdict(int) == {}, isinstance(dd, dict))
merged = defaultdict(int, {'a': 1}) | {'b': 2}
print(merged, type(merged).__name__, {'z': 0} | defaultdict(int, {'a': 1}))
cp = dd.copy()
cp['x'].append(9)
print(cp, type(cp).__name__, copy.copy(dd), copy.deepcopy(dd))
rd = defaultdict(list)
rd['self'] = rd
print(rd)

# ---- OrderedDict
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od, list(od.keys()), od.keys(), od.values(), od.items(), repr(OrderedDict()))
od.move_to_end('a')
print(list(od))
od.move_to_end('a', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
show(od.move_to_end, 'zz')
show(OrderedDict().popitem)
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2)
o1.update([('c', 3)], d=4)
print(o1, o1.setdefault('e', 5), o1.pop('a'), o1.pop('zz', 'dflt'), o1)
show(o1.pop, 'zz')
print(OrderedDict.fromkeys('xy', 0), o1 | {'q': 1}, list(reversed(o1)), list(reversed(o1.items())))
print(copy.copy(o1), copy.deepcopy(o1), o1.copy() == o1)

# ---- Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c['z'], c.total(), sorted(c.elements()))
c.update('zz')
c.update({'a': -4})
c.subtract(b=5)
print(c, len(c))
del c['nothing']
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2),
      Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=-1, b=0, c=2), -Counter(a=-1, b=0, c=2), Counter(), Counter(a=0))
x = Counter(a=1)
x += Counter(a=-2, b=3)
print(x)
x -= Counter(b=1)
x |= Counter(c=4)
x &= Counter(b=1, c=2)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2),
      Counter(a=3) >= Counter(a=2), Counter(a=3) > Counter())
show(Counter.fromkeys, 'abc')
show(lambda: Counter() + 1)
print(Counter({'x': 2, 'y': 'z'}) if False else Counter([1, 1, 2]), Counter(cats=4, dogs=8).most_common(1))
print(repr(Counter({1: 'a', 2: 'b'})))

# ---- ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], len(cm), list(cm), dict(cm), 'a' in cm, cm.get('zz', 0))
cm['c'] = 3
del cm['b']
print(over, base, cm.maps, cm.parents, cm.new_child(), cm.new_child({'n': 1}, k=2))
show(cm.__delitem__, 'a')
show(lambda: cm['missing'])
show(ChainMap().popitem)
show(ChainMap({}).pop, 'k')
print(ChainMap(), bool(ChainMap()), bool(cm), cm.copy(), ChainMap.fromkeys('ab', 0))
print(cm | {'z': 26}, {'y': 25} | cm)
cm.clear()
print(cm)

# ---- User wrappers
ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud.data, 'a' in ud, ud.get('q', -1), ud | {'d': 4}, ud.copy(), UserDict.fromkeys('xy'))


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


print(Missing()['ab'])
show(lambda: UserDict()['nope'])
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, ul == [0, 1, 2, 3], ul.index(2),
      ul.count(1), ul.pop(), ul)
ul.extend(UserList([7]))
ul.insert(0, -1)
ul.remove(1)
ul.reverse()
print(ul, len(ul), 7 in ul, ul < [10], ul.copy())
us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), us + '!', us * 2, us[1:3], len(us), 'ell' in us, us.find('l'),
      us.replace('l', 'L'), us.split('l'), us.center(9, '*'), us == 'Hello', us < 'World', us.isalpha(),
      type(us.strip()).__name__, us.startswith('He'), us.zfill(7), '%s!' % us, us.count('l'), hash(us) == hash('Hello'))
