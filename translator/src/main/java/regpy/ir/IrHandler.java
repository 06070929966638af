package regpy.ir;

/**
 * An exception-table entry remapped onto the IR: an exception raised by an instruction with index
 * in [start, end) transfers control to instruction {@code target}. As in CPython, the handler
 * sees the operand stack cut to {@code depth}, then (if {@code lasti}) the lasti of the raising
 * instruction, then the exception. In the IR those stack slots are fixed registers: slot i is
 * temporary {@code tempBase + i}, so the unwinder writes lasti into {@link #lastiRegister} and the
 * exception into {@link #excRegister}; the slots below depth already hold their values (the
 * translator keeps them there throughout the protected range).
 */
public record IrHandler(int start, int end, int target, int depth, boolean lasti, int stackStart, int stackEnd,
                        int stackTarget) {

    /** Register receiving lasti (the raising instruction's offset in code units), or -1. */
    public int lastiRegister(int tempBase) { return lasti ? tempBase + depth : -1; }

    /** Register receiving the exception. */
    public int excRegister(int tempBase) { return tempBase + depth + (lasti ? 1 : 0); }

    public boolean covers(int index) { return index >= start && index < end; }
}
