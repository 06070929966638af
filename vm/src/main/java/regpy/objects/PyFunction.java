package regpy.objects;

/** A function defined in Python. Calling it goes to the engine through {@link regpy.runtime.Calls}. */
public final class PyFunction extends PyObject {
    public final PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public volatile String name;
    public volatile String qualname;
    public volatile PyObject defaults;      // tuple or null
    public volatile PyDict kwdefaults;      // or null
    public volatile PyObject annotations;   // dict or null
    public volatile PyTuple closure;        // tuple of cells or null
    public volatile PyObject doc;
    public volatile PyObject module;
    public volatile PyObject typeParams;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, String qualname) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.code.name;
        this.qualname = qualname;
        // 3.13: a docstring is co_consts[0] when it is a str (the compiler puts None there otherwise)
        PyObject first = code.code.consts.length > 0 && code.code.consts[0] instanceof String ? code.consts()[0] : PySingleton.NONE;
        this.doc = first;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PySingleton.NONE : m;
    }

    @Override public PyType type() { return Types.FUNCTION; }
    @Override public synchronized PyDict getDict() { if (dict == null) dict = new PyDict(); return dict; }
    public synchronized void setDict(PyDict d) { dict = d; }

    @Override public PyObject call(PyObject[] args, String[] kwnames) {
        return regpy.runtime.Calls.callFunction(this, null, args, kwnames);
    }

    @Override public PyObject callSelf(PyObject self, PyObject[] args, String[] kwnames) {
        return regpy.runtime.Calls.callFunction(this, self, args, kwnames);
    }
}
