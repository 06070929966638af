package regpy.runtime;

import regpy.objects.PyBaseException;

/**
 * The Java throwable that carries a Python exception through Java frames. It records no Java
 * stack trace (cheap to create); the Python traceback lives on the exception object.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException exc;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override public String getMessage() {
        return exc.type().getName() + ": " + Exceptions.strOf(exc);
    }
}
