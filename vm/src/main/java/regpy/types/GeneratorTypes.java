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
        t.m0("__anext__", self -> { throw Errors.notImplemented("async generators are not supported yet"); });
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
