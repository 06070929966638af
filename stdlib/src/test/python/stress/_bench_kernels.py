"""Lock and queue kernels measured by jmh's LockBench/QueueBench (regpy) and by
scripts/bench-threads (CPython and regpy): each kernel(n) performs n operations.

Run directly, it times every kernel (best of ROUNDS) and prints `name ns/op`.
"""
import queue
import sys
import threading
import time


def lock_acquire_release(n):
    lock = threading.Lock()
    acquire, release = lock.acquire, lock.release
    for _ in range(n):
        acquire()
        release()


def lock_with(n):
    lock = threading.Lock()
    for _ in range(n):
        with lock:
            pass


def rlock_with(n):
    lock = threading.RLock()
    for _ in range(n):
        with lock:
            pass


def lock_contended(n, threads=2):
    """threads threads each increment a shared counter n // threads times under one lock."""
    lock = threading.Lock()
    counter = [0]
    per_thread = n // threads

    def work():
        for _ in range(per_thread):
            with lock:
                counter[0] += 1

    ts = [threading.Thread(target=work) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if counter[0] != per_thread * threads:
        raise AssertionError('lost updates: %d' % counter[0])


def queue_put_get(n):
    q = queue.Queue()
    put, get = q.put, q.get
    for i in range(n):
        put(i)
        get()


def _handoff(q, n):
    def produce():
        put = q.put
        for i in range(n):
            put(i)

    t = threading.Thread(target=produce)
    t.start()
    get = q.get
    total = 0
    for _ in range(n):
        total += get()
    t.join()
    if total != n * (n - 1) // 2:
        raise AssertionError('lost items')


def queue_handoff(n):
    """One producer thread, the caller consumes: n items cross between threads."""
    _handoff(queue.Queue(maxsize=1000), n)


def simplequeue_handoff(n):
    _handoff(queue.SimpleQueue(), n)


KERNELS = [lock_acquire_release, lock_with, rlock_with, lock_contended,
           queue_put_get, queue_handoff, simplequeue_handoff]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for kernel in KERNELS:
        best = None
        for _ in range(rounds):
            t0 = time.perf_counter()
            kernel(n)
            dt = time.perf_counter() - t0
            best = dt if best is None or dt < best else best
        print('%-22s %8.1f ns/op' % (kernel.__name__, best / n * 1e9))


if __name__ == '__main__':
    main()
