package regpy.objects;

/** property(fget, fset, fdel, doc). */
public final class PyProperty extends PyObject {
    public PyObject fget, fset, fdel, doc, name;
    private final PyType type;
    private PyDict dict;
    public PyProperty(PyType type) { this.type = type; }
    @Override public PyType type() { return type; }
    @Override public PyDict getDict() { if (type != Types.PROPERTY && dict == null) dict = new PyDict(); return dict; }
}
