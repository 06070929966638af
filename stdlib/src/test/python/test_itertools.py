# itertools: every iterator, reprs, errors and laziness
import itertools as it
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


c = count(5)
print(repr(c), next(c), repr(c), repr(count(1.5, 0.5)), repr(count(0, 2)), repr(count(0, 1.0)))
print(list(islice(count(10, -3), 4)), list(islice(count(1j), 2)))
show(count, 'a')
r = repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r), repr(repeat(1)), list(repeat(1, -2)))
print(r.__length_hint__(), op_hint := len(list(repeat(0, 4))))
show(lambda: repeat(1).__length_hint__())
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4], max)),
      list(accumulate([], initial=7)), list(accumulate([1, 2], lambda a, b: a * 10 + b, initial=9)))
print(list(batched('abcdefg', 3)), list(batched([], 2)), list(batched(range(4), 2, strict=True)))
show(batched, 'abc', 0)
show(lambda: list(batched('abc', 2, strict=True)))
print(list(chain('ab', (1,), [])), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress(range(6), [1, 0, 1])), list(dropwhile(lambda x: x < 2, [0, 1, 2, 0])))
print(list(takewhile(str.isdigit, '12a3')), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(starmap(lambda *a: sum(a), [(1, 2), (3, 4, 5)])), list(pairwise([1])), list(pairwise('abc')))
print(list(zip_longest('ab', [1, 2, 3], 'x')), list(zip_longest()), list(zip_longest([1], fillvalue=0)))
print([(k, list(g)) for k, g in groupby('aabbbcaa')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = groupby('aaabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), list(groups))
gb = groupby('xxyz')
keys = [k for k, _ in gb]
print(keys)
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice('ABC', None)), list(islice('ABC', 1, None, None)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 2, 4)), next(src))
for bad in [(-1,), (1, -1), (0, 1, 0), ('a',), (1, 'b')]:
    show(islice, 'abc', *bad)
show(islice, 'abc')
a, b, cc = tee(iter([1, 2, 3]), 3)
print(next(a), list(b), list(a), list(cc), type(a).__name__)
x, y = tee([1, 2])
x2, = tee(x, 1)
print(list(x2), list(x), list(y), tee('a', 0))
show(tee, [1], -1)
print(list(product('ab', repeat=2)), list(product(range(2), 'xy')), list(product([], [1])), list(product()))
show(product, 'a', repeat=-1)
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations('ab', 3)))
print(list(combinations('abcd', 3)), list(combinations('ab', 0)), list(combinations([], 1)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 0)),
      list(combinations_with_replacement([], 2)))
show(permutations, 'ab', -1)
show(combinations, 'ab', -1)
show(combinations, 'ab', 'x')
print(type(chain()).__name__, type(count()).__name__, isinstance(chain(), chain),
      type(iter(chain())) is chain, type(groupby('a')).__name__)
print(sum(1 for _ in permutations(range(7))), len(list(combinations(range(12), 6))))
