package regpy.text;

/**
 * A Python exception raised by a text kernel: the class name CPython would raise (e.g.
 * "ValueError") and CPython's exact message. The VM converts it into the real exception object.
 * No stack trace is captured: these are ordinary control flow for Python programs.
 */
public class TextError extends RuntimeException {
    private final String pyType;

    public TextError(String pyType, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
    }

    /** The Python exception class name, e.g. "ValueError", "TypeError", "OverflowError". */
    public String pyType() { return pyType; }

    public static TextError valueError(String message) { return new TextError("ValueError", message); }
    public static TextError typeError(String message) { return new TextError("TypeError", message); }
    public static TextError overflowError(String message) { return new TextError("OverflowError", message); }
    public static TextError indexError(String message) { return new TextError("IndexError", message); }
    public static TextError keyError(String message) { return new TextError("KeyError", message); }

    @Override public String toString() { return pyType + ": " + getMessage(); }
}
