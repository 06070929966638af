# Single operations on built-in containers are atomic: 8 threads x N operations lose nothing.
# list.append/pop, dict.__setitem__/setdefault, set.add, deque.append/popleft.
import sys
import threading
from collections import deque

THREADS = 8
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000


def run(target):
    """Runs target(k) on THREADS threads that start together; returns their results."""
    results = [None] * THREADS
    barrier = threading.Barrier(THREADS)

    def body(k):
        barrier.wait()
        results[k] = target(k)

    threads = [threading.Thread(target=body, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def check(name, ok, detail):
    print(name, 'ok' if ok else 'LOST ' + detail)


# list.append: every appended item is there exactly once.
lst = []
def list_append(k):
    append = lst.append
    base = k * N
    for i in range(N):
        append(base + i)
run(list_append)
check('list.append', len(lst) == THREADS * N and len(set(lst)) == THREADS * N, str(len(lst)))

# list.pop: the items popped by all threads are exactly the items appended.
def list_pop(k):
    pop = lst.pop
    got = []
    for i in range(N):
        got.append(pop())
    return got
popped = run(list_pop)
flat = [x for part in popped for x in part]
check('list.pop', len(lst) == 0 and sorted(flat) == list(range(THREADS * N)), str(len(flat)))

# dict.__setitem__ on distinct keys, then on one shared key set.
d = {}
def dict_setitem(k):
    base = k * N
    for i in range(N):
        d[base + i] = k
run(dict_setitem)
check('dict.__setitem__', len(d) == THREADS * N and all(d[k * N] == k for k in range(THREADS)), str(len(d)))

# dict.setdefault: on a shared key range, exactly one thread wins each key, and every
# thread's returned value agrees with the winner's.
shared = {}
KEYS = N // 4
def dict_setdefault(k):
    mismatches = 0
    for i in range(N):
        key = i % KEYS
        v = shared.setdefault(key, k)
        if shared[key] != v:
            mismatches += 1
    return mismatches
mism = run(dict_setdefault)
check('dict.setdefault', len(shared) == KEYS and sum(mism) == 0, '%d %d' % (len(shared), sum(mism)))

# set.add: distinct and overlapping elements.
s = set()
def set_add(k):
    add = s.add
    base = k * (N // 2)
    for i in range(N):
        add(base + i)
run(set_add)
expected = (THREADS - 1) * (N // 2) + N
check('set.add', len(s) == expected, '%d != %d' % (len(s), expected))

# deque.append then popleft: nothing lost, nothing duplicated.
dq = deque()
def deque_append(k):
    append = dq.append
    base = k * N
    for i in range(N):
        append(base + i)
run(deque_append)
check('deque.append', len(dq) == THREADS * N, str(len(dq)))
def deque_popleft(k):
    popleft = dq.popleft
    got = []
    for i in range(N):
        got.append(popleft())
    # Items popped by one thread come out in FIFO order.
    return got
parts = run(deque_popleft)
def fifo(part):
    last = {}
    for x in part:
        if last.get(x // N, -1) > x:
            return False
        last[x // N] = x
    return True
ordered = all(fifo(p) for p in parts)
flat = sorted(x for p in parts for x in p)
check('deque.popleft', len(dq) == 0 and flat == list(range(THREADS * N)) and ordered, str(len(flat)))

# Mixed producers and consumers on one deque.
dq2 = deque()
def deque_mixed(k):
    if k % 2 == 0:
        for i in range(N):
            dq2.append(i)
        return 0
    taken = 0
    while taken < N:
        try:
            dq2.popleft()
            taken += 1
        except IndexError:
            pass
    return taken
taken = run(deque_mixed)
check('deque.mixed', len(dq2) == 0 and sum(taken) == THREADS // 2 * N, str(len(dq2)))
