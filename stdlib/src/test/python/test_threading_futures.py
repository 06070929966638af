# concurrent.futures: ThreadPoolExecutor, map, submit, as_completed, wait, callbacks, errors
from concurrent.futures import (ThreadPoolExecutor, Future, as_completed, wait,
                                FIRST_COMPLETED, ALL_COMPLETED, CancelledError, InvalidStateError)
import threading
def sq(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(sq, range(10))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    fs = {ex.submit(sq, i): i for i in range(8)}
    print(sorted(f.result() for f in as_completed(fs)))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled())
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("TimeoutError while blocked")
    done, not_done = wait([slow], timeout=0.01, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    gate.set()
    print(slow.result())
    calls = []
    f = ex.submit(sq, 7)
    f.add_done_callback(lambda fut: calls.append(fut.result()))
    f.result()
    wait([f])
names = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    ex.submit(lambda: names.append(threading.current_thread().name)).result()
print(names)
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
f = Future()
print(f.done(), f.running(), f.cancel(), f.cancelled())
try:
    f.result()
except CancelledError:
    print("CancelledError")
g = Future()
g.set_result(5)
try:
    g.set_result(6)
except InvalidStateError:
    print("InvalidStateError")
print(g.result(), g.cancel())
pool = ThreadPoolExecutor(2)
print(pool.submit(sq, 12).result())
# pool is never shut down: the interpreter must still exit
