# threading: excepthook output, Timer, Barrier (action, abort), Condition timeouts,
# local subclasses, enumerate/active_count, idents, repr and error messages
import io
import sys
import threading
import time

def boom():
    raise ValueError("bad value")
captured = io.StringIO()
saved = sys.stderr
sys.stderr = captured
t = threading.Thread(target=boom, name="failing")
t.start(); t.join()
sys.stderr = saved
lines = captured.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])
hooked = []
old_hook = threading.excepthook
threading.excepthook = lambda a: hooked.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))
t = threading.Thread(target=boom, name="hooked")
t.start(); t.join()
threading.excepthook = old_hook
print(hooked)
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.name.endswith(" (<lambda>)"), t.ident, t.is_alive())
t.start(); t.join()
print(isinstance(t.ident, int), isinstance(t.native_id, int), t.is_alive())
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.main_thread() is threading.current_thread(), threading.get_ident() == threading.main_thread().ident)
print(threading.active_count(), [th.name for th in threading.enumerate()])
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start(); tm.join()
cancelled = threading.Timer(10, fired.append, args=("never",))
cancelled.start(); cancelled.cancel(); cancelled.join()
print(fired)
actions = []
barrier = threading.Barrier(2, action=lambda: actions.append("all arrived"))
indices = []
ts = [threading.Thread(target=lambda: indices.append(barrier.wait())) for _ in range(2)]
for th in ts: th.start()
for th in ts: th.join()
print(sorted(indices), actions, barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
b2.reset()
print(b2.broken)
cond = threading.Condition(threading.Lock())
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01), cond.wait_for(lambda: 42))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
sem = threading.Semaphore(1)
print(sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release()
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
rl = threading.RLock()
with rl:
    with rl:
        print("reentered")
class MyLocal(threading.local):
    initial = "class attr"
    def __init__(self, start):
        self.count = start
    def bump(self):
        self.count += 1
        return self.count
loc = MyLocal(5)
loc.bump()
out = []
th = threading.Thread(target=lambda: out.append((loc.bump(), loc.initial)))
th.start(); th.join()
print(loc.count, out, loc.initial)
ev = threading.Event()
print(repr(ev).endswith(": unset>"), ev.wait(0))
d = threading.Thread(target=time.sleep, args=(0.01,), daemon=True)
d.start()
print(d.daemon, d.is_alive() in (True, False))
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()
late = []
threading.Thread(target=lambda: (time.sleep(0.05), late.append(1), print("non-daemon thread finished before exit"))).start()
print("main done")
