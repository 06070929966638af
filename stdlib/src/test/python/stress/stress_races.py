# Container operations that compare while other threads mutate: nothing lost, no deadlock.
# list.sort (of ints: no Python code runs, so it is atomic as under the GIL) while another
# thread appends; list.remove by several threads while others append; a set whose keys' __eq__
# waits for another thread that uses the same set (the set's lock is not held across __eq__).
import threading

ROUNDS = 200


def sort_while_appending():
    data = list(range(1000, 0, -1))
    appended = 20000
    done = threading.Event()

    def appender():
        for i in range(appended):
            data.append(-i)
        done.set()

    t = threading.Thread(target=appender)
    t.start()
    errors = 0
    sorts = 0
    while not done.is_set() or sorts < 5:
        try:
            data.sort()
        except ValueError:
            errors += 1
        sorts += 1
    t.join()
    data.sort()
    expected = sorted(list(range(1000, 0, -1)) + [-i for i in range(appended)])
    print("list.sort with appends:", "ok" if data == expected and errors == 0 else
          "LOST %d items, %d ValueErrors" % (len(expected) - len(data), errors))


def remove_while_appending():
    workers = 4
    per = 5000
    data = list(range(workers * per))
    extra = 20000

    def remover(k):
        for v in range(k, workers * per, workers):
            data.remove(v)

    def appender():
        for i in range(extra):
            data.append(-1 - i)

    threads = [threading.Thread(target=remover, args=(k,)) for k in range(workers)]
    threads.append(threading.Thread(target=appender))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("list.remove with appends:", "ok" if sorted(data) == sorted(-1 - i for i in range(extra))
          else "WRONG %d items left" % len(data))


class WaitingKey:
    """A key whose __eq__ waits for a thread that adds to the same set."""
    def __init__(self, s, v):
        self.s = s
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        t = threading.Thread(target=self.s.add, args=(("helper", id(other), self.v),))
        t.start()
        t.join(10)
        if t.is_alive():
            print("set.__eq__: DEADLOCK (helper blocked on the set)")
            raise SystemExit(1)
        return isinstance(other, WaitingKey) and self.v == other.v


def set_eq_runs_unlocked():
    s = set()
    s.add(WaitingKey(s, 1))
    found = 0
    for i in range(ROUNDS // 10):
        if WaitingKey(s, 1) in s:
            found += 1
    s.add(WaitingKey(s, 1))
    keys = [k for k in s if isinstance(k, WaitingKey)]
    print("set.__eq__ outside the lock:", "ok" if found == ROUNDS // 10 and len(keys) == 1 else
          "WRONG found=%d keys=%d" % (found, len(keys)))


for _ in range(3):
    sort_while_appending()
    remove_while_appending()
set_eq_runs_unlocked()
