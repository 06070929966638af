package regpy.objects;

/** The functional shapes of Java code behind builtin functions, methods and attributes. */
public final class Fn {
    private Fn() {}

    /** Vectorcall: positional values then keyword values; kwnames names the trailing keyword values (or null). */
    @FunctionalInterface public interface V { PyObject call(PyObject[] args, String[] kwnames); }
    /** A method receiving self and the raw vectorcall arguments (self not included in args). */
    @FunctionalInterface public interface MV { PyObject call(PyObject self, PyObject[] args, String[] kwnames); }
    @FunctionalInterface public interface M0 { PyObject call(PyObject self); }
    @FunctionalInterface public interface M1 { PyObject call(PyObject self, PyObject a); }
    @FunctionalInterface public interface M2 { PyObject call(PyObject self, PyObject a, PyObject b); }
    @FunctionalInterface public interface M3 { PyObject call(PyObject self, PyObject a, PyObject b, PyObject c); }
    @FunctionalInterface public interface Getter { PyObject get(PyObject self); }
    @FunctionalInterface public interface Setter { void set(PyObject self, PyObject value); }
    /** Creates an empty instance of cls (a subclass of the type that declares the factory). */
    @FunctionalInterface public interface Factory { PyObject create(PyType cls); }
}
