# timeit (structure and counting, never timing values) and getopt
import getopt
import timeit

calls = []
t = timeit.Timer(lambda: calls.append(1))
elapsed = t.timeit(number=50)
print(len(calls), isinstance(elapsed, float), elapsed >= 0)
r = t.repeat(repeat=3, number=10)
print(len(r), len(calls))
print(isinstance(timeit.timeit('x = sum(range(10))', number=100), float), len(timeit.repeat('pass', number=5, repeat=2)))
counter = {'n': 0}
print(timeit.timeit('counter["n"] += 1', globals={'counter': counter}, number=7) >= 0, counter['n'])
print(timeit.Timer('y = x * 2', setup='x = 21').timeit(3) >= 0, timeit.default_timer is __import__('time').perf_counter)
try:
    timeit.Timer('1 +')
except SyntaxError as e:
    print('SyntaxError', e.filename)
try:
    timeit.Timer(5)
except ValueError as e:
    print('ValueError:', e)
number, taken = timeit.Timer('pass', timer=iter(range(0, 10 ** 9, 1)).__next__).autorange()
print(number, taken)
print(getopt.getopt(['-a', '-b', 'val', '--long', 'x', 'rest'], 'ab:', ['long']))
print(getopt.getopt(['-abval', '--opt=1', '--flag', '--', '-x'], 'ab:', ['opt=', 'flag']))
print(getopt.getopt(['--fl', 'a'], '', ['flag']), getopt.gnu_getopt(['a', '-v', 'b', '--out', 'f', 'c'], 'v', ['out=']))
print(getopt.gnu_getopt(['a', '-v'], '+v'), getopt.getopt(['-', 'x'], 'a'), getopt.getopt([], 'a'))
for args, short, long in [(['-z'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['yes']), (['--yes=1'], '', ['yes']),
                          (['--req'], '', ['req=']), (['--f'], '', ['foo', 'far'])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print('GetoptError:', e, repr(e.opt), e.msg)
print(getopt.error is getopt.GetoptError)
