# json: dumps/loads options, hooks, and exact decode error messages/positions
import io
import json
from collections import OrderedDict


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except json.JSONDecodeError as e:
        print(f'JSONDecodeError: {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}')
    except Exception as e:
        print(type(e).__name__ + ":", e)


data = {'name': 'Widget', 'tags': ['a', 'b'], 'price': 9.5, 'n': None, 't': True, 'f': False,
        'nested': {'x': [1, {'y': []}], 'z': {}}, 'big': 10 ** 30, 'neg': -0.0, 'e': 1e-10, 'u': 'é😀\x01'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t', ensure_ascii=False))
print(json.dumps([1, [2, 3], {}], indent=0))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')), json.dumps({'a': 1}, indent=2, separators=(', ', ' = ')))
print(json.dumps({3: 'int', 1.5: 'float', True: 't', None: 'n', 'z': 'str'}))
print(json.dumps({(1, 2): 'tuple', 'ok': 1}, skipkeys=True), json.dumps((1, (2,))), json.dumps('\u2028\"\\/'))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e300, 0.1, 1 / 3]))
show(json.dumps, float('nan'), allow_nan=False)
show(json.dumps, {(1, 2): 1})
show(json.dumps, {1, 2})
show(json.dumps, object)
circular = []
circular.append(circular)
show(json.dumps, circular)
cd = {}
cd['me'] = cd
show(json.dumps, cd)
print(json.dumps(data['tags'], default=str), json.dumps({'s': {3, 1}}, default=sorted))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([1j, 2], cls=Enc), Enc(indent=1).encode({'k': 2j}), list(Enc().iterencode([1, 'a'])))
show(Enc().encode, object())
import enum


class Color(enum.IntEnum):
    RED = 1


class Mood(str, enum.Enum):
    HAPPY = 'happy'


print(json.dumps([Color.RED, Mood.HAPPY, True, 1.0, 10 ** 20]))
buf = io.StringIO()
json.dump({'a': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
print(json.loads(json.dumps(data)) == data, json.load(io.StringIO('[1, 2.5]')))
print(json.loads(' {"a" : [1, -2.5e3, "x\\n\\u00e9\\ud83d\\ude00", null, true, false] } '))
print(json.loads('[-0, 0.0, 1E2, 1e-2, -1.5E+2, 12345678901234567890]'), json.loads('"\\/\\b\\f\\r\\t"'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'[1]'), json.loads(bytearray(b'{"k": "v"}')),
      json.loads('"\\ud800"') == '\ud800', json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"b": 1}', object_pairs_hook=list))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10),
      json.loads('[NaN]', parse_constant=lambda c: c.lower()))
print(json.loads('{"__c__": [1, 2]}', object_hook=lambda d: complex(*d['__c__']) if '__c__' in d else d))
print(json.loads('["a\tb"]', strict=False), json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('xx{}', 2))
bad = ['', ' ', '[', '{', '{"a"', '{"a":', '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}",
       '[1, 2', '[1,]', '[1 2]', '[,1]', 'tru', 'nul', '"abc', '"a\\x"', '"\\u12"', '"\\uZZZZ"', '"a\nb"', '[1] x',
       '01', '1.', '-', '- 1', '.5', '1e', '1e+', '\n\n  [1,\n  2,,]', '"\\', '[-Infinity, -Inf]', '\ufeff[]',
       '{"a": 1}}', '[1]\n\n]', '{"a":1,"b"}', 'true false', '"\\ud83d\\u"', '[1, {"a": [1, ]}]']
for text in bad:
    show(json.loads, text)
show(json.loads, 5)
show(json.JSONDecoder().raw_decode, '[1]', -1)
err = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(err, err.args, isinstance(err, ValueError), json.JSONDecodeError.__module__)
