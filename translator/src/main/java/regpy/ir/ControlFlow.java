package regpy.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import regpy.code.CodeObject;
import regpy.code.Opcode;

/**
 * Basic blocks of the stack code, their reachability, predecessor counts, and the operand-stack
 * depth at each block entry (from jumps, fall-through and the exception table).
 *
 * <p>Block leaders are: the first instruction, jump targets (FOR_ITER's real exit, see
 * {@link StackCode#forIterExit}), the instruction after a jump, branch, return or raise, and the
 * start, end and target of every exception-table entry, so that every block lies inside exactly
 * one protected region (or none).
 */
final class ControlFlow {
    /** An exception-table entry in stack-instruction indices: [start, end) -> target. */
    record Region(int start, int end, int target, int depth, boolean lasti, CodeObject.ExceptionEntry entry) {
        int handlerDepth() { return depth + (lasti ? 1 : 0) + 1; }
    }

    record Block(int id, int first, int end) {}

    final StackCode code;
    final List<Block> blocks = new ArrayList<>();
    final List<Region> regions = new ArrayList<>();
    private final int[] blockOfInstr;
    private final int[] entryDepth;
    private final int[] preds;
    private final boolean[] handlerTarget;
    /** Region covering each instruction, or null (regions never overlap). */
    private final Region[] regionOfInstr;

    ControlFlow(StackCode code) {
        this.code = code;
        int n = code.size();
        for (CodeObject.ExceptionEntry e : code.code.exceptionEntries())
            regions.add(new Region(indexAtOrAfter(e.start()), indexAtOrAfter(e.end()), code.indexAt(e.target()),
                    e.depth(), e.lasti(), e));
        boolean[] leader = new boolean[n + 1];
        leader[0] = true;
        for (StackCode.Instr in : code.instrs) {
            int op = in.op();
            if (op == Opcode.FOR_ITER) leader[code.forIterExit(in)] = true;
            else if (in.target() >= 0) leader[code.indexAt(in.target())] = true;
            if (in.target() >= 0 || endsFlow(op)) leader[in.index() + 1] = true;
        }
        for (Region r : regions) {
            leader[r.start()] = leader[r.end()] = leader[r.target()] = true;
        }
        regionOfInstr = new Region[n];
        for (Region r : regions) Arrays.fill(regionOfInstr, r.start(), r.end(), r);
        blockOfInstr = new int[n];
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && !leader[j]) j++;
            Block b = new Block(blocks.size(), i, j);
            blocks.add(b);
            Arrays.fill(blockOfInstr, i, j, b.id());
            i = j;
        }
        entryDepth = new int[blocks.size()];
        Arrays.fill(entryDepth, -1);
        preds = new int[blocks.size()];
        handlerTarget = new boolean[blocks.size()];
        computeDepths();
    }

    private int indexAtOrAfter(int offset) {
        int lo = 0, hi = code.size();                   // first instruction starting at or after offset
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (code.get(mid).start() >= offset) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    static boolean endsFlow(int op) {
        return Opcode.isUnconditionalJump(op) || Opcode.isScopeExit(op);
    }

    private void computeDepths() {
        Deque<Integer> work = new ArrayDeque<>();
        reach(0, 0, work, false);
        while (!work.isEmpty()) {
            Block b = blocks.get(work.pop());
            int depth = entryDepth[b.id()];
            for (int i = b.first(); i < b.end(); i++) {
                StackCode.Instr in = code.get(i);
                Region r = regionOf(i);
                if (r != null) reach(blockOfInstr[r.target()], r.handlerDepth(), work, true);
                int op = in.op();
                switch (op) {
                    case Opcode.FOR_ITER -> reach(blockOfInstr[code.forIterExit(in)], depth - 1, work, false);
                    case Opcode.SEND -> reach(blockOfInstr[code.indexAt(in.target())], depth, work, false);
                    case Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE, Opcode.POP_JUMP_IF_NONE,
                         Opcode.POP_JUMP_IF_NOT_NONE ->
                            reach(blockOfInstr[code.indexAt(in.target())], depth - 1, work, false);
                    case Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT ->
                            reach(blockOfInstr[code.indexAt(in.target())], depth, work, false);
                    default -> { }
                }
                if (!ControlFlow.endsFlow(op)) depth += Opcode.stackEffect(op, in.arg(), false);
                if (depth < 0) throw new IllegalStateException(code.code.name + ": stack underflow at " + in.offset());
            }
            if (fallsThrough(b)) {
                if (b.end() >= code.size())
                    throw new IllegalStateException(code.code.name + ": control falls off the end of the code");
                reach(b.id() + 1, depth, work, false);
            }
        }
    }

    private void reach(int block, int depth, Deque<Integer> work, boolean handler) {
        preds[block]++;
        if (handler) handlerTarget[block] = true;
        if (entryDepth[block] == -1) {
            entryDepth[block] = depth;
            work.push(block);
        } else if (entryDepth[block] != depth) {
            throw new IllegalStateException(code.code.name + ": inconsistent stack depth at offset "
                    + code.get(blocks.get(block).first()).offset() + ": " + entryDepth[block] + " vs " + depth);
        }
    }

    boolean fallsThrough(Block b) {
        return !endsFlow(code.get(b.end() - 1).op());
    }

    /** The region covering stack instruction i, or null. */
    Region regionOf(int i) {
        return i >= 0 && i < regionOfInstr.length ? regionOfInstr[i] : null;
    }

    boolean reachable(Block b) { return entryDepth[b.id()] >= 0; }
    int entryDepth(Block b) { return entryDepth[b.id()]; }
    Block blockOf(int instrIndex) { return blocks.get(blockOfInstr[instrIndex]); }

    /**
     * Whether block b is entered only by falling through from the block before it, so the
     * symbolic stack of that block may flow straight into it (an extended basic block).
     */
    boolean onlyFallThrough(Block b) {
        if (b.id() == 0 || handlerTarget[b.id()] || preds[b.id()] != 1) return false;
        Block prev = blocks.get(b.id() - 1);
        return reachable(prev) && fallsThrough(prev);
    }
}
