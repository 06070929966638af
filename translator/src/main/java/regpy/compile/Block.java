package regpy.compile;

import java.util.ArrayList;
import java.util.List;
import regpy.code.Opcode;

/** A basic block: straight-line instructions, the next block in layout order, and pass state. */
final class Block {
    final List<Instr> instrs = new ArrayList<>();
    Block next;
    int label = -1;
    boolean exceptHandler, preserveLasti, cold, warm, visited;
    int predecessors;
    int startdepth = Integer.MIN_VALUE;
    long unsafeLocalsMask;
    ExceptStack exceptStack;
    int offset;   // in code units, set by the assembler

    Instr last() { return instrs.isEmpty() ? null : instrs.getLast(); }

    boolean exitsScope() {
        Instr l = last();
        return l != null && Opcode.isScopeExit(l.op);
    }

    /** BB_NO_FALLTHROUGH: ends in a scope exit or an unconditional jump. */
    boolean noFallthrough() {
        Instr l = last();
        return l != null && (Opcode.isScopeExit(l.op) || Opcode.isUnconditionalJump(l.op));
    }

    boolean hasFallthrough() { return !noFallthrough(); }

    boolean hasNoLineno() {
        for (Instr i : instrs) if (i.loc.lineno() >= 0) return false;
        return true;
    }

    boolean hasEvalBreak() {
        for (Instr i : instrs) if (FlowGraph.hasEvalBreak(i.op)) return true;
        return false;
    }

    static Block nextNonEmpty(Block b) {
        while (b != null && b.instrs.isEmpty()) b = b.next;
        return b;
    }

    /** The handler stack during label_exception_targets; handlers[0] is null. */
    static final class ExceptStack {
        Block[] handlers = new Block[24];
        int depth;

        ExceptStack copy() {
            ExceptStack c = new ExceptStack();
            c.handlers = handlers.clone();
            c.depth = depth;
            return c;
        }

        Block top() { return handlers[depth]; }

        Block push(Instr setup) {
            Block target = setup.target;
            if (setup.op == Opcode.SETUP_WITH || setup.op == Opcode.SETUP_CLEANUP) target.preserveLasti = true;
            if (depth + 1 >= handlers.length) handlers = java.util.Arrays.copyOf(handlers, handlers.length * 2);
            handlers[++depth] = target;
            return target;
        }

        Block pop() { return handlers[--depth]; }
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("B" + label + (exceptHandler ? " EH" : "") + (cold ? " cold" : "") + ":\n");
        for (Instr i : instrs) sb.append("  ").append(i).append('\n');
        return sb.toString();
    }
}
