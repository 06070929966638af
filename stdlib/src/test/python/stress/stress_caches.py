# Inline caches and type version tags stay correct while another thread mutates a class or a
# module: every call returns the old or the new result, never a stale mix, and once the
# writer is done (a happens-before edge through Event/join) every reader sees the final value.
import sys
import threading
import types

READERS = 6
CALLS = int(sys.argv[1]) if len(sys.argv) > 1 else 20000


def run(name, read, write, allowed, final):
    """READERS threads call read() CALLS times while one thread calls write(i) in a loop; then
    write('final') and every reader must see final on its next read."""
    stop = threading.Event()
    finished = threading.Event()
    seen = [set() for _ in range(READERS)]
    last = [None] * READERS
    errors = []
    start = threading.Barrier(READERS + 1)

    def reader(k):
        start.wait()
        try:
            s = seen[k]
            for _ in range(CALLS):
                s.add(read())
            stop.set()
            finished.wait()
            last[k] = read()
        except BaseException as e:
            errors.append('%s: %s' % (type(e).__name__, e))
            stop.set()

    def writer():
        start.wait()
        i = 0
        while not stop.is_set():
            write(i)
            i += 1

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(READERS)]
    w = threading.Thread(target=writer)
    for t in threads:
        t.start()
    w.start()
    w.join()
    write('final')
    finished.set()
    for t in threads:
        t.join()
    values = set().union(*seen)
    # A reader still looping when the writer is told to finish may see the final value too.
    bad = sorted(repr(v) for v in values - allowed - {final})
    stale = [v for v in last if v != final]
    if errors or bad or stale:
        print(name, 'FAILED', errors[:1], bad[:5], stale[:3])
    else:
        print(name, 'ok')


# A method replaced on the class while others call it through instances.
class C:
    def f(self):
        return 'old'

def old_f(self):
    return 'old'

def new_f(self):
    return 'new'

def final_f(self):
    return 'final'

obj = C()
def replace_method(i):
    C.f = final_f if i == 'final' else (new_f if i % 2 else old_f)
run('method replaced', lambda: obj.f(), replace_method, {'old', 'new'}, 'final')


# The same through a subclass: the base's change must invalidate the subclass's caches.
class Sub(C):
    pass

sub = Sub()
C.f = old_f
run('inherited method replaced', lambda: sub.f(), replace_method, {'old', 'new'}, 'final')


# A method added to and deleted from the subclass (shadowing the base's).
C.f = old_f
def shadow(i):
    if i == 'final':
        Sub.f = final_f
    elif i % 2:
        Sub.f = new_f
    elif 'f' in Sub.__dict__:
        del Sub.f
run('shadowing method added/deleted', lambda: sub.f(), shadow, {'old', 'new'}, 'final')


# __bases__ reassigned: the method comes from one base or the other.
class A:
    def g(self):
        return 'A'

class B:
    def g(self):
        return 'B'

class Final:
    def g(self):
        return 'final'

class D(A):
    pass

dobj = D()
def rebase(i):
    D.__bases__ = (Final,) if i == 'final' else ((B,) if i % 2 else (A,))
run('__bases__ reassigned', lambda: dobj.g(), rebase, {'A', 'B'}, 'final')


# A class attribute (data, not a method) replaced.
class K:
    x = 0

kobj = K()
def set_class_attr(i):
    K.x = -1 if i == 'final' else i % 3
run('class attribute', lambda: kobj.x, set_class_attr, {0, 1, 2}, -1)


# A module global replaced, read by a function of that module (LOAD_GLOBAL caches).
mod = types.ModuleType('stress_mod')
exec('G = 0\ndef get():\n    return G\ndef length():\n    return len("ab")\n', mod.__dict__)
def set_global(i):
    mod.G = -1 if i == 'final' else i % 3
run('module global', mod.get, set_global, {0, 1, 2}, -1)


# A global shadowing a builtin, added and removed (globals and builtins keys versions).
def shadow_builtin(i):
    if i == 'final':
        mod.len = lambda s: -1
    elif i % 2:
        mod.len = lambda s: 99
    else:
        mod.__dict__.pop('len', None)
run('builtin shadowed by a global', mod.length, shadow_builtin, {2, 99}, -1)


# Monotonic visibility: a counter written by one thread is never seen to go backwards.
class Counter:
    n = 0

def monotonic_reader():
    prev = -1
    for _ in range(CALLS):
        v = Counter.n
        if v < prev:
            return 'went back from %d to %d' % (prev, v)
        prev = v
    return 'ok'

stop = threading.Event()
def bump():
    while not stop.is_set():
        Counter.n += 1
results = []
w = threading.Thread(target=bump)
w.start()
readers = [threading.Thread(target=lambda: results.append(monotonic_reader())) for _ in range(READERS)]
for t in readers:
    t.start()
for t in readers:
    t.join()
stop.set()
w.join()
print('class attribute monotonic', 'ok' if set(results) == {'ok'} else 'FAILED ' + str(sorted(set(results))))
