# difflib: SequenceMatcher, get_close_matches, unified/context diffs, ndiff/Differ, restore
import difflib
import random
from difflib import SequenceMatcher

s = SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.find_longest_match())
s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes(), s.find_longest_match(0, 28, 0, 37))
print(list(SequenceMatcher(None, 'qabxcd', 'abycdf').get_opcodes()), SequenceMatcher(None, '', '').ratio())
a = [f'line {i}\n' for i in range(40)]
b = list(a)
b[5] = 'changed 5\n'
del b[20:23]
b.insert(30, 'inserted\n')
print(list(SequenceMatcher(None, a, b).get_grouped_opcodes(2)))
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', '2024-01-01', '2024-01-02')))
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt', n=1)))
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')), list(difflib.unified_diff([], ['new\n'])), list(difflib.unified_diff(['same\n'], ['same\n'])))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'wheels'], n=2),
      difflib.get_close_matches('xyz', ['abc']), difflib.get_close_matches('lamb', ['lamp', 'lamb', 'limb', 'climb'], cutoff=0.5))
text1 = ['one\n', 'two\n', 'three\n', 'four\n', 'five six seven\n', 'eight\n']
text2 = ['ore\n', 'tree\n', 'emu\n', 'four\n', 'five  six sevens\n', 'nine\n']
delta = list(difflib.ndiff(text1, text2))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)) == ''.join(text1), ''.join(difflib.restore(delta, 2)) == ''.join(text2))
print(list(difflib.Differ().compare(['abc\n', 'x\n'], ['abd\n', 'x\n', 'y\n'])))
print(list(difflib.ndiff(['	tab line\n'], ['    tab lime\n'])), difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
rng = random.Random(3)
big_a = [rng.choice('abcde') for _ in range(400)]
big_b = list(big_a)
for _ in range(40):
    big_b[rng.randrange(400)] = rng.choice('xyz')
sm = SequenceMatcher(None, big_a, big_b)
print(len(sm.get_opcodes()), round(sm.ratio(), 6), sorted(sm.bpopular), SequenceMatcher(None, big_a, big_b, autojunk=False).ratio() > 0.8)
for bad in [lambda: difflib.get_close_matches('a', ['b'], n=0), lambda: difflib.get_close_matches('a', ['b'], cutoff=2),
            lambda: list(difflib.restore([], 3)), lambda: list(difflib.unified_diff([1], [2])), lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=1))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'f1', b'f2')))
words = ['alpha beta', 'alpha betas', 'gamma', 'gamma ray', 'delta', 'epsilon x', 'epsilon y', 'zeta', 'eta theta', 'eta thetas']
rng = random.Random(11)
for trial in range(25):
    left = [rng.choice(words) + '\n' for _ in range(rng.randrange(1, 7))]
    right = [rng.choice(words) + '\n' for _ in range(rng.randrange(1, 7))]
    print(trial, difflib.ndiff(left, right).__class__.__name__, ''.join(difflib.ndiff(left, right)).replace('\n', '|'))
