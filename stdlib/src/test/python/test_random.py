# random: bit-exact Mersenne Twister results for seeds of every kind, all distributions
import random
from random import Random


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for seed in [0, 1, 42, -42, 2 ** 32, 2 ** 100 + 7, 3.5, 'hello', b'bytes', bytearray(b'ba'), '']:
    r = Random(seed)
    print(repr(seed), r.random(), r.getrandbits(70), r.randrange(10 ** 20))
r = Random(2024)
print([r.random() for _ in range(3)], [r.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 65, 200)])
print([r.randint(-5, 5) for _ in range(10)], [r.randrange(3, 100, 7) for _ in range(5)],
      [r.randrange(10, 0, -3) for _ in range(5)], r.randrange(1))
print(r.choice('abcdef'), r.choice(range(100)), r.choices('abc', k=5), r.choices(range(5), [5, 1, 0, 0, 1], k=6),
      r.choices('xy', cum_weights=[1, 10], k=4))
lst = list(range(20))
r.shuffle(lst)
print(lst, r.sample(range(1000), 10), r.sample('abcdefg', 7), r.sample(['r', 'g'], 5, counts=[3, 2]),
      r.sample(range(10 ** 9), 3))
print(round(r.uniform(1, 2), 12), round(r.triangular(), 12), round(r.triangular(0, 10, 1), 12),
      round(r.gauss(), 12), round(r.gauss(5, 2), 12), round(r.normalvariate(1, 3), 12))
print(round(r.lognormvariate(0, 0.5), 12), round(r.expovariate(2), 12), round(r.vonmisesvariate(1, 2), 12),
      round(r.vonmisesvariate(1, 0), 12))
print(round(r.gammavariate(0.5, 1), 12), round(r.gammavariate(1, 2), 12), round(r.gammavariate(3, 1), 12),
      round(r.betavariate(2, 3), 12), round(r.paretovariate(2), 12), round(r.weibullvariate(1, 2), 12))
print([r.binomialvariate(5, 0.3) for _ in range(5)], r.binomialvariate(0, 0.5), r.binomialvariate(3, 1.0),
      [r.binomialvariate(4, 0.8) for _ in range(4)], r.randbytes(5))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], state[0], len(state[1]), state[2])
r2 = Random()
r2.setstate(state)
print(r2.random() == a[0])
random.seed(99)
print(random.random(), random.randint(1, 6), random.choice([1, 2, 3]), random.getrandbits(16))
x = list('abcde')
random.shuffle(x)
print(x, random.sample(x, 2), random.uniform(0, 1))
random.seed('legacy', version=1)
print(random.random())
show(r.randrange, 0)
show(r.randrange, 5, 5)
show(r.randrange, 5, 1, 2)
show(r.randrange, 1, 5, 0)
show(r.randrange, 1.5)
show(r.randrange, 10, step=2)
show(r.choice, [])
show(r.sample, {1, 2}, 1)
show(r.sample, [1, 2], 3)
show(r.sample, [1, 2], 1, counts=[1])
show(r.choices, 'ab', [1])
show(r.choices, 'ab', [1, 2], cum_weights=[1, 2])
show(r.choices, 'ab', [0, 0])
show(r.getrandbits, -1)
show(r.seed, [1])
show(r.gammavariate, -1, 1)
show(r.setstate, (9, (), None))


class MyRandom(Random):
    def random(self):
        return 0.5


print(MyRandom().randrange(10), MyRandom().choice('abc'))
print(isinstance(random.SystemRandom(), Random))
