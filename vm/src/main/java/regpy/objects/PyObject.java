package regpy.objects;

/**
 * The root of every Python value in regpy.
 *
 * <h2>How to declare a builtin type, a method, a Java module (read this first)</h2>
 * <pre>
 * 1. A builtin type is a {@link PyType} constant in {@link Types}, created with
 *    {@code Types.builtin("name", base, SomeClass::init)}. Its Java class extends PyObject and
 *    overrides {@link #type()}. The init function fills the type dict lazily, on first use:
 *
 *      static void init(PyType t) {
 *          t.m1("append", (self, x) -> { ((PyList) self).append(x); return PyNone.NONE; });
 *          t.m0("__len__", self -> PyInt.of(((PyList) self).size()));
 *          t.mv("pop", (self, args, kw) -> { PyObject[] a = Args.parse("pop", args, kw, 0, "index"); ... });
 *          t.getset("real", self -> ..., null);             // attribute computed in Java
 *          t.classMethod("fromkeys", (cls, args, kw) -> ...);
 *      }
 *
 *    m0/m1/m2/m3 check the argument count with CPython's messages; mv receives the raw
 *    vectorcall arguments (positional values, then keyword values named by kwnames).
 *    Special methods (__add__, __eq__, __hash__, __iter__ ...) are ordinary entries of the type
 *    dict; {@link regpy.runtime.Abstract} looks them up through the MRO (with fast paths for the
 *    exact builtin types). Subclassable types need a Java subclass that carries the Python
 *    class and the instance __dict__ (see {@link PyInstance} and PyInt.Sub), created by the
 *    type's {@code __new__}.
 * 2. Errors: throw {@code Errors.typeError("...")}, {@code Errors.valueError(...)} etc.
 *    ({@link regpy.runtime.Errors}); they are {@link regpy.runtime.PyException}s carrying a Python
 *    exception object.
 * 3. A Java module implements {@link regpy.modules.ModuleProvider} (listed in
 *    META-INF/services/regpy.modules.ModuleProvider) and fills a {@link PyModule} with
 *    {@code mod.def("name", (args, kw) -> ...)} / {@code mod.set("name", value)}.
 * </pre>
 */
public abstract class PyObject {

    /** The Python type of this object (type(x)). */
    public abstract PyType type();

    /** The instance __dict__, or null when the object has none. */
    public PyDict getDict() { return null; }

    /**
     * Calls this object (vectorcall convention: positional values, then the values of the
     * keywords named by kwnames, which may be null). Callable builtins override this.
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        return regpy.runtime.Calls.callViaDunder(this, args, kwnames);
    }

    /** Calls this object with self prepended to args; functions and method descriptors avoid the copy. */
    public PyObject callSelf(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return call(all, kwnames);
    }

    /** Java-level toString for debugging only; Python's repr goes through Abstract.repr. */
    @Override public String toString() {
        try {
            return regpy.runtime.Abstract.repr(this).toString();
        } catch (RuntimeException e) {
            return "<" + type().getName() + " object>";
        }
    }
}
