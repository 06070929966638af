package regpy.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import regpy.code.LineTable.Position;

/**
 * Appends IR instructions for the translator and keeps the symbolic stack honest while doing so:
 * before a register is overwritten, stack slots that still read it are saved ({@link #protect});
 * at block ends the stack is made canonical with a parallel move ({@link #materialise}); a store
 * to a local redirects the instruction that just produced the value when that is safe
 * ({@link #store}).
 *
 * <p>It also attributes stack instructions to IR instructions: each translated stack instruction
 * adds to a pending count that the next non-move IR instruction absorbs.
 */
final class Emitter {
    static final int[] NONE = {};

    final List<IrInstr> instrs = new ArrayList<>();
    final SymbolicStack stack;
    private final int scratchBase;
    private int scratchCount;
    private int cacheCount;
    private int pending;
    private int orphans;
    /** The instruction emitted last in the current extended block (null right after a boundary). */
    private IrInstr last;
    /**
     * Temporaries written in the current extended block with a value that cannot be NULL. A
     * temporary live on entry may hold the NULL a LOAD_FAST_AND_CLEAR saved, so storing it must
     * not make the translator believe the local is bound (and drop a later CHECK_BOUND).
     */
    private final BitSet nonNull = new BitSet();
    private int offset;
    private Position pos = Position.NONE;

    Emitter(SymbolicStack stack, int scratchBase) {
        this.stack = stack;
        this.scratchBase = scratchBase;
    }

    /** The stack instruction now being translated: origin of what is emitted next. */
    void at(int offset, Position pos, int stackInstrs) {
        this.offset = offset;
        this.pos = pos;
        pending += stackInstrs;
    }

    int newCacheSlot() { return cacheCount++; }
    int cacheCount() { return cacheCount; }
    int scratchCount() { return scratchCount; }
    int orphans() { return orphans; }
    IrInstr last() { return last; }

    /** A block boundary that the symbolic state does not flow across. */
    void boundary() { last = null; }

    /** Entry of a block whose temporaries come from several predecessors: nothing known of them. */
    void forgetTemporaries() { nonNull.clear(); }

    /** Whether the operand certainly is not NULL: a constant, a local (loads are of bound locals), or a temporary written here. */
    boolean nonNull(int operand) {
        if (Operand.isNull(operand)) return false;
        return !stack.isTemp(operand) || nonNull.get(operand);
    }

    /**
     * End of a straight-line stretch: stack instructions not yet absorbed go to the last
     * instruction emitted in it (they executed on the same path), else they are orphans.
     */
    void flushPending(boolean stretchHasInstr) {
        if (pending == 0) return;
        if (stretchHasInstr && last != null) last.addStackCount(pending);
        else orphans += pending;
        pending = 0;
    }

    IrInstr emit(IrOp op, int[] outs, int[] ins, int arg, int cache) {
        return emitAt(op, outs, ins, arg, cache, offset, pos);
    }

    IrInstr emitAt(IrOp op, int[] outs, int[] ins, int arg, int cache, int atOffset, Position atPos) {
        for (int o : outs) protect(o, ins, outs);
        return append(new IrInstr(op, outs, ins, arg, cache, atOffset, atPos), true);
    }

    /** Emit an instruction whose outputs are pushed, each into its slot's canonical register. */
    IrInstr push(IrOp op, int nOuts, int[] ins, int arg, int cache) {
        int[] outs = new int[nOuts];
        for (int i = 0; i < nOuts; i++) outs[i] = stack.canonical(stack.depth() + i);
        IrInstr in = emit(op, outs, ins, arg, cache);
        for (int o : outs) stack.push(o);
        return in;
    }

    private IrInstr append(IrInstr in, boolean absorb) {
        for (int o : in.rawOuts()) {
            if (!stack.isTemp(o)) continue;
            boolean nn = switch (in.op()) {
                case LOAD_AND_CLEAR -> false;
                case MOVE -> nonNull(in.in(0));
                default -> true;
            };
            nonNull.set(o, nn);
        }
        if (absorb) {
            in.addStackCount(pending);
            pending = 0;
        }
        instrs.add(in);
        last = in;
        return in;
    }

    private void move(int dst, int src) {
        append(new IrInstr(IrOp.MOVE, new int[] {dst}, new int[] {src}, 0, IrInstr.NO_CACHE, offset, pos), false);
    }

    int scratch() { return scratchBase + scratchCount++; }

    /**
     * Register {@code reg} is about to be written (by an instruction reading {@code ins} and
     * writing {@code outs}): stack slots still reading its old value get a copy first, in their
     * canonical register when it is free, else in a fresh scratch register.
     */
    void protect(int reg, int[] ins, int[] outs) {
        if (stack.references(reg) == 0) return;
        int dst = -1;
        for (int s = 0; s < stack.depth() && dst < 0; s++) {
            int c = stack.canonical(s);
            if (stack.get(s) == reg && c != reg && stack.references(c) == 0 && !contains(ins, c) && !contains(outs, c))
                dst = c;
        }
        if (dst < 0) dst = scratch();
        move(dst, reg);
        stack.replace(reg, dst);
    }

    /**
     * Make slots [lo, hi) canonical, as one parallel move. Operands in {@code keep} (inputs of the
     * instruction about to be emitted) and slots outside the range are preserved: if they read a
     * register the move overwrites, they are redirected to a scratch copy. Returns keep, rewritten.
     */
    int[] materialise(int lo, int hi, int[] keep) {
        keep = keep.clone();
        List<int[]> moves = new ArrayList<>();               // {dst, src}
        for (int s = lo; s < hi; s++) if (!stack.isCanonical(s)) moves.add(new int[] {stack.canonical(s), stack.get(s)});
        if (moves.isEmpty()) return keep;
        for (int[] m : moves) {
            int d = m[0];
            boolean readOutside = contains(keep, d);
            for (int s = 0; s < stack.depth() && !readOutside; s++) readOutside = (s < lo || s >= hi) && stack.get(s) == d;
            if (!readOutside) continue;
            int sc = scratch();
            move(sc, d);
            for (int i = 0; i < keep.length; i++) if (keep[i] == d) keep[i] = sc;
            for (int s = 0; s < stack.depth(); s++) if ((s < lo || s >= hi) && stack.get(s) == d) stack.set(s, sc);
            for (int[] m2 : moves) if (m2[1] == d) m2[1] = sc;
        }
        while (!moves.isEmpty()) {
            boolean progress = false;
            for (int i = 0; i < moves.size(); i++) {
                int[] m = moves.get(i);
                if (isSource(moves, m[0], m)) continue;
                move(m[0], m[1]);
                moves.remove(i--);
                progress = true;
            }
            if (!progress) {                                   // a cycle: park one destination's value
                int d = moves.getFirst()[0], sc = scratch();
                move(sc, d);
                for (int[] m : moves) if (m[1] == d) m[1] = sc;
            }
        }
        for (int s = lo; s < hi; s++) stack.set(s, stack.canonical(s));
        return keep;
    }

    private static boolean isSource(List<int[]> moves, int reg, int[] except) {
        for (int[] m : moves) if (m != except && m[1] == reg) return true;
        return false;
    }

    /**
     * STORE_FAST: local := value. The value is used in place when it already is the local; the
     * producing instruction is redirected to write the local when it was emitted last, in the
     * same stretch, and nothing else reads its temporary; otherwise a MOVE. Deferred reads of the
     * local's old value still on the stack are saved first (the {@code a, b = b, a} hazard).
     */
    void store(int local, int value) {
        if (value == local) return;
        int before = instrs.size();
        if (stack.references(local) > 0 && canRedirect(value, local)) {
            // save the old value before the producer instead, so the producer can still be redirected
            // ({@code a, b = b, a + b}: MOVE t0 <- b; BINARY b <- a, b; MOVE a <- t0)
            IrInstr producer = instrs.removeLast();
            protect(local, producer.rawIns(), producer.rawOuts());
            instrs.add(producer);
            last = producer;
            before = instrs.size();
        }
        protect(local, NONE, NONE);
        if (instrs.size() == before && canRedirect(value, local)) {
            int[] outs = last.rawOuts();
            for (int i = 0; i < outs.length; i++) if (outs[i] == value) last.retargetOut(i, local);
            // the store's count stays pending for the next instruction: if the producer raises (or
            // FOR_ITER exits the loop) the store does not run, in CPython either
            return;
        }
        emit(IrOp.MOVE, new int[] {local}, new int[] {value}, 0, IrInstr.NO_CACHE);
    }

    private boolean canRedirect(int value, int local) {
        if (last == null || !stack.isTemp(value) || !last.op().retargetable() || last.writes(local)) return false;
        if (stack.references(value) != 0) return false;
        int n = 0;
        for (int o : last.rawOuts()) if (o == value) n++;
        return n == 1;
    }

    /**
     * If the value a branch tests was produced by the instruction emitted last (in this stretch)
     * and is read by nothing else, remove that instruction and return it for fusion.
     */
    IrInstr takeProducer(int value) {
        if (last == null || last.outCount() != 1 || last.out(0) != value || !stack.isTemp(value)
                || stack.references(value) != 0)
            return null;
        IrInstr p = instrs.removeLast();
        pending += p.stackCount();
        last = null;
        return p;
    }

    static boolean contains(int[] a, int v) {
        for (int x : a) if (x == v) return true;
        return false;
    }
}
