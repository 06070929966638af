package regpy.objects;

/** classmethod(f): binds f to the class. */
public final class PyClassMethod extends PyObject {
    public PyObject func;
    private PyDict dict;
    private final PyType type;

    public PyClassMethod(PyObject func) { this(Types.CLASSMETHOD, func); }
    public PyClassMethod(PyType type, PyObject func) {
        this.type = type;
        this.func = func;
        if (func instanceof PyMethodDescr d) d.checkSelf = false;
    }

    public static PyObject newEmpty(PyType cls) { return new PyClassMethod(cls, PySingleton.NONE); }
    @Override public PyType type() { return type; }
    @Override public PyDict getDict() { if (dict == null) dict = new PyDict(); return dict; }
}
