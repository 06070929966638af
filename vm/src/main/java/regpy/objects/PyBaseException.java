package regpy.objects;

/**
 * An instance of BaseException or a subclass (the Python object; the Java throwable that
 * carries it is {@link regpy.runtime.PyException}). Extra attributes of subclasses
 * (StopIteration.value, OSError.errno, SyntaxError.lineno ...) live in the instance dict.
 */
public class PyBaseException extends PyObject {
    private volatile PyType type;
    private PyDict dict;
    public volatile PyTuple args = PyTuple.EMPTY;
    public volatile PyTraceback traceback;
    public volatile PyObject cause;      // null = None
    public volatile PyObject context;    // null = None
    public volatile boolean suppressContext;

    public PyBaseException(PyType type) { this.type = type; }

    @Override public PyType type() { return type; }
    public void setType(PyType t) { type = t; }
    @Override public synchronized PyDict getDict() { if (dict == null) dict = new PyDict(); return dict; }

    /** The Java throwable carrying this exception, created on demand. */
    public regpy.runtime.PyException toThrowable() { return new regpy.runtime.PyException(this); }
}
