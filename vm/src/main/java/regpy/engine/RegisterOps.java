package regpy.engine;

import regpy.code.CodeObject;
import regpy.interp.Builders;
import regpy.interp.SuperSupport;
import regpy.objects.*;
import regpy.runtime.*;
import regpy.types.ExceptionTypes;

/**
 * The semantics of each op that is more than one runtime call, as static methods on values (no
 * frame access where avoidable), so the switch loop ({@link SwitchBody}), the spun classes
 * (regpy.engine.spin) and the reference interpreter (regpy.interp.Interpreter) call the same code.
 * An op that is exactly one runtime call (Abstract.binaryOp, Attr.setAttr, Iter.getIter, ...) is
 * called directly by the engines and has no method here.
 *
 * <p>Also the unwinding primitives every engine shares: {@link #caught} (a Java throwable at an
 * instruction becomes the Python exception a handler sees, with this frame's traceback entry and
 * the implicit __context__), {@link #escape} (no handler: the frame ends) and {@link #lastiValue}.
 */
public final class RegisterOps {
    private RegisterOps() {}

    public static final PyObject NONE = Abstract.NONE;

    // ---- frames ---------------------------------------------------------------------------------

    /** The builtins dict of a globals dict (its __builtins__ module or dict, else the builtins module's). */
    public static PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        return b instanceof PyModule m ? m.dict : b instanceof PyDict d ? d : regpy.modules.BuiltinsModule.dict();
    }

    /** exec of a code object with free variables: its cells go into the last slots of locals-plus. */
    public static void copyClosure(PyFrame frame, PyTuple closure) {
        int n = closure.items.length, base = frame.code.nlocalsplus() - n;
        System.arraycopy(closure.items, 0, frame.slots, base, n);
    }

    /** COPY_FREE_VARS n: the function's closure cells into the last n locals-plus slots (runCode copied them already). */
    public static void copyFreeVars(PyFrame f, int n) {
        if (f.function == null) return;
        System.arraycopy(f.function.closure.items, 0, f.slots, f.code.nlocalsplus() - n, n);
    }

    // ---- unbound locals and cells --------------------------------------------------------------

    public static PyException unboundLocal(CodeObject co, int slot) {
        String n = co.localsplusnames[slot];
        PyException e = Errors.of(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + n + "' where it is not associated with a value");
        e.exc.getDict().putStr("name", PyStr.of(n));
        return e;
    }

    public static PyException unboundDeref(CodeObject co, int slot) {
        String n = co.localsplusnames[slot];
        if ((co.localspluskinds[slot] & CodeObject.CO_FAST_FREE) != 0)
            return Errors.of(Types.NAME_ERROR, "cannot access free variable '" + n + "' where it is not associated with a value in enclosing scope");
        return unboundLocal(co, slot);
    }

    /** LOAD_DEREF: the contents of the cell in slot, NameError/UnboundLocalError if empty. */
    public static PyObject loadDeref(CodeObject co, PyObject cell, int slot) {
        PyObject v = ((PyCell) cell).contents;
        if (v == null) throw unboundDeref(co, slot);
        return v;
    }

    public static void deleteDeref(CodeObject co, PyObject cell, int slot) {
        PyCell c = (PyCell) cell;
        if (c.contents == null) throw unboundDeref(co, slot);
        c.contents = null;
    }

    /** LOAD_FROM_DICT_OR_DEREF (class bodies reading a free variable): the mapping first, else the cell. */
    public static PyObject loadFromDictOrDeref(CodeObject co, PyObject mapping, PyObject cell, int slot) {
        PyObject v = regpy.interp.Namespaces.mappingGet(mapping, PyStr.of(co.localsplusnames[slot]));
        return v != null ? v : loadDeref(co, cell, slot);
    }

    // ---- names ----------------------------------------------------------------------------------

    /** LOAD_GLOBAL without a cache: globals, then builtins, else NameError. */
    public static PyObject loadGlobal(PyDict globals, PyDict builtins, String name) {
        PyObject v = globals.getStr(name);
        if (v == null) {
            v = builtins.getStr(name);
            if (v == null) throw Errors.nameError(name);
        }
        return v;
    }

    public static void deleteGlobal(PyDict globals, PyStr name) {
        if (globals.remove(name) == null) throw Errors.nameError(name.value);
    }

    /** LOAD_FROM_DICT_OR_GLOBALS: the mapping, then globals, then builtins. */
    public static PyObject loadFromDictOrGlobals(PyObject mapping, PyDict globals, PyDict builtins, PyStr name) {
        PyObject v = regpy.interp.Namespaces.mappingGet(mapping, name);
        return v != null ? v : loadGlobal(globals, builtins, name.value);
    }

    public static PyObject loadLocals(PyFrame f) {
        if (f.locals == null) throw Errors.systemError("no locals found");
        return f.locals;
    }

    // ---- attributes -----------------------------------------------------------------------------

    /** LOAD_SUPER_ATTR: super(cls, self).name with the zero-argument form built directly. oparg as CPython's. */
    public static PyObject loadSuperAttr(PyObject sup, PyObject cls, PyObject self, String name, int oparg) {
        PyObject superObj;
        if (sup == Builtins.SUPER_TYPE && cls instanceof PyType ct) superObj = SuperSupport.make(ct, self);
        else superObj = (oparg & 2) != 0 ? Calls.call(sup, cls, self) : Calls.call0(sup);
        PyObject attr = superObj instanceof PySuper ps ? Attr.superGetAttr(ps, name) : Attr.getAttr(superObj, name);
        if (attr == null) throw Attr.noAttribute(superObj, name);
        return attr;
    }

    // ---- operators and tests --------------------------------------------------------------------

    /** Truth of a value, with the bool fast path of the conditional jumps (Abstract.isTrue's head inlines too). */
    public static boolean isTrue(PyObject v) {
        return v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v));
    }

    /**
     * COMPARE_OP: arg>>5 is the comparison, arg&16 asks for the result converted with bool().
     * Exact ints and floats are compared inline (Numbers.compare); the rest out of line.
     */
    public static PyObject compare(PyObject a, PyObject b, int arg) {
        int f = Numbers.compare(a, b, arg >> 5);
        return f >= 0 ? PyBool.of(f != 0) : compareSlow(a, b, arg);
    }

    private static PyObject compareSlow(PyObject a, PyObject b, int arg) {
        PyObject r = Abstract.richCompare(a, b, arg >> 5);
        return (arg & 16) != 0 ? PyBool.of(Abstract.isTrue(r)) : r;
    }

    /** The fused compare-and-branch: bool(a CMP b), with no PyBool for exact ints and floats. */
    public static boolean compareTruth(PyObject a, PyObject b, int arg) {
        int f = Numbers.compare(a, b, arg >> 5);
        return f >= 0 ? f != 0 : compareTruthSlow(a, b, arg);
    }

    private static boolean compareTruthSlow(PyObject a, PyObject b, int arg) {
        return isTrue(Abstract.richCompare(a, b, arg >> 5));
    }

    /** CONTAINS_OP: (item in container) xor invert. */
    public static boolean contains(PyObject item, PyObject container, int invert) {
        return Abstract.contains(container, item) ^ (invert == 1);
    }

    public static PyObject getSlice(PyObject o, PyObject start, PyObject stop) {
        return Abstract.getItem(o, new PySlice(start, stop, NONE));
    }

    public static void setSlice(PyObject v, PyObject o, PyObject start, PyObject stop) {
        Abstract.setItem(o, new PySlice(start, stop, NONE), v);
    }

    // ---- calls ----------------------------------------------------------------------------------

    /** CALL with the 3.13 convention: callable(args) when self is NULL, else callable(self, args). */
    public static PyObject call(PyObject callable, PyObject self, PyObject[] args, String[] kwnames) {
        return self == null ? callable.call(args, kwnames) : callable.callSelf(self, args, kwnames);
    }

    /** CALL_KW's tuple of keyword names as Java strings. */
    public static String[] kwNames(PyObject names) {
        PyObject[] items = ((PyTuple) names).items;
        String[] out = new String[items.length];
        for (int i = 0; i < out.length; i++) out[i] = ((PyStr) items[i]).value;
        return out;
    }

    /** CALL_FUNCTION_EX: func(*callargs, **kwargs), kwargs null when absent. */
    public static PyObject callEx(PyObject func, PyObject callargs, PyObject kwargs) {
        if (!(callargs instanceof PyTuple)) callargs = Builders.callArgsTuple(func, callargs);
        return Calls.callEx(func, callargs, kwargs);
    }

    /** MAKE_FUNCTION: a function of code object c in the frame's namespaces. */
    public static PyFunction makeFunction(PyObject c, PyDict globals, PyDict builtins) {
        PyCode code = (PyCode) c;
        return new PyFunction(code, globals, builtins, code.code.qualname);
    }

    /** SET_FUNCTION_ATTRIBUTE: which is 1 defaults, 2 kwdefaults, 4 annotations, 8 closure. */
    public static void setFunctionAttribute(PyObject fn, int which, PyObject attr) {
        PyFunction f = (PyFunction) fn;
        switch (which) {
            case 1 -> f.defaults = attr;
            case 2 -> f.kwdefaults = (PyDict) attr;
            case 4 -> f.annotations = attr;
            case 8 -> f.closure = (PyTuple) attr;
            default -> throw Errors.systemError("bad SET_FUNCTION_ATTRIBUTE " + which);
        }
    }

    public static void exitInitCheck(PyObject v) {
        if (v != NONE) throw Errors.typeError("__init__() should return None, not '" + v.type().getName() + "'");
    }

    // ---- building -------------------------------------------------------------------------------

    public static PySet buildSet(PyObject[] s, int from, int n) {
        PySet set = new PySet(false);
        for (int i = from; i < from + n; i++) set.add(s[i]);
        return set;
    }

    /** BUILD_MAP of n key/value pairs stored alternately from s[from]. */
    public static PyDict buildMap(PyObject[] s, int from, int n) {
        PyDict d = new PyDict();
        for (int i = from; i < from + 2 * n; i += 2) d.put(s[i], s[i + 1]);
        return d;
    }

    /** BUILD_CONST_KEY_MAP: keys from a tuple, n values from s[from]. */
    public static PyDict buildConstKeyMap(PyObject keys, PyObject[] s, int from, int n) {
        PyObject[] k = ((PyTuple) keys).items;
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) d.put(k[i], s[from + i]);
        return d;
    }

    public static PyStr buildString(PyObject[] s, int from, int n) {
        return PyStr.concatAll(s, from, n);
    }

    public static void listExtend(PyObject list, PyObject it) {
        ((PyList) list).extend(Builders.starItems(it));
    }

    public static void setUpdate(PyObject set, PyObject it) {
        PySet s = (PySet) set;
        for (PyObject x : Iter.toArray(it)) s.add(x);
    }

    /** CONVERT_VALUE: 1 str, 2 repr, 3 ascii. */
    public static PyObject convertValue(PyObject v, int which) {
        return switch (which) {
            case 1 -> Abstract.str(v);
            case 2 -> Abstract.repr(v);
            default -> Builtins.ascii(v);
        };
    }

    public static PyObject formatSimple(PyObject v) {
        return v.getClass() == PyStr.class ? v : Abstract.format(v, PyStr.EMPTY);
    }

    // ---- iteration, generators ------------------------------------------------------------------

    /** GET_YIELD_FROM_ITER: generators (and coroutines inside coroutines) as they are, else iter(o). */
    public static PyObject getYieldFromIter(PyObject o, int coFlags) {
        if (o instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE) {
            if ((coFlags & (CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE)) == 0)
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            return o;
        }
        return o instanceof PyGenerator ? o : Iter.getIter(o);
    }

    /** CLEANUP_THROW: the return value of a StopIteration, or null when exc must be re-raised. */
    public static PyObject cleanupThrowValue(PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        return e.type().isSubtype(Types.STOP_ITERATION) ? ExceptionTypes.stopIterationValue(e) : null;
    }

    /** END_ASYNC_FOR: true when exc ends the loop (StopAsyncIteration), false when it must be re-raised. */
    public static boolean endsAsyncFor(PyObject exc) {
        return ((PyBaseException) exc).type().isSubtype(Types.STOP_ASYNC_ITERATION);
    }

    // ---- exceptions -----------------------------------------------------------------------------

    /** RAISE_VARARGS 0: re-raise the exception being handled. */
    public static PyException reraiseHandled(ThreadState ts) {
        PyObject active = ts.handled;
        if (active == null || active == NONE) return Errors.runtimeError("No active exception to reraise");
        return ((PyBaseException) active).toThrowable();
    }

    /** RAISE_VARARGS 1 and 2: raise exc (a class or instance) [from cause]. */
    public static PyException raise(PyObject exc, PyObject cause) {
        PyBaseException e = Exceptions.toRaise(exc);
        if (cause != null) ExceptionTypes.setCause(e, cause);
        return e.toThrowable();
    }

    /** PUSH_EXC_INFO: makes exc the exception being handled; returns the previous one (None if none). */
    public static PyObject pushExcInfo(ThreadState ts, PyObject exc) {
        PyObject prev = ts.handled;
        ts.handled = exc;
        return prev == null ? NONE : prev;
    }

    /** POP_EXCEPT: restores the exception being handled saved by PUSH_EXC_INFO. */
    public static void popExcept(ThreadState ts, PyObject prev) {
        ts.handled = prev == NONE ? null : prev;
    }

    /** CHECK_EXC_MATCH: validates the except clause's type and tests the exception against it. */
    public static PyObject checkExcMatch(PyObject exc, PyObject type) {
        Exceptions.checkExceptType(type);
        return PyBool.of(Abstract.isInstance(exc, type));
    }

    /** WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__). */
    public static PyObject withExceptStart(PyObject exitFn, PyObject exc) {
        PyObject tb = exc instanceof PyBaseException be && be.traceback != null ? be.traceback : NONE;
        return exitFn.call(new PyObject[] {exc.type(), exc, tb}, null);
    }

    /** The value a handler with "lasti" receives (the reference interpreter's convention: a byte offset). */
    public static PyObject lastiValue(PyFrame frame) { return PyInt.of(frame.lasti); }

    /** RERAISE with oparg: the frame's lasti restored from a value {@link #lastiValue} made. */
    public static int lastiFrom(PyObject v) { return (int) ((PyInt) v).value; }

    /**
     * At an exception handler (or before leaving the frame): the Python exception for {@code t}.
     * Java throwables inside an op (stack overflow, out of memory, a RuntimeException from a bug)
     * become the Python exception {@link Errors#internal} gives; other Errors propagate. Unless
     * the instruction re-raised, this frame's traceback entry is added (at {@code frame.lasti})
     * and the exception being handled becomes its __context__.
     */
    public static PyBaseException caught(Throwable t, PyFrame frame, ThreadState ts, boolean reraise) {
        PyBaseException exc;
        if (t instanceof PyException p) exc = p.exc;
        else if (t instanceof Error e && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) throw e;
        else {
            exc = Errors.internal(t).exc;
            reraise = false;
        }
        if (!reraise) {
            Exceptions.addTraceback(exc, frame);
            if (exc.context == null && ts.handled instanceof PyBaseException h && h != exc) ExceptionTypes.setContext(exc, h);
        }
        return exc;
    }

    /** No handler covers the raising instruction: the frame is finished and the exception propagates. */
    public static RuntimeException escape(Throwable t, PyFrame frame, ThreadState ts, boolean reraise) {
        PyBaseException exc = caught(t, frame, ts, reraise);
        return leave(t, exc, frame);
    }

    /** The frame ends with exc (already recorded by {@link #caught}): the throwable to propagate. */
    public static RuntimeException leave(Throwable t, PyBaseException exc, PyFrame frame) {
        frame.finished = true;
        return t instanceof PyException p && p.exc == exc ? p : exc.toThrowable();
    }
}
