package regpy.objects;

/**
 * builtin_function_or_method: a Java function (len, print) or a builtin method bound to its
 * receiver (the result of [].append). self is the module or receiver, or null.
 */
public final class PyBuiltinFunction extends PyObject {
    public final String name;
    public final PyObject self;
    private final Fn.V impl;
    private final PyMethodDescr descr;

    public PyBuiltinFunction(String name, PyObject self, Fn.V impl) {
        this.name = name;
        this.self = self;
        this.impl = impl;
        this.descr = null;
    }

    PyBuiltinFunction(String name, PyObject self, PyMethodDescr descr) {
        this.name = name;
        this.self = self;
        this.impl = null;
        this.descr = descr;
    }

    @Override public PyType type() { return Types.BUILTIN_FUNCTION; }

    /** True for a bound builtin method (repr "<built-in method ...>"). */
    public boolean isMethod() { return descr != null; }

    public String qualname() { return descr != null ? descr.qualname() : name; }

    @Override public PyObject call(PyObject[] args, String[] kwnames) {
        if (descr != null) return descr.callSelf(self, args, kwnames);
        return impl.call(args, kwnames);
    }
}
