package regpy.parse;

/**
 * A SyntaxError (or its subclasses IndentationError / TabError) with the attributes CPython puts
 * on the exception object: offsets are 1-based character (code point) columns, text is the
 * offending source line. For whole-file errors (encoding problems) CPython sets lineno 0, offset -1,
 * end_lineno/end_offset None and text None: here end_lineno == 0 stands for None.
 */
public final class PySyntaxError extends RuntimeException {
    public final String kind;       // "SyntaxError", "IndentationError" or "TabError"
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int end_lineno;
    public final int end_offset;
    public final String text;

    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset,
                         int end_lineno, int end_offset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.end_lineno = end_lineno;
        this.end_offset = end_offset;
        this.text = text;
    }

    /** "SyntaxError: msg (file, line N)" as str() of the exception would read, with the class. */
    @Override public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
