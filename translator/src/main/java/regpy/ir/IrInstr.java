package regpy.ir;

import regpy.code.LineTable.Position;

/**
 * One register-IR instruction: opcode, output registers, input operands, an immediate, a jump
 * target (an IR index), an inline-cache slot, and where it came from in the stack bytecode.
 *
 * <p>{@link #offset()} is the byte offset of the stack instruction whose work this instruction
 * does: the VM reports it as the frame's lasti (tracebacks, the lasti pushed for exception
 * handlers), and it maps generator resume points and loop headers back to the stack code.
 * {@link #stackCount()} is how many stack instructions this one stands for (itself plus the
 * loads, stores, copies and swaps folded into it), so executed-instruction counts of the two
 * engines can be compared by weighting.
 */
public final class IrInstr {
    public static final int NO_TARGET = -1, NO_CACHE = -1;
    private static final int[] NONE = {};

    private final IrOp op;
    private final int[] outs;
    private final int[] ins;
    private final int arg;
    private int target = NO_TARGET;
    private final int cache;
    private final int offset;
    private final Position pos;
    private int stackCount;
    private int[] live = NONE;

    IrInstr(IrOp op, int[] outs, int[] ins, int arg, int cache, int offset, Position pos) {
        this.op = op;
        this.outs = outs;
        this.ins = ins;
        this.arg = arg;
        this.cache = cache;
        this.offset = offset;
        this.pos = pos;
    }

    public IrOp op() { return op; }
    /** Output registers (the defensive copy keeps the IR immutable once built). */
    public int[] outs() { return outs.clone(); }
    public int out(int i) { return outs[i]; }
    public int outCount() { return outs.length; }
    /** Input operands ({@link Operand} encoding). */
    public int[] ins() { return ins.clone(); }
    public int in(int i) { return ins[i]; }
    public int inCount() { return ins.length; }
    public int arg() { return arg; }
    /** IR index of the jump target, or {@link #NO_TARGET}. */
    public int target() { return target; }
    /** Inline cache slot (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD), or {@link #NO_CACHE}. */
    public int cache() { return cache; }
    public int offset() { return offset; }
    public Position position() { return pos; }
    public int stackCount() { return stackCount; }
    /**
     * For suspension points ({@link IrOp#suspends()}): the temporaries holding values that are
     * used after the resume (besides the locals, which always live in the frame). Empty otherwise.
     */
    public int[] liveTemps() { return live.clone(); }

    // ---- construction (package-private: the translator finishes instructions in place) ---------
    void retargetOut(int i, int reg) { outs[i] = reg; }
    void setTarget(int t) { target = t; }
    void addStackCount(int n) { stackCount += n; }
    void setLive(int[] regs) { live = regs; }
    boolean writes(int reg) {
        for (int o : outs) if (o == reg) return true;
        return false;
    }
    boolean reads(int operand) {
        for (int i : ins) if (i == operand) return true;
        return false;
    }
    int[] rawOuts() { return outs; }
    int[] rawIns() { return ins; }
}
