package regpy.runtime;

import regpy.objects.*;

/** Factories for the exceptions the runtime raises: {@code throw Errors.typeError("...")}. */
public final class Errors {
    private Errors() {}

    public static PyException of(PyType type, String msg) {
        return Exceptions.create(type, msg == null ? new PyObject[0] : new PyObject[] {PyStr.of(msg)}).toThrowable();
    }

    public static PyException of(PyType type, PyObject... args) {
        return Exceptions.create(type, args).toThrowable();
    }

    public static PyException typeError(String msg) { return of(Types.TYPE_ERROR, msg); }
    public static PyException valueError(String msg) { return of(Types.VALUE_ERROR, msg); }
    public static PyException attributeError(String msg) { return of(Types.ATTRIBUTE_ERROR, msg); }
    public static PyException indexError(String msg) { return of(Types.INDEX_ERROR, msg); }
    public static PyException keyError(PyObject key) { return of(Types.KEY_ERROR, key); }
    public static PyException nameError(String name) {
        PyException e = of(Types.NAME_ERROR, "name '" + name + "' is not defined");
        e.exc.getDict().putStr("name", PyStr.of(name));
        return e;
    }
    public static PyException zeroDivision(String msg) { return of(Types.ZERO_DIVISION_ERROR, msg); }
    public static PyException overflowError(String msg) { return of(Types.OVERFLOW_ERROR, msg); }
    public static PyException runtimeError(String msg) { return of(Types.RUNTIME_ERROR, msg); }
    public static PyException systemError(String msg) { return of(Types.SYSTEM_ERROR, msg); }
    public static PyException notImplemented(String msg) { return of(Types.NOT_IMPLEMENTED_ERROR, msg); }
    public static PyException memoryError() { return of(Types.MEMORY_ERROR, new PyObject[0]); }
    public static PyException recursionError() { return of(Types.RECURSION_ERROR, "maximum recursion depth exceeded"); }
    public static PyException stopIteration() { return of(Types.STOP_ITERATION, new PyObject[0]); }
    public static PyException stopIteration(PyObject value) {
        PyBaseException e = Exceptions.create(Types.STOP_ITERATION, new PyObject[] {value});
        return e.toThrowable();
    }
    public static PyException importError(String msg) { return of(Types.IMPORT_ERROR, msg); }
    public static PyException moduleNotFound(String name) {
        PyException e = of(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        e.exc.getDict().putStr("name", PyStr.of(name));
        return e;
    }

    /** The exception for a Java exception escaping into Python: SystemError with its description. */
    public static PyException internal(Throwable t) {
        if (t instanceof PyException p) return p;
        if (t instanceof StackOverflowError) return recursionError();
        if (t instanceof OutOfMemoryError) return memoryError();
        if (t instanceof regpy.numeric.NumericError ne) {
            PyType type = Types.exceptions().get(ne.pythonType());
            if (type == Types.MEMORY_ERROR) return memoryError();
            return of(type == null ? Types.SYSTEM_ERROR : type, ne.getMessage());
        }
        if (t instanceof UnsupportedOperationException u) return notImplemented(u.getMessage() + " is not implemented yet");
        if (t instanceof regpy.text.TextError te) return of(Types.exceptions().get(te.pyType()), te.getMessage());
        return systemError("internal error: " + t);
    }

    /** "'int' object is not subscriptable" style names. */
    public static String typeName(PyObject o) { return o.type().getName(); }
}
