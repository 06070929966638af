package regpy.compile;

import static regpy.code.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import regpy.code.Const;

/** The per-block peephole rewrites of CPython 3.13's flowgraph.c (optimize_basic_block and friends). */
final class Peephole {
    private Peephole() {}

    /** Constant conditions, None tests, RETURN_CONST and constant TO_BOOL. */
    static void optimizeLoadConst(Block bb, ConstPool consts) {
        List<Instr> in = bb.instrs;
        int opcode = 0, oparg = 0;
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            boolean copyOfLoadConst = opcode == LOAD_CONST && inst.op == COPY && inst.oparg == 1;
            if (!copyOfLoadConst) { opcode = inst.op; oparg = inst.oparg; }
            if (opcode != LOAD_CONST) continue;
            int nextop = i + 1 < in.size() ? in.get(i + 1).op : 0;
            switch (nextop) {
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    boolean isTrue = Truth.isTrue(consts.get(oparg));
                    inst.nop();
                    boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                    if (isTrue == jumpIfTrue) in.get(i + 1).op = JUMP;
                    else in.get(i + 1).nop();
                }
                case IS_OP -> {
                    if (consts.get(oparg) != Const.NONE) break;
                    if (in.size() <= i + 2) break;
                    Instr isInstr = in.get(i + 1);
                    Instr jump = in.get(i + 2);
                    if (jump.op == TO_BOOL) {
                        jump.nop();
                        if (in.size() <= i + 3) break;
                        jump = in.get(i + 3);
                    }
                    boolean invert = isInstr.oparg != 0;
                    if (jump.op == POP_JUMP_IF_FALSE) invert = !invert;
                    else if (jump.op != POP_JUMP_IF_TRUE) break;
                    inst.nop();
                    isInstr.nop();
                    jump.op = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                }
                case RETURN_VALUE -> {
                    inst.nop();
                    in.get(++i).set(RETURN_CONST, oparg);
                }
                case TO_BOOL -> {
                    boolean isTrue = Truth.isTrue(consts.get(oparg));
                    int index = consts.add(isTrue);
                    inst.nop();
                    in.get(i + 1).set(LOAD_CONST, index);
                }
                default -> {}
            }
        }
    }

    static void optimizeBasicBlock(Block bb, ConstPool consts) {
        List<Instr> in = bb.instrs;
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            int opcode = inst.op, oparg = inst.oparg;
            Instr target = FlowGraph.hasTarget(opcode) ? inst.target.instrs.getFirst() : null;
            int targetOp = target == null ? NOP : target.op;
            int nextop = i + 1 < in.size() ? in.get(i + 1).op : 0;
            switch (opcode) {
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == in.get(i + 1).oparg) {
                        if (oparg == 1) { inst.nop(); in.get(i + 1).nop(); continue; }
                        if (oparg == 2 || oparg == 3) { inst.nop(); in.get(i + 1).op = SWAP; continue; }
                    }
                    if (i >= oparg) foldTupleOnConstants(in, i - oparg, oparg, consts);
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    if (targetOp == JUMP) i -= jumpThread(bb, inst, target, inst.op) ? 1 : 0;
                }
                case JUMP, JUMP_NO_INTERRUPT -> {
                    if (targetOp == JUMP) { i -= jumpThread(bb, inst, target, JUMP) ? 1 : 0; continue; }
                    if (targetOp == JUMP_NO_INTERRUPT) { i -= jumpThread(bb, inst, target, opcode) ? 1 : 0; continue; }
                }
                case STORE_FAST -> {
                    if (opcode == nextop && oparg == in.get(i + 1).oparg && inst.loc.lineno() == in.get(i + 1).loc.lineno())
                        inst.set(POP_TOP, 0);
                }
                case SWAP -> { if (oparg == 1) inst.nop(); }
                case LOAD_GLOBAL -> {
                    if (nextop == PUSH_NULL && (oparg & 1) == 0) { inst.set(LOAD_GLOBAL, oparg | 1); in.get(i + 1).nop(); }
                }
                case COMPARE_OP -> {
                    if (nextop == TO_BOOL) { inst.nop(); in.get(i + 1).set(COMPARE_OP, oparg | 16); continue; }
                }
                case CONTAINS_OP, IS_OP -> {
                    if (nextop == TO_BOOL) { inst.nop(); in.get(i + 1).set(opcode, oparg); continue; }
                }
                case TO_BOOL -> { if (nextop == TO_BOOL) { inst.nop(); continue; } }
                case UNARY_NOT -> {
                    if (nextop == TO_BOOL) { inst.nop(); in.get(i + 1).set(UNARY_NOT, 0); continue; }
                    if (nextop == UNARY_NOT) { inst.nop(); in.get(i + 1).nop(); continue; }
                }
                default -> {}
            }
        }
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).op == SWAP) {
                i = swaptimize(in, i);
                applyStaticSwaps(in, i);
            }
        }
    }

    /** Replace a jump to a jump with a direct jump (the original becomes a NOP). */
    private static boolean jumpThread(Block bb, Instr inst, Instr target, int opcode) {
        if (inst.target != target.target) {
            inst.nop();
            Instr j = new Instr(opcode, 0, target.loc);
            j.target = target.target;   // CPython leaves the new jump without a handler
            bb.instrs.add(j);
            return true;
        }
        return false;
    }

    private static void foldTupleOnConstants(List<Instr> in, int start, int n, ConstPool consts) {
        for (int i = 0; i < n; i++) if (in.get(start + i).op != LOAD_CONST) return;
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) items.add(consts.get(in.get(start + i).oparg));
        int index = consts.add(new Const.Tuple(items));
        for (int i = 0; i < n; i++) in.get(start + i).nop();
        in.get(start + n).set(LOAD_CONST, index);
    }

    /** Replace a run of SWAPs and NOPs with an optimal sequence of the same effect; returns the new index. */
    private static int swaptimize(List<Instr> in, int ix) {
        int depth = in.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            int op = in.get(ix + len).op;
            if (op == SWAP) { depth = Math.max(depth, in.get(ix + len).oparg); more = true; }
            else if (op != NOP) break;
        }
        if (!more) return ix;
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++) {
            Instr s = in.get(ix + i);
            if (s.op == SWAP) {
                int top = stack[0];
                stack[0] = stack[s.oparg - 1];
                stack[s.oparg - 1] = top;
            }
        }
        final int visited = -1;
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) continue;
            int j = i;
            while (true) {
                if (j != 0) in.get(ix + current--).set(SWAP, j + 1);
                if (stack[j] == visited) break;
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (current >= 0) in.get(ix + current--).nop();
        return ix + len - 1;
    }

    private static boolean swappable(int op) { return op == STORE_FAST || op == STORE_FAST_MAYBE_NULL || op == POP_TOP; }

    private static int storesTo(Instr i) { return i.op == STORE_FAST || i.op == STORE_FAST_MAYBE_NULL ? i.oparg : -1; }

    private static int nextSwappable(List<Instr> in, int i, int lineno) {
        while (++i < in.size()) {
            Instr x = in.get(i);
            if (lineno >= 0 && x.loc.lineno() != lineno) return -1;
            if (x.op == NOP) continue;
            if (swappable(x.op)) return i;
            return -1;
        }
        return -1;
    }

    /** Apply SWAPs statically by reordering the stores/pops that follow them. */
    private static void applyStaticSwaps(List<Instr> in, int i) {
        for (; i >= 0; i--) {
            Instr swap = in.get(i);
            if (swap.op != SWAP) {
                if (swap.op == NOP || swappable(swap.op)) continue;
                return;
            }
            int j = nextSwappable(in, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = in.get(j).loc.lineno();
            for (int count = swap.oparg - 1; count > 0; count--) {
                k = nextSwappable(in, k, lineno);
                if (k < 0) return;
            }
            int sj = storesTo(in.get(j)), sk = storesTo(in.get(k));
            if (sj >= 0 || sk >= 0) {
                if (sj == sk) return;
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(in.get(idx));
                    if (s >= 0 && (s == sj || s == sk)) return;
                }
            }
            swap.nop();
            Instr tmp = in.get(j);
            in.set(j, in.get(k));
            in.set(k, tmp);
        }
    }
}
