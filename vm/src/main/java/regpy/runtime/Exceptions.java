package regpy.runtime;

import regpy.objects.*;

/** Creating, describing and matching exception objects. */
public final class Exceptions {
    private Exceptions() {}

    /** A new exception of a builtin or Python-defined exception class, without running __init__ of Python code. */
    public static PyBaseException create(PyType type, PyObject[] args) {
        PyObject o = type.factory.create(type);
        PyBaseException e = (PyBaseException) o;
        e.args = PyTuple.of(args);
        regpy.types.ExceptionTypes.initFields(e, args);
        return e;
    }

    /** Instantiates an exception class by calling it (used by raise Class). */
    public static PyBaseException instantiate(PyObject cls) {
        PyObject o = cls.call(new PyObject[0], null);
        if (!(o instanceof PyBaseException e))
            throw Errors.typeError("calling " + Abstract.reprString(cls) + " should have returned an instance of BaseException, not " + o.type().getName());
        return e;
    }

    /** str(exc) without going through Python (for Java messages). */
    public static String strOf(PyBaseException e) {
        try {
            return Abstract.strString(e);
        } catch (RuntimeException ex) {
            return "<exception str() failed>";
        }
    }

    /** The exception object to raise for "raise X": an instance or a class to instantiate. */
    public static PyBaseException toRaise(PyObject x) {
        if (x instanceof PyBaseException e) return e;
        if (x instanceof PyType t && t.isException) return instantiate(t);
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    public static boolean matches(PyBaseException e, PyObject spec) {
        return Abstract.isInstance(e, spec);
    }

    /** Validates an except clause's type (CHECK_EXC_MATCH). */
    public static void checkExceptType(PyObject spec) {
        if (spec instanceof PyTuple t) {
            for (PyObject x : t.items) checkExceptType(x);
            return;
        }
        if (!(spec instanceof PyType tp && tp.isException))
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** Adds a traceback entry for frame at its current instruction. */
    public static void addTraceback(PyBaseException e, PyFrame f) {
        e.traceback = new PyTraceback(f, f.lasti, f.code.lineAt(Math.max(0, f.lasti)), e.traceback);
    }
}
