# pprint: layout of nested containers at several widths, and the helpers
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace, MappingProxyType

data = {
    'name': 'regpy', 'version': (3, 13, 0), 'tags': ['vm', 'java', 'python', 'bytecode', 'jit'],
    'nested': {'a': [1, 2, {'deep': list(range(30))}], 'b': {'x': None, 'y': True, 'z': 1.5}},
    'text': 'The quick brown fox jumps over the lazy dog. ' * 4,
    'mixed': {3: 'three', 1: 'one', 2: 'two'}, 'set': {5, 3, 1, 4}, 'fs': frozenset({2, 1}),
    'bytes': b'\x00\x01binary data that is fairly long and goes on and on and on ' * 2,
    'empty': [[], {}, (), set()], 'single': (1,), 'ba': bytearray(b'abc' * 20),
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, compact=True)
pprint.pprint(data, indent=4, width=60, depth=2)
pprint.pp({'z': 1, 'a': [2] * 30})
print(pprint.pformat(list(range(40)), compact=True, width=50))
print(pprint.pformat([list(range(12))] * 3, width=30))
print(pprint.pformat({'key': 'a long string value ' * 5}, width=50))
print(pprint.pformat('short'), pprint.pformat(12345678, underscore_numbers=True))
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(rec).split(' with id=')[0], pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, 'a']),
      pprint.isreadable(object()))
print(pprint.pformat(d).split(' with id=')[0])
od = OrderedDict((f'key{i}', i * 'x') for i in range(8))
pprint.pprint(od, width=40)
dd = defaultdict(list, {'a': list(range(20)), 'b': ['q'] * 10})
pprint.pprint(dd, width=50)
pprint.pprint(Counter('abracadabra' * 3 + 'xyz'), width=30)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({'a': list(range(15))}, {'b': 'x' * 40}), width=50)
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta='b' * 50), width=40)
pprint.pprint(MappingProxyType({'k': list(range(25))}), width=40)
from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    values: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


pprint.pprint(Config('settings', list(range(25))), width=40)
pprint.pprint([Config('a'), {'cfg': Config('b', [1] * 30)}], width=50)
printer = pprint.PrettyPrinter(width=20, indent=2)
printer.pprint({'alpha': [1, 2, 3], 'beta': {'gamma': 'delta' * 3}})
print(printer.pformat((1, [2, (3, 4)], {'x': 'y'})))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print('ValueError:', e)
print(pprint.pformat({'b': 1, 'a': 2, 1: 'int', (1, 2): 'tuple'}, sort_dicts=True))
