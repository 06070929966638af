package regpy.runtime;

import regpy.objects.*;

/** Calling: special-method calls on a receiver, Python functions (through the engine), __call__. */
public final class Calls {
    private Calls() {}

    private static final PyObject[] NO_ARGS = new PyObject[0];

    /**
     * The engine that runs new calls of Python functions and code objects. regpy.cli.Main sets it at
     * startup from {@code regpy.engine.Engines.select(name)} ("stack": the reference interpreter,
     * "register": the register engine, "tiered": tiering's engine when registered there); the
     * system property {@code -Dregpy.engine} gives the default name. Settable at any time (a
     * frame already running keeps its own {@link PyFrame#executor}).
     */
    public static volatile Engine engine;

    /** An execution engine for code objects. */
    public interface Engine {
        /** Runs a function call: binds arguments into a new frame and executes (or creates a generator). */
        PyObject callFunction(PyFunction f, PyObject self, PyObject[] args, String[] kwnames);
        /** Runs a code object in the given namespaces (module bodies, exec, class bodies). */
        PyObject runCode(PyCode code, PyDict globals, PyObject locals, PyTuple closure);
        /**
         * Continues a suspended generator frame this engine created (its {@link PyFrame#executor}),
         * see Generators; returns the yielded or returned value.
         */
        PyObject resume(PyFrame frame, PyObject sent, PyBaseException toThrow);
        /**
         * The sub-iterator a suspended generator frame of this engine delegates to in a
         * {@code yield from} / {@code await} (gi_yieldfrom, cr_await), or null.
         */
        PyObject delegate(PyFrame suspended);
    }

    public static PyObject callFunction(PyFunction f, PyObject self, PyObject[] args, String[] kwnames) {
        return engine.callFunction(f, self, args, kwnames);
    }

    /** Calls a special method found on a type with receiver self: binds like the descriptor protocol. */
    public static PyObject callDescr(PyObject f, PyObject self, PyObject... args) {
        if (f instanceof PyFunction || f instanceof PyMethodDescr) return f.callSelf(self, args, null);
        PyObject bound = Attr.descrGet(f, self, self.type());
        return bound.call(args, null);
    }

    public static PyObject call(PyObject f, PyObject... args) { return f.call(args, null); }

    public static PyObject call(PyObject f, PyObject[] args, String[] kwnames) { return f.call(args, kwnames); }

    public static PyObject call0(PyObject f) { return f.call(NO_ARGS, null); }

    /** Calls obj.name(args...) with method lookup. */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        PyObject m = Attr.getAttr(obj, name);
        return m.call(args, null);
    }

    /** Objects without a Java-level call: look up __call__ on the type. */
    public static PyObject callViaDunder(PyObject obj, PyObject[] args, String[] kwnames) {
        PyObject f = obj.type().lookup("__call__");
        if (f == null) throw Errors.typeError("'" + obj.type().getName() + "' object is not callable");
        if (f instanceof PyFunction || f instanceof PyMethodDescr) return f.callSelf(obj, args, kwnames);
        return Attr.descrGet(f, obj, obj.type()).call(args, kwnames);
    }

    /** CALL_FUNCTION_EX: f(*args, **kwargs) with args a tuple and kwargs a dict or null. */
    public static PyObject callEx(PyObject f, PyObject argsTuple, PyObject kwargs) {
        PyObject[] pos = argsTuple instanceof PyTuple t ? t.items : Iter.toArray(argsTuple);
        if (kwargs == null || (kwargs instanceof PyDict d && d.size() == 0)) return f.call(pos, null);
        PyDict kw = (PyDict) kwargs;
        PyObject[] items = kw.itemsArray();
        int n = items.length / 2;
        PyObject[] all = new PyObject[pos.length + n];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            if (!(items[2 * i] instanceof PyStr s)) throw Errors.typeError("keywords must be strings");
            names[i] = s.value;
            all[pos.length + i] = items[2 * i + 1];
        }
        return f.call(all, names);
    }

    /** A readable name of a callable for error messages ("f()", "list.append()"). */
    public static String describe(PyObject f) {
        if (f instanceof PyFunction fn) return fn.qualname + "()";
        if (f instanceof PyBuiltinFunction b) return b.qualname() + "()";
        if (f instanceof PyMethod m) return describe(m.func);
        if (f instanceof PyType t) return t.getName() + "()";
        return f.type().getName() + " object";
    }
}
