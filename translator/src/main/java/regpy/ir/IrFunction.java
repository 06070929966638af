package regpy.ir;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

import regpy.code.CodeObject;

/**
 * The register IR of one code object.
 *
 * <p>Register file: registers {@code [0, tempBase)} are the frame's locals-plus slots in
 * co_localsplus order (locals, cells, free variables; the same numbering as LOAD_FAST's oparg);
 * {@code [tempBase, tempBase + stackSlots)} are the temporaries replacing operand-stack slots
 * (slot i is register tempBase + i at every block boundary, exception handler entry and loop
 * header, so a running stack frame maps onto the register frame slot by slot, which on-stack
 * replacement needs); {@code [tempBase + stackSlots, registerCount)} are scratch temporaries the
 * translator needed to break register cycles inside a block.
 */
public final class IrFunction {
    private final CodeObject code;
    private final List<IrInstr> instrs;
    private final List<IrHandler> handlers;
    private final int stackSlots, registerCount, cacheCount, stackInstrCount, unattributed;
    private final List<IrFunction> children;
    private final TreeMap<Integer, Integer> canonicalEntries;

    IrFunction(CodeObject code, List<IrInstr> instrs, List<IrHandler> handlers, int stackSlots, int registerCount,
               int cacheCount, int stackInstrCount, int unattributed, List<IrFunction> children,
               Map<Integer, Integer> canonicalEntries) {
        this.code = code;
        this.instrs = List.copyOf(instrs);
        this.handlers = List.copyOf(handlers);
        this.stackSlots = stackSlots;
        this.registerCount = registerCount;
        this.cacheCount = cacheCount;
        this.stackInstrCount = stackInstrCount;
        this.unattributed = unattributed;
        this.children = List.copyOf(children);
        this.canonicalEntries = new TreeMap<>(canonicalEntries);
    }

    public CodeObject code() { return code; }
    public List<IrInstr> instrs() { return instrs; }
    public IrInstr instr(int i) { return instrs.get(i); }
    public int size() { return instrs.size(); }
    public List<IrHandler> handlers() { return handlers; }
    /** First temporary register: co_nlocalsplus. */
    public int tempBase() { return code.nlocalsplus(); }
    /** Operand-stack slots (co_stacksize), each one temporary. */
    public int stackSlots() { return stackSlots; }
    /** Total registers a frame needs. */
    public int registerCount() { return registerCount; }
    /** Inline cache slots used by LOAD_GLOBAL / LOAD_ATTR / LOAD_METHOD instructions. */
    public int cacheCount() { return cacheCount; }
    /** Stack instructions in co_code (EXTENDED_ARG prefixes included, CACHE entries not). */
    public int stackInstrCount() { return stackInstrCount; }
    /**
     * Stack instructions no IR instruction accounts for: unreachable ones (the END_FOR; POP_TOP
     * after each loop, which CPython skips too) and eliminated ones in stretches that emitted
     * nothing. The sum of {@link IrInstr#stackCount()} plus this is {@link #stackInstrCount()}.
     */
    public int unattributed() { return unattributed; }

    /** The IR of the code objects in co_consts, in constant order. */
    public List<IrFunction> children() { return children; }

    /**
     * Where to enter the IR from a stack-interpreter frame paused at the start of the stack
     * instruction at byte offset {@code stackOffset} (on-stack replacement at a loop header, the
     * target of a backward jump): the IR index, or -1 when the symbolic state there is not
     * canonical. At such a point locals are the same registers and stack slot i moves to
     * register {@code tempBase() + i}.
     */
    public int canonicalEntry(int stackOffset) {
        Integer i = canonicalEntries.get(stackOffset);
        return i == null ? -1 : i;
    }

    /** Stack byte offsets with a canonical entry (block leaders entered by jumps or unwinding). */
    public SortedSet<Integer> canonicalOffsets() {
        return Collections.unmodifiableSortedSet(canonicalEntries.navigableKeySet());
    }

    /** The handler covering IR instruction {@code index}, or null (ranges do not overlap). */
    public IrHandler handlerAt(int index) {
        int lo = 0, hi = handlers.size() - 1;          // ranges are sorted and disjoint
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            IrHandler h = handlers.get(mid);
            if (index < h.start()) hi = mid - 1;
            else if (index >= h.end()) lo = mid + 1;
            else return h;
        }
        return null;
    }

    public boolean isLocal(int reg) { return reg < tempBase(); }

    private int[] loopIterators;

    /**
     * The registers that hold a for loop's iterator made by GET_ITER straight from a CALL flagged
     * {@link IrOp#LOOP_OWNED}, ascending; empty in most functions. Unwinding past such a loop
     * drops them (an exception caught by a handler of depth d drops those at or above
     * {@code tempBase() + d}, an exception leaving the frame drops all), as CPython's unwinder pops
     * the loop's iterator. A register may hold an older value by then: dropping anything but a
     * loop-owned generator does nothing, and a loop-owned one there belongs to a loop being left
     * (or already finished, and closing it again is a no-op).
     */
    public int[] loopIterators() {
        int[] r = loopIterators;
        if (r == null) {
            java.util.TreeSet<Integer> regs = new java.util.TreeSet<>();
            for (int i = 1; i < instrs.size(); i++) {
                IrInstr in = instrs.get(i), call = instrs.get(i - 1);
                if (in.op() == IrOp.GET_ITER && call.op() == IrOp.CALL && (call.arg() & IrOp.LOOP_OWNED) != 0)
                    regs.add(in.out(0));
            }
            loopIterators = r = regs.stream().mapToInt(Integer::intValue).toArray();
        }
        return r;
    }
}
