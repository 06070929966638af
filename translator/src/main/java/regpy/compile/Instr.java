package regpy.compile;

/**
 * One instruction in the compiler's flow graph. Jumps and SETUP_* pseudo-ops carry their target
 * as a label id in {@code oparg} until the graph is built, then as {@link #target}.
 */
final class Instr {
    int op;
    int oparg;
    Loc loc;
    Block target;
    /** The innermost exception handler block covering this instruction (or null). */
    Block except;

    Instr(int op, int oparg, Loc loc) { this.op = op; this.oparg = oparg; this.loc = loc; }

    Instr copy() {
        Instr i = new Instr(op, oparg, loc);
        i.target = target;
        i.except = except;
        return i;
    }

    void set(int op, int oparg) { this.op = op; this.oparg = oparg; }
    void nop() { set(regpy.code.Opcode.NOP, 0); }

    @Override public String toString() {
        return regpy.code.Opcode.name(op) + " " + oparg + (target != null ? " -> B" + target.label : "") + " @" + loc.lineno();
    }
}
