package regpy.objects;

/** float: a double. */
public class PyFloat extends PyObject {
    public final double value;
    public PyFloat(double value) { this.value = value; }
    public static PyFloat of(double v) { return new PyFloat(v); }
    @Override public PyType type() { return Types.FLOAT; }

    public static final class Sub extends PyFloat {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type, double v) { super(v); this.type = type; this.dict = type.instanceDict ? new PyDict() : null; }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }
}
