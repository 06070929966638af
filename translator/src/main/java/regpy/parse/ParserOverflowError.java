package regpy.parse;

/**
 * Source nested too deeply for the parser's stack. CPython raises MemoryError("Parser stack
 * overflowed - Python source too complex to parse") in this case; the VM should do the same.
 */
public final class ParserOverflowError extends RuntimeException {
    public ParserOverflowError() {
        super("Parser stack overflowed - Python source too complex to parse", null, false, false);
    }
}
