package regpy.objects;

/** tuple: an immutable array. */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);
    public final PyObject[] items;

    /** Takes ownership of items. */
    public PyTuple(PyObject[] items) { this.items = items; }

    public static PyTuple of(PyObject... items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

    @Override public PyType type() { return Types.TUPLE; }
    public int size() { return items.length; }
    public PyObject get(int i) { return items[i]; }

    public static final class Sub extends PyTuple {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type, PyObject[] items) { super(items); this.type = type; this.dict = type.instanceDict ? new PyDict() : null; }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }
}
