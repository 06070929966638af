package regpy.objects;

/** staticmethod(f): no binding. */
public final class PyStaticMethod extends PyObject {
    public PyObject func;
    private PyDict dict;
    private final PyType type;

    public PyStaticMethod(PyObject func) { this(Types.STATICMETHOD, func); }
    public PyStaticMethod(PyType type, PyObject func) { this.type = type; this.func = func; }

    public static PyObject newEmpty(PyType cls) { return new PyStaticMethod(cls, PySingleton.NONE); }
    @Override public PyType type() { return type; }
    @Override public PyDict getDict() { if (dict == null) dict = new PyDict(); return dict; }
    @Override public PyObject call(PyObject[] args, String[] kwnames) { return func.call(args, kwnames); }
}
