package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** generator, coroutine, async_generator (object-level protocol). */
public final class GeneratorTypes {
    private GeneratorTypes() {}

    static PyGenerator g(PyObject o) { return (PyGenerator) o; }

    static PyBaseException excArg(PyObject[] a) {
        PyObject typ = a[0];
        if (typ instanceof PyBaseException e) return e;
        if (typ instanceof PyType t && t.isException) {
            if (a.length > 1 && a[1] instanceof PyBaseException e) return e;
            return a.length > 1 && a[1] != PySingleton.NONE ? (PyBaseException) Calls.call(t, a[1]) : Exceptions.instantiate(t);
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not " + typ.type().getName());
    }

    static void common(PyType t, String kind) {
        t.m1("send", (self, v) -> Generators.send(g(self), v));
        t.mv("throw", (self, a, k) -> Generators.throwInto(g(self), excArg(a)));
        t.m0("close", self -> Generators.close(g(self)));
        t.getset("__name__", self -> PyStr.of(g(self).name), (self, v) -> g(self).name = ((PyStr) v).value);
        t.getset("__qualname__", self -> PyStr.of(g(self).qualname), (self, v) -> g(self).qualname = ((PyStr) v).value);
        t.m0("__repr__", self -> PyStr.of("<" + kind + " object " + g(self).qualname + " at " + ObjectType.addr(self) + ">"));
    }

    public static void initGenerator(PyType t) {
        common(t, "generator");
        t.m0("__iter__", self -> self);
        t.m0("__next__", self -> {
            PyObject[] out = new PyObject[1];
            if (Generators.resume(g(self), PySingleton.NONE, null, out)) return out[0];
            throw Generators.stopIteration(out[0]);
        });
        t.getset("gi_frame", self -> g(self).frame.finished ? PySingleton.NONE : g(self).frame, null);
        t.getset("gi_running", self -> PyBool.of(g(self).running), null);
        t.getset("gi_code", self -> g(self).frame.pycode, null);
        t.getset("gi_yieldfrom", self -> { PyObject y = Generators.yieldFrom(g(self)); return y == null ? PySingleton.NONE : y; }, null);
        t.getset("gi_suspended", self -> PyBool.of(g(self).started && !g(self).frame.finished && !g(self).running), null);
    }

    public static void initCoroutine(PyType t) {
        common(t, "coroutine");
        t.m0("__await__", self -> new AwaitWrapper(g(self)));
        t.getset("cr_frame", self -> g(self).frame.finished ? PySingleton.NONE : g(self).frame, null);
        t.getset("cr_running", self -> PyBool.of(g(self).running), null);
        t.getset("cr_code", self -> g(self).frame.pycode, null);
        t.getset("cr_await", self -> { PyObject y = Generators.yieldFrom(g(self)); return y == null ? PySingleton.NONE : y; }, null);
    }

    public static void initAsyncGenerator(PyType t) {
        t.getset("__name__", self -> PyStr.of(g(self).name), null);
        t.getset("__qualname__", self -> PyStr.of(g(self).qualname), null);
        t.m0("__repr__", self -> PyStr.of("<async_generator object " + g(self).qualname + " at " + ObjectType.addr(self) + ">"));
        t.m0("__aiter__", self -> self);
        t.m0("__anext__", self -> new AsyncGenOp(g(self), AsyncGenOp.SEND, PySingleton.NONE));
        t.m1("asend", (self, v) -> new AsyncGenOp(g(self), AsyncGenOp.SEND, v));
        t.mv("athrow", (self, a, k) -> new AsyncGenOp(g(self), AsyncGenOp.THROW, excArg(a)));
        t.m0("aclose", self -> new AsyncGenOp(g(self), AsyncGenOp.CLOSE, null));
        t.getset("ag_frame", self -> g(self).frame.finished ? PySingleton.NONE : g(self).frame, null);
        t.getset("ag_running", self -> PyBool.of(g(self).running), null);
        t.getset("ag_code", self -> g(self).frame.pycode, null);
        t.getset("ag_await", self -> { PyObject y = Generators.yieldFrom(g(self)); return y == null ? PySingleton.NONE : y; }, null);
    }

    public static final PyType ASYNC_GEN_ASEND = Types.builtin("async_generator_asend", Types.OBJECT, null, GeneratorTypes::initAsyncOp);
    public static final PyType ASYNC_GEN_ATHROW = Types.builtin("async_generator_athrow", Types.OBJECT, null, GeneratorTypes::initAsyncOp);

    /**
     * The awaitable returned by __anext__/asend/athrow/aclose: iterating it runs the async
     * generator until it yields a value of its own (wrapped by ASYNC_GEN_WRAP, delivered as
     * StopIteration(value)), passing through whatever inner awaits yield.
     */
    static final class AsyncGenOp extends PyObject {
        static final int SEND = 0, THROW = 1, CLOSE = 2;
        final PyGenerator gen;
        final int mode;
        final PyObject arg;
        boolean started, done;

        AsyncGenOp(PyGenerator gen, int mode, PyObject arg) { this.gen = gen; this.mode = mode; this.arg = arg; }

        @Override public PyType type() { return mode == SEND ? ASYNC_GEN_ASEND : ASYNC_GEN_ATHROW; }

        PyObject step(PyObject value, PyBaseException exc) {
            if (done) throw Errors.runtimeError("cannot reuse already awaited " + (mode == SEND ? "__anext__()/asend()" : "aclose()/athrow()"));
            PyObject[] out = new PyObject[1];
            boolean yielded;
            try {
                if (!started) {
                    started = true;
                    if (mode == SEND) yielded = Generators.resume(gen, value == PySingleton.NONE ? arg : value, exc, out);
                    else {
                        if (gen.frame.finished || (!gen.started && mode == CLOSE)) { done = true; gen.frame.finished = true; throw Errors.stopIteration(); }
                        PyBaseException toThrow = mode == THROW ? (PyBaseException) arg : Exceptions.create(Types.GENERATOR_EXIT, new PyObject[0]);
                        yielded = Generators.resume(gen, PySingleton.NONE, toThrow, out);
                    }
                } else yielded = Generators.resume(gen, value, exc, out);
            } catch (PyException e) {
                done = true;
                if (mode == CLOSE && (e.exc.type().isSubtype(Types.GENERATOR_EXIT) || e.exc.type().isSubtype(Types.STOP_ASYNC_ITERATION)))
                    throw Errors.stopIteration();
                throw e;
            }
            if (!yielded) {
                done = true;
                if (mode == CLOSE) throw Errors.stopIteration();
                throw Errors.of(Types.STOP_ASYNC_ITERATION, new PyObject[0]);
            }
            if (out[0] instanceof Generators.AsyncGenValue w) {
                done = true;
                if (mode == CLOSE) throw Errors.runtimeError("async generator ignored GeneratorExit");
                throw Generators.stopIteration(w.value);
            }
            return out[0];
        }
    }

    static void initAsyncOp(PyType t) {
        t.m0("__await__", self -> self);
        t.m0("__iter__", self -> self);
        t.m0("__next__", self -> ((AsyncGenOp) self).step(PySingleton.NONE, null));
        t.m1("send", (self, v) -> ((AsyncGenOp) self).step(v, null));
        t.mv("throw", (self, a, k) -> ((AsyncGenOp) self).step(PySingleton.NONE, excArg(a)));
        t.m0("close", self -> { ((AsyncGenOp) self).done = true; return PySingleton.NONE; });
    }

    /** coroutine.__await__() result: iterates the coroutine. */
    static final class AwaitWrapper extends PyObject {
        final PyGenerator coro;
        AwaitWrapper(PyGenerator coro) { this.coro = coro; }
        @Override public PyType type() { return Types.CORO_WRAPPER; }
    }

    public static void initAwaitWrapper(PyType t) {
        t.m0("__iter__", self -> self);
        t.m0("__next__", self -> Generators.send(((AwaitWrapper) self).coro, PySingleton.NONE));
        t.m1("send", (self, v) -> Generators.send(((AwaitWrapper) self).coro, v));
        t.mv("throw", (self, a, k) -> Generators.throwInto(((AwaitWrapper) self).coro, excArg(a)));
        t.m0("close", self -> Generators.close(((AwaitWrapper) self).coro));
    }
}
