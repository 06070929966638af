package regpy.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Basic blocks of an {@link IrFunction} with their successors (jump, fall-through, exception
 * handler) and register liveness: what an engine that spins a JVM method per function needs to
 * place labels, keep registers in JVM locals, and know which registers hold values at a block
 * entry, a handler entry or a suspension point (to spill, or to drop dead references).
 *
 * <p>Blocks start at instruction 0, jump targets, handler targets, handler range bounds and after
 * every instruction that jumps or ends the flow. An instruction that {@link IrOp#canRaise() can
 * raise} inside a handler range has an exception edge to the handler; the unwinder writes the
 * lasti and exception registers, so they are not live across that edge.
 */
public final class IrCfg {
    /** Instructions [start, end); successors by block id; handler block or -1. */
    public record Block(int id, int start, int end, int[] successors, int handler) {}

    private final IrFunction f;
    private final List<Block> blocks = new ArrayList<>();
    private final int[] blockOf;
    private final BitSet[] liveIn;

    private IrCfg(IrFunction f) {
        this.f = f;
        int n = f.size();
        boolean[] leader = new boolean[n + 1];
        leader[0] = true;
        for (int i = 0; i < n; i++) {
            IrInstr in = f.instr(i);
            if (in.target() >= 0) leader[in.target()] = true;
            if (in.op().hasTarget() || in.op().endsFlow()) leader[i + 1] = true;
        }
        for (IrHandler h : f.handlers()) leader[h.start()] = leader[h.end()] = leader[h.target()] = true;
        blockOf = new int[n];
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && !leader[j]) j++;
            for (int k = i; k < j; k++) blockOf[k] = ranges.size();
            ranges.add(new int[] {i, j});
            i = j;
        }
        for (int b = 0; b < ranges.size(); b++) {
            int start = ranges.get(b)[0], end = ranges.get(b)[1];
            IrInstr lastIn = f.instr(end - 1);
            List<Integer> succ = new ArrayList<>();
            if (lastIn.target() >= 0) succ.add(blockOf[lastIn.target()]);
            if (!lastIn.op().endsFlow() && end < n && !succ.contains(blockOf[end])) succ.add(blockOf[end]);
            IrHandler h = f.handlerAt(start);
            boolean raises = false;
            for (int i = start; i < end; i++) raises |= f.instr(i).op().canRaise();
            blocks.add(new Block(b, start, end, succ.stream().mapToInt(Integer::intValue).toArray(),
                    h != null && raises ? blockOf[h.target()] : -1));
        }
        liveIn = liveness();
    }

    public static IrCfg of(IrFunction f) { return new IrCfg(f); }

    public List<Block> blocks() { return blocks; }
    public Block blockOf(int instr) { return blocks.get(blockOf[instr]); }

    /** Registers (locals and temporaries) whose value may be read before being written, from the block's entry. */
    public BitSet liveIn(Block b) { return (BitSet) liveIn[b.id()].clone(); }

    /** Registers live just before instruction i. */
    public BitSet liveBefore(int i) {
        Block b = blockOf(i);
        BitSet live = liveOut(b);
        for (int k = b.end() - 1; k >= i; k--) transfer(f.instr(k), live, handlerLiveFrom(liveIn, b));
        return live;
    }

    private BitSet liveOut(Block b) { return liveOut(liveIn, b); }

    /**
     * Union of the successors' live-in sets. FOR_ITER writes its output only on the fall-through
     * edge, so that edge alone kills it.
     */
    private BitSet liveOut(BitSet[] in, Block b) {
        BitSet out = new BitSet();
        IrInstr last = f.instr(b.end() - 1);
        for (int s : b.successors()) {
            BitSet edge = (BitSet) in[s].clone();
            if (last.op() == IrOp.FOR_ITER && blocks.get(s).start() == b.end()) edge.clear(last.out(0));
            out.or(edge);
        }
        return out;
    }

    private BitSet[] liveness() {
        BitSet[] in = new BitSet[blocks.size()];
        for (int i = 0; i < in.length; i++) in[i] = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = blocks.size() - 1; b >= 0; b--) {
                Block blk = blocks.get(b);
                BitSet live = liveOut(in, blk);
                BitSet viaHandler = handlerLiveFrom(in, blk);
                for (int k = blk.end() - 1; k >= blk.start(); k--) transfer(f.instr(k), live, viaHandler);
                if (!live.equals(in[b])) {
                    in[b] = live;
                    changed = true;
                }
            }
        }
        return in;
    }

    /** What a raising instruction in b keeps alive through its handler edge (the unwinder writes lasti and exc). */
    private BitSet handlerLiveFrom(BitSet[] in, Block b) {
        BitSet live = new BitSet();
        if (b.handler() < 0) return live;
        live.or(in[b.handler()]);
        IrHandler h = f.handlerAt(b.start());
        if (h.lasti()) live.clear(h.lastiRegister(f.tempBase()));
        live.clear(h.excRegister(f.tempBase()));
        return live;
    }

    /** live := (live - defs) + uses, plus the handler's live set before anything that can raise. */
    private void transfer(IrInstr in, BitSet live, BitSet viaHandler) {
        boolean partialDef = in.op() == IrOp.FOR_ITER;        // not written on the exit edge
        if (!partialDef) for (int o : in.rawOuts()) live.clear(o);
        switch (in.op()) {
            case LOAD_AND_CLEAR, DELETE_FAST -> live.clear(in.in(0));
            case COPY_FREE_VARS -> live.clear(f.tempBase() - in.arg(), f.tempBase());
            default -> { }
        }
        if (in.op().canRaise()) live.or(viaHandler);
        for (int x : in.rawIns()) if (Operand.isReg(x)) live.set(x);
    }
}
