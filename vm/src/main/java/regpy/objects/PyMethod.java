package regpy.objects;

/** A bound method: a callable with its first argument fixed. */
public final class PyMethod extends PyObject {
    public final PyObject func;
    public final PyObject self;
    public PyMethod(PyObject func, PyObject self) { this.func = func; this.self = self; }
    @Override public PyType type() { return Types.METHOD; }
    @Override public PyObject call(PyObject[] args, String[] kwnames) { return func.callSelf(self, args, kwnames); }
}
