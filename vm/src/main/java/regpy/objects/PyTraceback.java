package regpy.objects;

/** A traceback entry: the frame, the instruction offset and line where the exception passed. */
public final class PyTraceback extends PyObject {
    public final PyFrame frame;
    public final int lasti;
    public final int lineno;
    public final PyTraceback next;

    public PyTraceback(PyFrame frame, int lasti, int lineno, PyTraceback next) {
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
        this.next = next;
    }

    @Override public PyType type() { return Types.TRACEBACK; }
}
