package regpy.compile;

import static regpy.code.Opcode.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The control-flow graph of one code unit and CPython 3.13's passes over it (flowgraph.c):
 * exception-target labelling, small-block inlining, unreachable-code removal, line-number
 * propagation, peephole optimisations (constant conditions, tuple folding, jump threading,
 * TO_BOOL fusion, swaps), unused-constant removal, LOAD_FAST_CHECK insertion,
 * superinstructions, cold-block ordering, then stack depth and pseudo-op lowering.
 */
final class FlowGraph {
    Block entry;
    private Block current;
    private int currentLabel = -1;

    // ---- construction ------------------------------------------------------------------------------

    /** _PyCfg_FromInstructionSequence: only labels that some jump targets start blocks. */
    static FlowGraph from(InstrSequence seq) {
        FlowGraph g = new FlowGraph();
        g.entry = g.current = new Block();
        int n = seq.instrs.size();
        boolean[] targeted = new boolean[n + 1];
        int[] resolved = new int[n];
        for (int i = 0; i < n; i++) {
            Instr in = seq.instrs.get(i);
            if (hasTarget(in.op)) {
                resolved[i] = seq.indexOf(in.oparg);
                targeted[resolved[i]] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            Instr in = seq.instrs.get(i);
            if (targeted[i]) g.useLabel(i);
            g.addOp(in.op, hasTarget(in.op) ? resolved[i] : in.oparg, in.loc);
        }
        return g;
    }

    private boolean currentIsTerminated() {
        Instr last = current.last();
        if (last != null && isTerminator(last.op)) return true;
        if (currentLabel >= 0) {
            if (last != null || current.label >= 0) return true;
            current.label = currentLabel;
            currentLabel = -1;
        }
        return false;
    }

    private void maybeStartNewBlock() {
        if (currentIsTerminated()) {
            Block b = new Block();
            b.label = currentLabel;
            currentLabel = -1;
            current.next = b;
            current = b;
        }
    }

    private void useLabel(int label) {
        currentLabel = label;
        maybeStartNewBlock();
    }

    private void addOp(int op, int oparg, Loc loc) {
        maybeStartNewBlock();
        current.instrs.add(new Instr(op, oparg, loc));
    }

    // ---- opcode classes ----------------------------------------------------------------------------

    static boolean isJump(int op) {
        return switch (op) {
            case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
                 POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER, SEND -> true;
            default -> false;
        };
    }

    static boolean hasTarget(int op) { return isJump(op) || isBlockPush(op); }
    static boolean isTerminator(int op) { return isJump(op) || isScopeExit(op); }

    static boolean hasEvalBreak(int op) {
        return op == JUMP || op == JUMP_BACKWARD || op == CALL || op == CALL_KW || op == CALL_FUNCTION_EX || op == RESUME;
    }

    private List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (Block b = entry; b != null; b = b.next) out.add(b);
        return out;
    }

    private int maxLabel() {
        int m = -1;
        for (Block b = entry; b != null; b = b.next) m = Math.max(m, b.label);
        return m;
    }

    private void resetVisited() { for (Block b = entry; b != null; b = b.next) b.visited = false; }

    // ---- preprocessing -------------------------------------------------------------------------------

    private void translateJumpLabelsToTargets() {
        java.util.Map<Integer, Block> byLabel = new java.util.HashMap<>();
        for (Block b = entry; b != null; b = b.next) if (b.label >= 0) byLabel.put(b.label, b);
        for (Block b = entry; b != null; b = b.next)
            for (Instr i : b.instrs)
                if (hasTarget(i.op)) i.target = byLabel.get(i.oparg);
    }

    private void markExceptHandlers() {
        for (Block b = entry; b != null; b = b.next)
            for (Instr i : b.instrs) if (isBlockPush(i.op)) i.target.exceptHandler = true;
    }

    private void labelExceptionTargets() {
        resetVisited();
        List<Block> todo = new ArrayList<>();
        Block.ExceptStack es = new Block.ExceptStack();
        todo.add(entry);
        entry.visited = true;
        entry.exceptStack = es;
        while (!todo.isEmpty()) {
            Block b = todo.removeLast();
            es = b.exceptStack;
            b.exceptStack = null;
            Block handler = es.top();
            int lastYieldDepth = -1;
            for (Instr in : b.instrs) {
                if (isBlockPush(in.op)) {
                    if (!in.target.visited) {
                        in.target.exceptStack = es.copy();
                        todo.add(in.target);
                        in.target.visited = true;
                    }
                    handler = es.push(in);
                } else if (in.op == POP_BLOCK) {
                    handler = es.pop();
                    in.nop();
                } else if (isJump(in.op)) {
                    in.except = handler;
                    if (!in.target.visited) {
                        if (b.hasFallthrough()) in.target.exceptStack = es.copy();
                        else { in.target.exceptStack = es; es = null; }
                        todo.add(in.target);
                        in.target.visited = true;
                    }
                } else if (in.op == YIELD_VALUE) {
                    in.except = handler;
                    lastYieldDepth = es.depth;
                } else if (in.op == RESUME) {
                    in.except = handler;
                    if (in.oparg != RESUME_AT_FUNC_START) {
                        if (lastYieldDepth == 1) in.oparg |= 4;   // RESUME_OPARG_DEPTH1_MASK
                        lastYieldDepth = -1;
                    }
                } else {
                    in.except = handler;
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                b.next.exceptStack = es;
                todo.add(b.next);
                b.next.visited = true;
            }
        }
    }

    // ---- optimisation ------------------------------------------------------------------------------------

    /** _PyCfg_OptimizeCodeUnit. */
    void optimize(ConstPool consts, int nlocals, int nparams, int firstlineno) {
        translateJumpLabelsToTargets();
        markExceptHandlers();
        labelExceptionTargets();
        optimizeCfg(consts);
        consts.removeUnused(this);
        addChecksForLoadsOfUninitializedVariables(nlocals, nparams);
        insertSuperinstructions();
        pushColdBlocksToEnd();
        resolveLineNumbers();
    }

    private static final boolean DEBUG = Boolean.getBoolean("regpy.cfgdebug");

    private void debug(String stage) { if (DEBUG) System.err.println("---- " + stage + "\n" + this); }

    private void optimizeCfg(ConstPool consts) {
        debug("start");
        inlineSmallOrNoLinenoBlocks();
        removeUnreachable();
        resolveLineNumbers();
        debug("resolved");
        for (Block b = entry; b != null; b = b.next) Peephole.optimizeLoadConst(b, consts);
        for (Block b = entry; b != null; b = b.next) Peephole.optimizeBasicBlock(b, consts);
        debug("peephole");
        removeRedundantNopsAndPairs();
        removeUnreachable();
        removeRedundantNopsAndJumps();
        debug("optimized");
    }

    private void inlineSmallOrNoLinenoBlocks() {
        boolean changes;
        do {
            changes = false;
            for (Block b = entry; b != null; b = b.next) if (inlineInto(b)) changes = true;
        } while (changes);
    }

    private static final int MAX_COPY_SIZE = 4;

    private boolean inlineInto(Block b) {
        Instr last = b.last();
        if (last == null || !isUnconditionalJump(last.op)) return false;
        Block target = last.target;
        boolean smallExit = target.exitsScope() && target.instrs.size() <= MAX_COPY_SIZE;
        boolean noLineno = target.hasNoLineno() && !target.hasFallthrough();
        if (!smallExit && !noLineno) return false;
        int removed = last.op;
        last.nop();
        for (Instr i : target.instrs) b.instrs.add(i.copy());
        if (noLineno) {
            Instr nl = b.last();
            if (isUnconditionalJump(nl.op) && removed == JUMP) nl.op = JUMP;
        }
        target.predecessors--;
        return true;
    }

    void removeUnreachable() {
        for (Block b = entry; b != null; b = b.next) b.predecessors = 0;
        resetVisited();
        List<Block> stack = new ArrayList<>();
        entry.predecessors = 1;
        stack.add(entry);
        entry.visited = true;
        while (!stack.isEmpty()) {
            Block b = stack.removeLast();
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) { stack.add(b.next); b.next.visited = true; }
                b.next.predecessors++;
            }
            for (Instr in : b.instrs) {
                if (isJump(in.op) || isBlockPush(in.op)) {
                    if (!in.target.visited) { stack.add(in.target); in.target.visited = true; }
                    in.target.predecessors++;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) { b.instrs.clear(); b.exceptHandler = false; }
        }
    }

    static int removeRedundantNops(Block bb) {
        List<Instr> out = new ArrayList<>(bb.instrs.size());
        int prevLineno = -1;
        List<Instr> in = bb.instrs;
        for (int src = 0; src < in.size(); src++) {
            Instr ins = in.get(src);
            int lineno = ins.loc.lineno();
            if (ins.op == NOP) {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < in.size() - 1) {
                    int nextLineno = in.get(src + 1).loc.lineno();
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0) { in.get(src + 1).loc = ins.loc; continue; }
                } else {
                    Block next = Block.nextNonEmpty(bb.next);
                    if (next != null) {
                        Loc nextLoc = Loc.NO_LOCATION;
                        for (Instr ni : next.instrs) {
                            if (ni.op == NOP && ni.loc.lineno() < 0) continue;
                            nextLoc = ni.loc;
                            break;
                        }
                        if (lineno == nextLoc.lineno()) continue;
                    }
                }
            }
            out.add(ins);
            prevLineno = lineno;
        }
        int removed = in.size() - out.size();
        if (removed > 0) { in.clear(); in.addAll(out); }
        return removed;
    }

    private int removeRedundantNops() {
        int changes = 0;
        for (Block b = entry; b != null; b = b.next) changes += removeRedundantNops(b);
        return changes;
    }

    private void removeRedundantNopsAndPairs() {
        boolean done = false;
        while (!done) {
            done = true;
            Instr prev, instr = null;
            for (Block b = entry; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.label >= 0) instr = null;
                for (Instr i : b.instrs) {
                    prev = instr;
                    instr = i;
                    int prevOp = prev != null ? prev.op : 0, prevArg = prev != null ? prev.oparg : 0;
                    if (i.op == POP_TOP && (prevOp == LOAD_CONST || (prevOp == COPY && prevArg == 1))) {
                        prev.nop();
                        i.nop();
                        done = false;
                    }
                }
                if ((instr != null && isJump(instr.op)) || !b.hasFallthrough()) instr = null;
            }
        }
    }

    private int removeRedundantJumps() {
        int changes = 0;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            if (isUnconditionalJump(last.op)) {
                Block target = Block.nextNonEmpty(last.target);
                Block next = Block.nextNonEmpty(b.next);
                if (target == next) { changes++; last.nop(); }
            }
        }
        return changes;
    }

    void removeRedundantNopsAndJumps() {
        int nops, jumps;
        do {
            nops = removeRedundantNops();
            jumps = removeRedundantJumps();
        } while (nops + jumps > 0);
    }

    // ---- line numbers ----------------------------------------------------------------------------------

    private static boolean isExitOrEvalCheckWithoutLineno(Block b) {
        return (b.exitsScope() || b.hasEvalBreak()) && b.hasNoLineno();
    }

    private void duplicateExitsWithoutLineno() {
        int nextLabel = maxLabel() + 1;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            if (isJump(last.op)) {
                Block target = Block.nextNonEmpty(last.target);
                if (target != null && isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
                    Block copy = new Block();
                    for (Instr i : target.instrs) copy.instrs.add(i.copy());
                    copy.instrs.getFirst().loc = last.loc;
                    last.target = copy;
                    target.predecessors--;
                    copy.predecessors = 1;
                    copy.next = target.next;
                    copy.label = nextLabel++;
                    target.next = copy;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && !b.instrs.isEmpty()) {
                if (isExitOrEvalCheckWithoutLineno(b.next)) b.next.instrs.getFirst().loc = b.last().loc;
            }
        }
    }

    private void propagateLineNumbers() {
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            Loc prev = Loc.NO_LOCATION;
            for (Instr i : b.instrs) {
                if (i.loc.lineno() < 0) i.loc = prev;
                else prev = i.loc;
            }
            if (b.hasFallthrough() && b.next.predecessors == 1) {
                if (!b.next.instrs.isEmpty() && b.next.instrs.getFirst().loc.lineno() < 0)
                    b.next.instrs.getFirst().loc = prev;
            }
            if (isJump(last.op)) {
                Block target = last.target;
                if (target.predecessors == 1 && !target.instrs.isEmpty() && target.instrs.getFirst().loc.lineno() < 0)
                    target.instrs.getFirst().loc = prev;
            }
        }
    }

    private void resolveLineNumbers() {
        duplicateExitsWithoutLineno();
        propagateLineNumbers();
    }

    // ---- uninitialised locals ------------------------------------------------------------------------

    private void addChecksForLoadsOfUninitializedVariables(int nlocals, int nparams) {
        if (nlocals == 0) return;
        if (nlocals > 64) {
            fastScanManyLocals(nlocals);
            nlocals = 64;
        }
        resetVisited();
        List<Block> stack = new ArrayList<>();
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) startMask |= 1L << i;
        maybePush(entry, startMask, stack);
        for (Block b = entry; b != null; b = b.next) scanBlockForLocals(b, stack);
        while (!stack.isEmpty()) {
            Block b = stack.removeLast();
            b.visited = false;
            scanBlockForLocals(b, stack);
        }
    }

    private static void maybePush(Block b, long mask, List<Block> stack) {
        long both = b.unsafeLocalsMask | mask;
        if (b.unsafeLocalsMask != both) {
            b.unsafeLocalsMask = both;
            if (!b.visited) { stack.add(b); b.visited = true; }
        }
    }

    private static void scanBlockForLocals(Block b, List<Block> stack) {
        long unsafe = b.unsafeLocalsMask;
        for (Instr in : b.instrs) {
            if (in.except != null) maybePush(in.except, unsafe, stack);
            if (in.oparg >= 64) continue;
            long bit = 1L << in.oparg;
            switch (in.op) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafe |= bit;
                case STORE_FAST, LOAD_FAST_CHECK -> unsafe &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafe & bit) != 0) in.op = LOAD_FAST_CHECK;
                    unsafe &= ~bit;
                }
                default -> {}
            }
        }
        if (b.next != null && b.hasFallthrough()) maybePush(b.next, unsafe, stack);
        Instr last = b.last();
        if (last != null && isJump(last.op)) maybePush(last.target, unsafe, stack);
    }

    private void fastScanManyLocals(int nlocals) {
        long[] states = new long[nlocals - 64];
        long blocknum = 0;
        for (Block b = entry; b != null; b = b.next) {
            blocknum++;
            for (Instr in : b.instrs) {
                int arg = in.oparg;
                if (arg < 64) continue;
                switch (in.op) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blocknum - 1;
                    case STORE_FAST -> states[arg - 64] = blocknum;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) in.op = LOAD_FAST_CHECK;
                        states[arg - 64] = blocknum;
                    }
                    default -> {}
                }
            }
        }
    }

    // ---- superinstructions ------------------------------------------------------------------------------

    private static void makeSuper(Instr a, Instr b, int superOp) {
        int l1 = a.loc.lineno(), l2 = b.loc.lineno();
        if (l1 >= 0 && l2 >= 0 && l1 != l2) return;
        if (a.oparg >= 16 || b.oparg >= 16) return;
        a.set(superOp, (a.oparg << 4) | b.oparg);
        b.nop();
    }

    private void insertSuperinstructions() {
        for (Block b = entry; b != null; b = b.next) {
            List<Instr> in = b.instrs;
            for (int i = 0; i < in.size(); i++) {
                int nextop = i + 1 < in.size() ? in.get(i + 1).op : 0;
                Instr inst = in.get(i);
                if (inst.op == LOAD_FAST && nextop == LOAD_FAST) makeSuper(inst, in.get(i + 1), LOAD_FAST_LOAD_FAST);
                else if (inst.op == STORE_FAST && nextop == LOAD_FAST) makeSuper(inst, in.get(i + 1), STORE_FAST_LOAD_FAST);
                else if (inst.op == STORE_FAST && nextop == STORE_FAST) makeSuper(inst, in.get(i + 1), STORE_FAST_STORE_FAST);
            }
        }
        removeRedundantNops();
    }

    // ---- cold blocks -------------------------------------------------------------------------------------

    private void markWarm() {
        resetVisited();
        List<Block> stack = new ArrayList<>();
        stack.add(entry);
        entry.visited = true;
        while (!stack.isEmpty()) {
            Block b = stack.removeLast();
            b.warm = true;
            if (b.next != null && b.hasFallthrough() && !b.next.visited) { stack.add(b.next); b.next.visited = true; }
            for (Instr in : b.instrs)
                if (isJump(in.op) && !in.target.visited) { stack.add(in.target); in.target.visited = true; }
        }
    }

    private void markCold() {
        markWarm();
        resetVisited();
        List<Block> stack = new ArrayList<>();
        for (Block b = entry; b != null; b = b.next)
            if (b.exceptHandler) { stack.add(b); b.visited = true; }
        while (!stack.isEmpty()) {
            Block b = stack.removeLast();
            b.cold = true;
            if (b.next != null && b.hasFallthrough() && !b.next.warm && !b.next.visited) {
                stack.add(b.next); b.next.visited = true;
            }
            for (Instr in : b.instrs)
                if (isJump(in.op) && !in.target.warm && !in.target.visited) { stack.add(in.target); in.target.visited = true; }
        }
    }

    private void pushColdBlocksToEnd() {
        if (entry.next == null) return;
        markCold();
        int nextLabel = maxLabel() + 1;
        for (Block b = entry; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                Block jump = new Block();
                if (b.next.label < 0) b.next.label = nextLabel++;
                Instr j = new Instr(JUMP_NO_INTERRUPT, b.next.label, Loc.NO_LOCATION);
                j.target = b.next;
                jump.instrs.add(j);
                jump.cold = true;
                jump.next = b.next;
                jump.predecessors = 1;
                b.next = jump;
            }
        }
        Block cold = null, coldTail = null;
        Block b = entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) b = b.next;
            if (b.next == null) break;
            Block end = b.next;
            while (end.next != null && end.next.cold) end = end.next;
            if (cold == null) cold = b.next; else coldTail.next = b.next;
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = cold;
        if (cold != null) removeRedundantNopsAndJumps();
    }

    // ---- final lowering ---------------------------------------------------------------------------------

    /** calculate_stackdepth: the maximum depth over every path; also sets each block's startdepth. */
    int stackDepth() {
        for (Block b = entry; b != null; b = b.next) b.startdepth = Integer.MIN_VALUE;
        List<Block> stack = new ArrayList<>();
        int maxdepth = 0;
        push(stack, entry, 0);
        while (!stack.isEmpty()) {
            Block b = stack.removeLast();
            int depth = b.startdepth;
            Block next = b.next;
            for (Instr in : b.instrs) {
                int effect = stackEffect(in.op, in.oparg, false);
                int newDepth = depth + effect;
                if (newDepth < 0) throw new IllegalStateException("Invalid CFG, stack underflow");
                maxdepth = Math.max(maxdepth, newDepth);
                // RETURN_CONST is LOAD_CONST + RETURN_VALUE: its constant needs a slot.
                if (in.op == RETURN_CONST) maxdepth = Math.max(maxdepth, depth + 1);
                if (hasTarget(in.op)) {
                    int targetDepth = depth + stackEffect(in.op, in.oparg, true);
                    maxdepth = Math.max(maxdepth, targetDepth);
                    push(stack, in.target, targetDepth);
                }
                depth = newDepth;
                if (isUnconditionalJump(in.op) || isScopeExit(in.op)) { next = null; break; }
            }
            if (next != null) push(stack, next, depth);
        }
        return Math.max(maxdepth, 1);   // CPython 3.13 never reports 0 (e.g. a body that only re-raises)
    }

    private static void push(List<Block> stack, Block b, int depth) {
        if (!(b.startdepth < 0 || b.startdepth == depth))
            throw new IllegalStateException("Invalid CFG, inconsistent stackdepth");
        if (b.startdepth < depth && b.startdepth < 100) {
            b.startdepth = depth;
            stack.add(b);
        }
    }

    /** convert_pseudo_ops: SETUP_* become NOPs, LOAD_CLOSURE a LOAD_FAST, STORE_FAST_MAYBE_NULL a STORE_FAST. */
    void convertPseudoOps() {
        for (Block b = entry; b != null; b = b.next)
            for (Instr in : b.instrs) {
                if (isBlockPush(in.op)) in.nop();
                else if (in.op == LOAD_CLOSURE) in.op = LOAD_FAST;
                else if (in.op == STORE_FAST_MAYBE_NULL) in.op = STORE_FAST;
            }
        removeRedundantNopsAndJumps();
    }

    /** normalize_jumps: choose jump directions; backward conditional jumps get a JUMP_BACKWARD trampoline. */
    void normalizeJumps() {
        resetVisited();
        for (Block b = entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !isJump(last.op)) continue;
            boolean forward = !last.target.visited;
            switch (last.op) {
                case JUMP -> { last.op = forward ? JUMP_FORWARD : JUMP_BACKWARD; continue; }
                case JUMP_NO_INTERRUPT -> { last.op = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT; continue; }
                default -> {}
            }
            int reversed = switch (last.op) {
                case POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NONE;
                case POP_JUMP_IF_NONE -> POP_JUMP_IF_NOT_NONE;
                case POP_JUMP_IF_FALSE -> POP_JUMP_IF_TRUE;
                case POP_JUMP_IF_TRUE -> POP_JUMP_IF_FALSE;
                default -> 0;
            };
            if (forward) continue;
            Block target = last.target;
            Block back = new Block();
            Instr j = new Instr(JUMP, target.label, last.loc);
            j.target = target;
            back.instrs.add(j);
            last.op = reversed;
            last.target = b.next;
            back.cold = b.cold;
            back.next = b.next;
            b.next = back;
        }
    }

    /** Prefix instructions: RETURN_GENERATOR/POP_TOP, MAKE_CELL per cell, COPY_FREE_VARS. */
    void insertPrefix(boolean generator, int firstlineno, int[] makeCellOrder, int nfree) {
        List<Instr> in = entry.instrs;
        if (generator) {
            Loc loc = new Loc(firstlineno, firstlineno, -1, -1);
            in.add(0, new Instr(RETURN_GENERATOR, 0, loc));
            in.add(1, new Instr(POP_TOP, 0, loc));
        }
        for (int i = 0; i < makeCellOrder.length; i++) in.add(i, new Instr(MAKE_CELL, makeCellOrder[i], Loc.NO_LOCATION));
        if (nfree > 0) in.add(0, new Instr(COPY_FREE_VARS, nfree, Loc.NO_LOCATION));
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Block b = entry; b != null; b = b.next) sb.append(b);
        return sb.toString();
    }
}
