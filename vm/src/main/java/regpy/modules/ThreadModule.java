package regpy.modules;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import regpy.objects.*;
import regpy.runtime.*;

/** _thread: start_new_thread, allocate_lock, get_ident (the base the threading module builds on). */
public final class ThreadModule {
    private ThreadModule() {}

    /** Stack size of Python threads: deep recursion must hit RecursionError before the JVM stack ends. */
    public static final long STACK_SIZE = 1L << 30;

    static final PyType LOCK = Types.builtin("_thread.lock", Types.OBJECT, null, ThreadModule::initLock);
    static final PyType RLOCK = Types.builtin("_thread.RLock", Types.OBJECT, null, ThreadModule::initLock);

    /** A lock: binary (non-reentrant, releasable by any thread) or reentrant. */
    static final class Lock extends PyObject {
        final boolean reentrant;
        final java.util.concurrent.Semaphore sem = new java.util.concurrent.Semaphore(1);
        final ReentrantLock rlock = new ReentrantLock();
        Lock(boolean reentrant) { this.reentrant = reentrant; }
        @Override public PyType type() { return reentrant ? RLOCK : LOCK; }

        boolean acquire(boolean blocking, double timeout) {
            try {
                if (reentrant) {
                    if (!blocking) return rlock.tryLock();
                    if (timeout < 0) { rlock.lockInterruptibly(); return true; }
                    return rlock.tryLock((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
                }
                if (!blocking) return sem.tryAcquire();
                if (timeout < 0) { sem.acquire(); return true; }
                return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw Errors.of(Types.KEYBOARD_INTERRUPT, new PyObject[0]);
            }
        }

        void release() {
            if (reentrant) {
                if (!rlock.isHeldByCurrentThread()) throw Errors.runtimeError("cannot release un-acquired lock");
                rlock.unlock();
            } else {
                if (sem.availablePermits() > 0) throw Errors.runtimeError("release unlocked lock");
                sem.release();
            }
        }

        boolean locked() { return reentrant ? rlock.isLocked() : sem.availablePermits() == 0; }
    }

    static void initLock(PyType t) {
        t.mv("acquire", (self, a, k) -> {
            PyObject[] p = Args.parse("acquire", a, k, 0, "blocking", "timeout");
            boolean blocking = p[0] == null || Abstract.isTrue(p[0]);
            double timeout = p[1] == null ? -1 : regpy.types.FloatType.convert(p[1]);
            return PyBool.of(((Lock) self).acquire(blocking, timeout));
        });
        t.m0("release", self -> { ((Lock) self).release(); return PySingleton.NONE; });
        t.m0("locked", self -> PyBool.of(((Lock) self).locked()));
        t.m0("__enter__", self -> PyBool.of(((Lock) self).acquire(true, -1)));
        t.mv("__exit__", (self, a, k) -> { ((Lock) self).release(); return PySingleton.NONE; });
        t.m0("_is_owned", self -> PyBool.of(((Lock) self).rlock.isHeldByCurrentThread()));
        t.m0("__repr__", self -> PyStr.of("<" + (((Lock) self).locked() ? "locked" : "unlocked") + " " + self.type().getName() + " object at " + regpy.types.ObjectType.addr(self) + ">"));
    }

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.set("LockType", LOCK);
        m.set("RLock", RLOCK);
        m.set("error", Types.RUNTIME_ERROR);
        m.set("TIMEOUT_MAX", PyFloat.of(9223372036.0));
        m.def("allocate_lock", (a, k) -> new Lock(false));
        m.def("RLock", (a, k) -> new Lock(true));
        m.def("get_ident", (a, k) -> PyInt.of(Thread.currentThread().threadId()));
        m.def("get_native_id", (a, k) -> PyInt.of(Thread.currentThread().threadId()));
        m.def("start_new_thread", (a, k) -> {
            PyObject fn = a[0];
            PyObject args = a.length > 1 ? a[1] : PyTuple.EMPTY;
            PyObject kwargs = a.length > 2 ? a[2] : null;
            Thread t = new ThreadState.PyThread(null, () -> {
                try {
                    Calls.callEx(fn, args, kwargs);
                } catch (PyException e) {
                    if (!e.exc.type().isSubtype(Types.SYSTEM_EXIT)) {
                        SysModule.STDERR.write("Unhandled exception in thread started by " + Abstract.reprString(fn) + "\n");
                        TracebackPrinter.print(e.exc);
                    }
                }
            }, "Thread", STACK_SIZE);
            t.setDaemon(true);
            t.start();
            return PyInt.of(t.threadId());
        });
        m.def("stack_size", (a, k) -> PyInt.ZERO);
        m.def("_count", (a, k) -> PyInt.of(Thread.activeCount()));
        return m;
    }
}
