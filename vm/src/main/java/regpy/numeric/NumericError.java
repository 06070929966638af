package regpy.numeric;

/**
 * A Python exception raised by a numeric kernel: the name of the built-in exception class
 * ("ZeroDivisionError", "ValueError", "OverflowError", "TypeError", "MemoryError") and the
 * message CPython 3.13 gives. The VM converts it into the real Python exception.
 *
 * <p>Kernels throw these on error paths only, so the stack trace is not filled in: it would
 * cost more than the arithmetic and the VM never shows it.
 */
public final class NumericError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pythonType;

    public NumericError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception class name, e.g. "ZeroDivisionError". */
    public String pythonType() { return pythonType; }

    @Override public String toString() { return pythonType + ": " + getMessage(); }

    static NumericError zeroDivision(String message) { return new NumericError("ZeroDivisionError", message); }
    static NumericError value(String message) { return new NumericError("ValueError", message); }
    static NumericError overflow(String message) { return new NumericError("OverflowError", message); }
    static NumericError type(String message) { return new NumericError("TypeError", message); }
    static NumericError memory() { return new NumericError("MemoryError", ""); }

    /** The errors of the math module's C library wrappers. */
    static NumericError domain() { return value("math domain error"); }
    static NumericError range() { return overflow("math range error"); }
}
