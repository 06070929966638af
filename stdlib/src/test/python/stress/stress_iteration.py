# Iterating a container while another thread mutates it raises Python's RuntimeError or sees
# a consistent state (items that were really there), never another exception.
import sys
import threading
from collections import deque

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
SIZE = 200


def race(make, mutate, iterate, check):
    """Runs iterate(c) ROUNDS times while a second thread calls mutate(c, i) in a loop.

    Returns the set of outcomes: 'ok' (a consistent pass) or the exception's type and message.
    """
    c = make()
    stop = threading.Event()
    mutator_errors = []

    def mutator():
        i = 0
        try:
            while not stop.is_set():
                mutate(c, i)
                i += 1
        except BaseException as e:
            mutator_errors.append(repr(e))

    t = threading.Thread(target=mutator)
    t.start()
    outcomes = set()
    try:
        for _ in range(ROUNDS):
            try:
                seen = iterate(c)
            except RuntimeError as e:
                outcomes.add('RuntimeError: ' + str(e))
            except BaseException as e:
                outcomes.add('UNEXPECTED %s: %s' % (type(e).__name__, e))
            else:
                outcomes.add('ok' if check(seen) else 'INCONSISTENT %r' % (seen[:10],))
    finally:
        stop.set()
        t.join()
    if mutator_errors:
        outcomes.add('MUTATOR FAILED ' + mutator_errors[0])
    return outcomes


def report(name, outcomes, allowed):
    bad = sorted(o for o in outcomes if o not in allowed)
    print(name, 'ok' if not bad else 'FAILED %s' % bad)


# Values are always ints in [0, SIZE) or markers >= 1000: a consistent view holds nothing else.
def ints(seen):
    return all(isinstance(x, int) for x in seen)


def list_mutate(c, i):
    if i % 2:
        c.append(1000 + i)
    else:
        c.pop()
report('list', race(lambda: list(range(SIZE)), list_mutate, list, ints), {'ok'})


def list_mutate_front(c, i):
    if i % 2:
        c.insert(0, i)
    else:
        del c[0]
report('list.insert/del', race(lambda: list(range(SIZE)), list_mutate_front, lambda c: [x for x in c], ints), {'ok'})


def dict_mutate(c, i):
    if i % 2:
        c[1000 + i] = i
    else:
        c.pop(999 + i, None)
DICT_ERRORS = {'ok', 'RuntimeError: dictionary changed size during iteration',
               'RuntimeError: dictionary keys changed during iteration'}
report('dict', race(lambda: dict.fromkeys(range(SIZE)), dict_mutate, list, ints), DICT_ERRORS)
report('dict.items', race(lambda: dict.fromkeys(range(SIZE)), dict_mutate, lambda c: [k for k, v in c.items()], ints), DICT_ERRORS)
report('dict.values', race(lambda: {k: k for k in range(SIZE)}, dict_mutate, lambda c: list(c.values()), ints), DICT_ERRORS)


def set_mutate(c, i):
    if i % 2:
        c.add(1000 + i)
    else:
        c.discard(999 + i)
report('set', race(lambda: set(range(SIZE)), set_mutate, list, ints),
       {'ok', 'RuntimeError: Set changed size during iteration'})


def deque_mutate(c, i):
    if i % 2:
        c.append(1000 + i)
    else:
        c.pop()
        c.appendleft(c.popleft())
DEQUE_ERRORS = {'ok', 'RuntimeError: deque mutated during iteration'}
report('deque', race(lambda: deque(range(SIZE)), deque_mutate, list, ints), DEQUE_ERRORS)
report('reversed(deque)', race(lambda: deque(range(SIZE)), deque_mutate, lambda c: list(reversed(c)), ints), DEQUE_ERRORS)
report('deque.count', race(lambda: deque(range(SIZE)), deque_mutate, lambda c: [c.count(5)], ints), DEQUE_ERRORS)

# Snapshots taken by whole-container operations (sorted, copy, tuple, repr) are consistent.
def list_swap(c, i):
    c[i % SIZE] = c[i % SIZE]
report('sorted(list)', race(lambda: list(range(SIZE)), list_swap,
                            lambda c: sorted(c), lambda s: s == list(range(SIZE))), {'ok'})
