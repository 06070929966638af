package regpy.runtime;

import regpy.code.CodeObject;
import regpy.objects.*;

/**
 * Generators and coroutines: creation at RETURN_GENERATOR, send/throw/close with yield-from
 * delegation, and the await protocol. The frame is resumed through the current engine.
 */
public final class Generators {
    private Generators() {}

    private static final PyObject[] NO_ARGS = new PyObject[0];

    public static PyGenerator create(PyFrame f) {
        int flags = f.code.flags;
        PyGenerator.Kind kind = (flags & CodeObject.CO_COROUTINE) != 0 ? PyGenerator.Kind.COROUTINE
                : (flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? PyGenerator.Kind.ASYNC_GENERATOR : PyGenerator.Kind.GENERATOR;
        String qn = f.function != null ? f.function.qualname : f.code.qualname;
        String n = f.function != null ? f.function.name : f.code.name;
        return new PyGenerator(kind, f, n, qn);
    }

    private static String kindName(PyGenerator g) {
        return switch (g.kind) { case GENERATOR -> "generator"; case COROUTINE -> "coroutine"; case ASYNC_GENERATOR -> "async generator"; };
    }

    /**
     * Resumes g with a value or an exception. Returns true when it yielded (out[0] = the
     * yielded value), false when it returned (out[0] = the return value).
     */
    public static boolean resume(PyGenerator g, PyObject value, PyBaseException exc, PyObject[] out) {
        PyFrame f = g.frame;
        if (g.running) throw Errors.valueError(kindName(g) + " already executing");
        if (f.finished) {
            if (exc != null) throw exc.toThrowable();
            if (g.kind == PyGenerator.Kind.COROUTINE) throw Errors.runtimeError("cannot reuse already awaited coroutine");
            out[0] = Abstract.NONE;
            return false;
        }
        if (!g.started && exc == null && value != Abstract.NONE)
            throw Errors.typeError("can't send non-None value to a just-started " + kindName(g));
        g.started = true;
        g.running = true;
        ThreadState ts = ThreadState.current();
        PyObject outerHandled = ts.handled;
        if (g.savedHandled != null) ts.handled = g.savedHandled;
        try {
            PyObject r = f.executor.resume(f, value, exc);
            out[0] = r;
            return !f.finished;
        } finally {
            g.savedHandled = f.finished ? null : (ts.handled != outerHandled ? ts.handled : null);
            ts.handled = outerHandled;
            g.running = false;
        }
    }

    /** next(gen) for iteration: the yielded value, or null when the generator returned. */
    public static PyObject next(PyGenerator g) {
        PyObject[] out = new PyObject[1];
        return resume(g, Abstract.NONE, null, out) ? out[0] : null;
    }

    /** gen.send(v) as Python sees it: StopIteration(value) when it returns. */
    public static PyObject send(PyGenerator g, PyObject v) {
        PyObject[] out = new PyObject[1];
        if (resume(g, v, null, out)) return out[0];
        throw stopIteration(out[0]);
    }

    public static PyException stopIteration(PyObject value) {
        return value == Abstract.NONE ? Errors.stopIteration() : Errors.stopIteration(value);
    }

    /** The sub-iterator a suspended frame delegates to (yield from / await), or null. */
    public static PyObject yieldFrom(PyGenerator g) {
        PyFrame f = g.frame;
        if (f.finished || !g.started || g.running) return null;
        return f.executor.delegate(f);
    }

    /** gen.throw(exc): delegated to a sub-iterator first (yield from), else raised at the yield. */
    public static PyObject throwInto(PyGenerator g, PyBaseException exc) {
        PyObject[] out = new PyObject[1];
        PyObject yf = yieldFrom(g);
        if (yf != null) {
            if (exc.type().isSubtype(Types.GENERATOR_EXIT)) {
                g.running = true;
                try { closeIter(yf); } catch (PyException e) { exc = e.exc; } finally { g.running = false; }
            } else {
                PyObject r;
                g.running = true;
                try {
                    if (yf instanceof PyGenerator sub) r = throwInto(sub, exc);
                    else {
                        PyObject m = Attr.getAttrOrNull(yf, "throw");
                        if (m == null) { g.running = false; return finishThrow(g, exc, out); }
                        r = Calls.call(m, exc);
                    }
                    return r;
                } catch (PyException e) {
                    exc = e.exc;
                } finally {
                    g.running = false;
                }
            }
        }
        return finishThrow(g, exc, out);
    }

    private static PyObject finishThrow(PyGenerator g, PyBaseException exc, PyObject[] out) {
        if (resume(g, Abstract.NONE, exc, out)) return out[0];
        throw stopIteration(out[0]);
    }

    private static void closeIter(PyObject it) {
        if (it instanceof PyGenerator g) { close(g); return; }
        PyObject m = Attr.getAttrOrNull(it, "close");
        if (m != null) Calls.call0(m);
    }

    /**
     * The result of a CALL that goes straight into a for loop's GET_ITER: a new generator from a
     * generator function is then held by that loop alone ({@link #dropped} closes it). The one
     * statement of that condition, for every engine.
     */
    public static PyObject ownedByLoop(PyObject result, PyObject callable) {
        if (result instanceof PyGenerator g && callable instanceof regpy.objects.PyFunction fn
                && (fn.code.code.flags & regpy.code.CodeObject.CO_GENERATOR) != 0) g.loopOwned = true;
        return result;
    }

    /**
     * A value leaves an interpreter stack. A loop-owned generator (see PyGenerator.loopOwned) is now
     * unreachable, so it is finalized as CPython finalizes it when its reference count drops to
     * zero: closed, with an exception from its finally block reported as unraisable, never raised.
     * regpy has no reference counting; this covers the common case exactly, and other abandoned
     * generators are not finalized (docs/RUNTIME.md).
     */
    public static void dropped(PyObject v) {
        if (!(v instanceof PyGenerator g) || !g.loopOwned) return;
        g.loopOwned = false;
        try {
            close(g);
        } catch (PyException e) {
            PyObject err = regpy.modules.SysModule.stderr();
            Calls.callMethod(err, "write", PyStr.of("Exception ignored in: " + Abstract.reprString(g) + "\n"
                    + TracebackPrinter.formatUnraisable(e.exc)));
        }
    }

    /** gen.close(): GeneratorExit at the yield; the return value if it returns. */
    public static PyObject close(PyGenerator g) {
        if (g.frame.finished || !g.started) {
            g.frame.finished = true;
            return Abstract.NONE;
        }
        PyObject[] out = new PyObject[1];
        try {
            PyBaseException ge = Exceptions.create(Types.GENERATOR_EXIT, NO_ARGS);
            PyObject yf = yieldFrom(g);
            if (yf != null) {
                g.running = true;
                try { closeIter(yf); } catch (PyException e) { ge = e.exc; } finally { g.running = false; }
            }
            if (resume(g, Abstract.NONE, ge, out))
                throw Errors.runtimeError(kindName(g) + " ignored GeneratorExit");
            return out[0];
        } catch (PyException e) {
            if (e.exc.type().isSubtype(Types.GENERATOR_EXIT) || e.exc.type().isSubtype(Types.STOP_ITERATION)) return Abstract.NONE;
            throw e;
        }
    }

    // ---- SEND and the await protocol -----------------------------------------------------------

    /** SEND: true when the receiver yielded (out[0] = value), false when it finished (out[0] = result). */
    public static boolean send(PyObject receiver, PyObject v, PyObject[] out) {
        if (receiver instanceof PyGenerator g && g.kind != PyGenerator.Kind.ASYNC_GENERATOR) return resume(g, v, null, out);
        try {
            if (v == Abstract.NONE && receiver.type().lookup("__next__") != null) {
                PyObject f = receiver.type().lookup("__next__");
                out[0] = Calls.callDescr(f, receiver);
            } else if (v == Abstract.NONE && receiver instanceof PyIterator it) {
                PyObject r = it.next();
                if (r == null) { out[0] = Abstract.NONE; return false; }
                out[0] = r;
            } else {
                out[0] = Calls.callMethod(receiver, "send", v);
            }
            return true;
        } catch (PyException e) {
            if (e.exc.type().isSubtype(Types.STOP_ITERATION)) {
                out[0] = regpy.types.ExceptionTypes.stopIterationValue(e.exc);
                return false;
            }
            throw e;
        }
    }

    public static PyObject getAwaitable(PyObject o, int where) {
        if (o instanceof PyGenerator g) {
            if (g.kind == PyGenerator.Kind.COROUTINE) {
                if (yieldFrom(g) != null) throw Errors.runtimeError("coroutine is being awaited already");
                return g;
            }
            if (g.kind == PyGenerator.Kind.GENERATOR && (g.frame.code.flags & CodeObject.CO_ITERABLE_COROUTINE) != 0) return g;
        }
        PyObject f = o.type().lookup("__await__");
        if (f == null) {
            String ctx = where == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: "
                    : where == 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : null;
            if (ctx != null) throw Errors.typeError(ctx + o.type().getName());
            throw Errors.typeError("object " + o.type().getName() + " can't be used in 'await' expression");
        }
        PyObject it = Calls.callDescr(f, o);
        if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE)
            throw Errors.typeError("__await__() returned a coroutine");
        if (it.type().lookup("__next__") == null && !(it instanceof PyGenerator) && !(it instanceof PyIterator))
            throw Errors.typeError("__await__() returned non-iterator of type '" + it.type().getName() + "'");
        return it;
    }

    public static PyObject getAIter(PyObject o) {
        PyObject f = o.type().lookup("__aiter__");
        if (f == null) throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().getName());
        PyObject it = Calls.callDescr(f, o);
        if (it.type().lookup("__anext__") == null)
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: " + it.type().getName());
        return it;
    }

    public static PyObject getANext(PyObject aiter) {
        PyObject f = aiter.type().lookup("__anext__");
        if (f == null) throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.type().getName());
        PyObject r = Calls.callDescr(f, aiter);
        return getAwaitable(r, 0);
    }

    /** Marks a value yielded by an async generator (as opposed to one passed through by await). */
    public static PyObject wrapAsyncGenValue(PyObject v) { return new AsyncGenValue(v); }

    /** A value yielded by an async generator body, unwrapped by asend/anext. */
    public static final class AsyncGenValue extends PyObject {
        public final PyObject value;
        AsyncGenValue(PyObject value) { this.value = value; }
        @Override public PyType type() { return Types.OBJECT; }
    }
}
