package regpy.objects;

/** bool: the two instances True and False, an int subclass. */
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1), FALSE = new PyBool(0);

    private PyBool(long v) { super(v); }

    public static PyBool of(boolean b) { return b ? TRUE : FALSE; }

    @Override public PyType type() { return Types.BOOL; }
    @Override public PyInt exact() { return PyInt.of(value); }
}
