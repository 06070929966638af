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

    /** _thread.lock (threading.Lock): a class since 3.13, not subclassable. */
    static final PyType LOCK = Types.builtin("lock", Types.OBJECT, null, ThreadModule::initLock);
    /** _thread.RLock (what threading.RLock() returns). */
    static final PyType RLOCK = Types.builtin("RLock", Types.OBJECT, null, ThreadModule::initRLock);
    static { LOCK.baseType = false; }

    /**
     * A binary lock: any thread may release it. A one-permit semaphore: an uncontended
     * acquire/release is one CAS each, a contended acquire parks (no spinning in Python code).
     */
    static final class Lock extends PyObject {
        final java.util.concurrent.Semaphore sem = new java.util.concurrent.Semaphore(1);
        @Override public PyType type() { return LOCK; }

        boolean acquire(boolean blocking, double timeout) {
            if (sem.tryAcquire()) return true;
            if (!blocking) return false;
            try {
                if (timeout < 0) { sem.acquire(); return true; }
                return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw Interrupts.keyboardInterrupt();
            }
        }

        /** Releases; the check and the release are one step (two releasers cannot both succeed). */
        void release() {
            synchronized (this) {
                if (sem.availablePermits() > 0) throw Errors.runtimeError("release unlocked lock");
                sem.release();
            }
        }

        boolean locked() { return sem.availablePermits() == 0; }
    }

    /** A reentrant lock owned by the thread that acquired it; {@code count} mirrors the hold count for repr. */
    static final class RLock extends PyObject {
        /** ReentrantLock exposes its owner only to subclasses. */
        static final class Owned extends ReentrantLock {
            Thread ownerThread() { return getOwner(); }
        }
        final Owned lock = new Owned();
        volatile int count;
        private final PyType type;
        RLock(PyType type) { this.type = type; }
        @Override public PyType type() { return type; }

        boolean acquire(boolean blocking, double timeout) {
            boolean ok;
            if (lock.tryLock()) ok = true;
            else if (!blocking) ok = false;
            else {
                try {
                    if (timeout < 0) { lock.lockInterruptibly(); ok = true; }
                    else ok = lock.tryLock((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    throw Interrupts.keyboardInterrupt();
                }
            }
            if (ok) count = lock.getHoldCount();
            return ok;
        }

        void release() {
            if (!lock.isHeldByCurrentThread()) throw Errors.runtimeError("cannot release un-acquired lock");
            count = lock.getHoldCount() - 1;
            lock.unlock();
        }

        /** Condition.wait: releases every hold, returning (count, owner) to restore later. */
        PyObject releaseSave() {
            if (!lock.isHeldByCurrentThread()) throw Errors.runtimeError("cannot release un-acquired lock");
            int n = lock.getHoldCount();
            count = 0;
            for (int i = 0; i < n; i++) lock.unlock();
            return PyTuple.of(PyInt.of(n), PyInt.of(Thread.currentThread().threadId()));
        }

        void acquireRestore(PyObject state) {
            int n = (int) Abstract.indexLong(Abstract.getItem(state, PyInt.ZERO));
            try {
                for (int i = 0; i < n; i++) lock.lockInterruptibly();
            } catch (InterruptedException e) {
                throw Interrupts.keyboardInterrupt();
            }
            count = n;
        }

        long ownerIdent() {
            Thread t = lock.ownerThread();
            return t == null ? 0 : t.threadId();
        }
    }

    /** acquire(blocking=True, timeout=-1) with CPython's argument checks; returns {blocking, timeout}. */
    private static double[] acquireArgs(PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("acquire", a, k, 0, "blocking", "timeout");
        boolean blocking = p[0] == null || Abstract.isTrue(p[0]);
        double timeout = p[1] == null ? -1 : regpy.types.FloatType.convert(p[1]);
        if (!blocking && timeout != -1) throw Errors.valueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.valueError("timeout value must be a non-negative number");
        if (timeout > TIMEOUT_MAX) throw Errors.overflowError("timeout value is too large");
        return new double[] {blocking ? 1 : 0, timeout};
    }

    static final double TIMEOUT_MAX = 9223372036.0;

    static void initLock(PyType t) {
        t.set("__module__", PyStr.of("_thread"));
        t.staticMethod("__new__", (a, k) -> {
            int n = a.length - 1;
            if (n > 0 || (k != null && k.length > 0)) throw Errors.typeError("lock expected 0 arguments, got " + n);
            return new Lock();
        });
        Fn.MV acquire = (self, a, k) -> {
            double[] p = acquireArgs(a, k);
            return PyBool.of(((Lock) self).acquire(p[0] != 0, p[1]));
        };
        Fn.M0 release = self -> { ((Lock) self).release(); return PySingleton.NONE; };
        Fn.M0 locked = self -> PyBool.of(((Lock) self).locked());
        t.mv("acquire", acquire);
        t.mv("acquire_lock", acquire);
        t.m0("release", release);
        t.m0("release_lock", release);
        t.m0("locked", locked);
        t.m0("locked_lock", locked);
        t.m0("__enter__", self -> PyBool.of(((Lock) self).acquire(true, -1)));
        t.mv("__exit__", (self, a, k) -> { ((Lock) self).release(); return PySingleton.NONE; });
        t.m0("_at_fork_reinit", self -> PySingleton.NONE);
        t.m0("__repr__", self -> PyStr.of("<" + (((Lock) self).locked() ? "locked" : "unlocked")
                + " _thread.lock object at " + regpy.types.ObjectType.addr(self) + ">"));
    }

    static void initRLock(PyType t) {
        t.set("__module__", PyStr.of("_thread"));
        t.staticMethod("__new__", (a, k) -> new RLock((PyType) a[0]));
        t.mv("acquire", (self, a, k) -> {
            double[] p = acquireArgs(a, k);
            return PyBool.of(((RLock) self).acquire(p[0] != 0, p[1]));
        });
        t.m0("release", self -> { ((RLock) self).release(); return PySingleton.NONE; });
        t.m0("__enter__", self -> PyBool.of(((RLock) self).acquire(true, -1)));
        t.mv("__exit__", (self, a, k) -> { ((RLock) self).release(); return PySingleton.NONE; });
        t.m0("_is_owned", self -> PyBool.of(((RLock) self).lock.isHeldByCurrentThread()));
        t.m0("_recursion_count", self -> PyInt.of(((RLock) self).lock.getHoldCount()));
        t.m0("_release_save", self -> ((RLock) self).releaseSave());
        t.m1("_acquire_restore", (self, st) -> { ((RLock) self).acquireRestore(st); return PySingleton.NONE; });
        t.m0("_at_fork_reinit", self -> PySingleton.NONE);
        t.m0("__repr__", self -> {
            RLock r = (RLock) self;
            long owner = r.ownerIdent();
            String typeName = self.type() == RLOCK ? "_thread.RLock" : self.type().getName();
            return PyStr.of("<" + (owner != 0 ? "locked" : "unlocked") + " " + typeName + " object owner=" + owner + " count=" + (owner != 0 ? r.count : 0) + " at " + regpy.types.ObjectType.addr(self) + ">");
        });
    }

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.set("LockType", LOCK);
        m.set("RLock", RLOCK);
        m.set("error", Types.RUNTIME_ERROR);
        m.set("lock", LOCK);
        m.set("TIMEOUT_MAX", PyFloat.of(TIMEOUT_MAX));
        m.def("allocate_lock", (a, k) -> { Args.count("allocate_lock", a, k, 0, 0); return new Lock(); });
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
