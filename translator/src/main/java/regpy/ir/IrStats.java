package regpy.ir;

/**
 * Instruction counts: the static measure (instructions in the code) and the weights that make
 * dynamic counts comparable. Every stack instruction that the translator reached is attributed
 * to exactly one IR instruction ({@link IrInstr#stackCount()}), except "orphans" (eliminated
 * instructions at the end of a stretch that emitted nothing, such as a lone NOP block) and
 * unreachable code, so an engine that counts executed IR instructions i can report
 * {@code sum(stackCount(i))} as the number of stack instructions CPython would have executed.
 */
public final class IrStats {
    private IrStats() {}

    /** Static counts of one function: stack instructions (EXTENDED_ARG included, CACHE not) and IR instructions. */
    public record Counts(int stack, int ir, int attributed) {
        /** Fraction of instructions removed: 1 - ir/stack. */
        public double reduction() { return stack == 0 ? 0 : 1 - (double) ir / stack; }
        public Counts plus(Counts o) { return new Counts(stack + o.stack, ir + o.ir, attributed + o.attributed); }
    }

    public static Counts of(IrFunction f) {
        int attributed = 0;
        for (IrInstr in : f.instrs()) attributed += in.stackCount();
        return new Counts(f.stackInstrCount(), f.size(), attributed);
    }

    /** Counts summed over a function and every function nested in it. */
    public static Counts ofTree(IrFunction f) {
        Counts c = of(f);
        for (IrFunction child : f.children()) c = c.plus(ofTree(child));
        return c;
    }
}
