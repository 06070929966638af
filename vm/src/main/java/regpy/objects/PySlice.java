package regpy.objects;

/** slice(start, stop, step); fields are None when omitted. */
public final class PySlice extends PyObject {
    public final PyObject start, stop, step;
    public PySlice(PyObject start, PyObject stop, PyObject step) { this.start = start; this.stop = stop; this.step = step; }
    @Override public PyType type() { return Types.SLICE; }
}
