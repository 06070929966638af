package regpy.objects;

/** complex: two doubles. */
public class PyComplex extends PyObject {
    public final double real, imag;
    public PyComplex(double real, double imag) { this.real = real; this.imag = imag; }
    @Override public PyType type() { return Types.COMPLEX; }

    public static final class Sub extends PyComplex {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type, double r, double i) { super(r, i); this.type = type; this.dict = type.instanceDict ? new PyDict() : null; }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }
}
