package regpy.objects;

/** A module: a named namespace dict. */
public class PyModule extends PyObject {
    public final PyDict dict;
    private final PyType type;

    public PyModule(String name) { this(Types.MODULE, name, new PyDict()); }

    public PyModule(PyType type, String name, PyDict dict) {
        this.type = type;
        this.dict = dict;
        if (name != null) {
            dict.putStr("__name__", PyStr.of(name));
            if (dict.getStr("__doc__") == null) dict.putStr("__doc__", PySingleton.NONE);
            if (dict.getStr("__package__") == null) dict.putStr("__package__", PySingleton.NONE);
            if (dict.getStr("__loader__") == null) dict.putStr("__loader__", PySingleton.NONE);
            if (dict.getStr("__spec__") == null) dict.putStr("__spec__", PySingleton.NONE);
        }
    }

    @Override public PyType type() { return type; }
    @Override public PyDict getDict() { return dict; }

    public String name() {
        PyObject n = dict.getStr("__name__");
        return n instanceof PyStr s ? s.value : "?";
    }

    public void set(String name, PyObject value) { dict.putStr(name, value); }

    /** Declares a module-level builtin function. */
    public void def(String name, Fn.V f) { dict.putStr(name, new PyBuiltinFunction(name, this, f)); }
}
