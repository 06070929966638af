package regpy.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import regpy.code.CodeObject;
import regpy.code.LineTable.Position;
import regpy.code.Opcode;

/**
 * Translates CPython 3.13 stack bytecode into the register IR ({@link IrOp}) by symbolic
 * execution of the operand stack, block by block in code order.
 *
 * <ul>
 *   <li>Loads of locals and constants push operands, not instructions; the consuming instruction
 *       reads the local or constant directly. PUSH_NULL, COPY, SWAP, POP_TOP, NOP, RESUME,
 *       END_SEND disappear into the symbolic stack.</li>
 *   <li>Every pushed result goes to its slot's canonical temporary; a STORE_FAST right after
 *       redirects that result into the local ({@link Emitter#store}).</li>
 *   <li>Blocks entered only by falling through continue the symbolic state (extended blocks);
 *       every other block starts canonical, so predecessors materialise their stack first.</li>
 *   <li>TO_BOOL, COMPARE_OP(bool), IS_OP and CONTAINS_OP fuse with the POP_JUMP_IF_TRUE/FALSE
 *       that tests them.</li>
 * </ul>
 * See docs/REGISTER_IR.md for the hazards and how each is handled.
 */
public final class Translator {
    private final CodeObject code;
    private final StackCode stackCode;
    private final ControlFlow cfg;
    private final SymbolicStack stack;
    private final Emitter out;
    /** Locals known to be bound in the current extended block (LOAD_FAST_CHECK checked or stored). */
    private final BitSet bound = new BitSet();
    /** Registers where a GET_ITER left the iterator of a CALL's result (IrOp.LOOP_OWNED): their POP_TOPs become DROPs. */
    private final BitSet loopIterators = new BitSet();
    /** The stack opcodes around the one being translated (-1 at the ends): CALL straight into GET_ITER. */
    private int prevOp = -1, nextOp = -1;
    private final List<IrInstr> jumps = new ArrayList<>();
    private final List<Integer> jumpTargets = new ArrayList<>();

    private Translator(CodeObject code) {
        this.code = code;
        this.stackCode = new StackCode(code);
        this.cfg = new ControlFlow(stackCode);
        this.stack = new SymbolicStack(code.nlocalsplus());
        this.out = new Emitter(stack, code.nlocalsplus() + code.stacksize);
    }

    /** The IR of a code object and, recursively, of the code objects among its constants. */
    public static IrFunction translate(CodeObject code) {
        List<IrFunction> children = new ArrayList<>();
        for (Object c : code.consts) if (c instanceof CodeObject child) children.add(translate(child));
        return new Translator(code).run(children);
    }

    private IrFunction run(List<IrFunction> children) {
        int n = stackCode.size();
        int[] irStart = new int[n + 1];
        Arrays.fill(irStart, -1);
        int unreachable = 0;
        Map<Integer, Integer> canonical = new HashMap<>();
        for (ControlFlow.Block b : cfg.blocks) {
            if (!cfg.reachable(b)) {
                for (int i = b.first(); i < b.end(); i++) unreachable += stackCode.get(i).count();
                continue;
            }
            boolean branchJoinsRegionBefore = enter(b);
            irStart[b.first()] = out.instrs.size();
            if (!cfg.onlyFallThrough(b)) canonical.put(stackCode.get(b.first()).start(), out.instrs.size());
            int blockStart = out.instrs.size();
            for (int i = b.first(); i < b.end(); i++) {
                if (i > b.first()) irStart[i] = out.instrs.size();
                StackCode.Instr in = stackCode.get(i);
                out.at(in.offset(), stackCode.position(in), in.count());
                prevOp = i > 0 ? stackCode.get(i - 1).op() : -1;
                nextOp = i + 1 < n ? stackCode.get(i + 1).op() : -1;
                translate(in);
                if (i == b.first() && branchJoinsRegionBefore) irStart[i] = out.instrs.size();
            }
            leave(b, blockStart);
        }
        irStart[n] = out.instrs.size();
        for (int i = n - 1; i >= 0; i--) if (irStart[i] < 0) irStart[i] = irStart[i + 1];
        for (int j = 0; j < jumps.size(); j++) jumps.get(j).setTarget(irStart[jumpTargets.get(j)]);
        List<IrHandler> handlers = new ArrayList<>();
        for (ControlFlow.Region r : cfg.regions) {
            int s = irStart[r.start()], e = irStart[r.end()];
            if (s < e) handlers.add(new IrHandler(s, e, irStart[r.target()], r.depth(), r.lasti(),
                    r.entry().start(), r.entry().end(), r.entry().target()));
        }
        return new IrFunction(code, out.instrs, handlers, code.stacksize,
                code.nlocalsplus() + code.stacksize + out.scratchCount(), out.cacheCount(),
                stackCode.instructionCount(), unreachable + out.orphans(), children, canonical);
    }

    /**
     * Set up the symbolic state at a block entry. Returns true when the block leaves a protected
     * region with a conditional jump (the end of a comprehension's filter): the jump cannot raise,
     * so its IR is counted in the region before, which lets it fuse with the test made there.
     */
    private boolean enter(ControlFlow.Block b) {
        int depth = cfg.entryDepth(b);
        if (cfg.onlyFallThrough(b)) {
            if (stack.depth() != depth) throw new IllegalStateException(code.name + ": depth mismatch at block " + b.id());
            ControlFlow.Region now = cfg.regionOf(b.first()), before = cfg.regionOf(b.first() - 1);
            if (now == before) return false;
            if (now == null && isTruthJump(stackCode.get(b.first()).op())) return true;
            out.boundary();                      // redirection or fusion must not move work across regions
            if (now != null) out.materialise(0, Math.min(now.depth(), depth), Emitter.NONE);
        } else {
            stack.resetCanonical(depth);
            bound.clear();
            out.boundary();
            out.forgetTemporaries();
        }
        return false;
    }

    private static boolean isTruthJump(int op) {
        return op == Opcode.POP_JUMP_IF_FALSE || op == Opcode.POP_JUMP_IF_TRUE;
    }

    /** At a block end: hand the state to the fall-through successor, canonical unless it continues ours. */
    private void leave(ControlFlow.Block b, int blockStart) {
        boolean continues = cfg.fallsThrough(b) && cfg.onlyFallThrough(cfg.blocks.get(b.id() + 1));
        if (cfg.fallsThrough(b) && !continues) out.materialise(0, stack.depth(), Emitter.NONE);
        if (!continues) out.flushPending(out.instrs.size() > blockStart);
    }

    private void translate(StackCode.Instr in) {
        int op = in.op(), arg = in.arg();
        switch (op) {
            // ---- pure stack traffic: no instruction -------------------------------------------
            case Opcode.NOP, Opcode.RESUME -> { }
            case Opcode.END_FOR -> stack.pop();
            case Opcode.POP_TOP -> {
                // a for loop's own generator leaves the stack (break, return): finalize it, as the stack interpreter does
                int v = stack.pop();
                if (stack.isTemp(v) && loopIterators.get(v)) effect(IrOp.DROP, 0, v);
            }
            case Opcode.PUSH_NULL -> stack.push(Operand.NULL);
            case Opcode.COPY -> stack.push(stack.peek(arg));
            case Opcode.SWAP -> stack.swap(arg);
            case Opcode.END_SEND -> { int v = stack.pop(); stack.pop(); stack.push(v); }
            case Opcode.LOAD_CONST -> stack.push(Operand.constant(arg));
            case Opcode.LOAD_FAST -> stack.push(arg);
            case Opcode.LOAD_FAST_LOAD_FAST -> { stack.push(arg >> 4); stack.push(arg & 15); }
            case Opcode.LOAD_FAST_CHECK -> {
                if (!bound.get(arg)) out.emit(IrOp.CHECK_BOUND, Emitter.NONE, new int[] {arg}, 0, IrInstr.NO_CACHE);
                bound.set(arg);
                stack.push(arg);
            }
            case Opcode.STORE_FAST -> store(arg, stack.pop());
            case Opcode.STORE_FAST_LOAD_FAST -> { store(arg >> 4, stack.pop()); stack.push(arg & 15); }
            case Opcode.STORE_FAST_STORE_FAST -> { store(arg >> 4, stack.pop()); store(arg & 15, stack.pop()); }

            // ---- frame slots --------------------------------------------------------------------
            case Opcode.LOAD_FAST_AND_CLEAR -> {
                out.protect(arg, Emitter.NONE, Emitter.NONE);
                bound.clear(arg);
                out.push(IrOp.LOAD_AND_CLEAR, 1, new int[] {arg}, 0, IrInstr.NO_CACHE);
            }
            case Opcode.DELETE_FAST -> {
                out.protect(arg, Emitter.NONE, Emitter.NONE);
                bound.clear(arg);
                effect(IrOp.DELETE_FAST, 0, arg);
            }
            case Opcode.MAKE_CELL -> { out.protect(arg, Emitter.NONE, Emitter.NONE); effect(IrOp.MAKE_CELL, 0, arg); }
            case Opcode.COPY_FREE_VARS -> effect(IrOp.COPY_FREE_VARS, arg);
            case Opcode.LOAD_DEREF -> value(IrOp.LOAD_DEREF, 0, arg);
            case Opcode.STORE_DEREF -> effect(IrOp.STORE_DEREF, 0, arg, stack.pop());
            case Opcode.DELETE_DEREF -> effect(IrOp.DELETE_DEREF, 0, arg);
            case Opcode.LOAD_FROM_DICT_OR_DEREF -> value(IrOp.LOAD_FROM_DICT_OR_DEREF, 0, stack.pop(), arg);

            // ---- names --------------------------------------------------------------------------
            case Opcode.LOAD_GLOBAL -> {
                out.push(IrOp.LOAD_GLOBAL, 1, Emitter.NONE, arg >> 1, out.newCacheSlot());
                if ((arg & 1) != 0) stack.push(Operand.NULL);
            }
            case Opcode.STORE_GLOBAL -> effect(IrOp.STORE_GLOBAL, arg, stack.pop());
            case Opcode.DELETE_GLOBAL -> effect(IrOp.DELETE_GLOBAL, arg);
            case Opcode.LOAD_NAME -> value(IrOp.LOAD_NAME, arg);
            case Opcode.STORE_NAME -> effect(IrOp.STORE_NAME, arg, stack.pop());
            case Opcode.DELETE_NAME -> effect(IrOp.DELETE_NAME, arg);
            case Opcode.LOAD_FROM_DICT_OR_GLOBALS -> value(IrOp.LOAD_FROM_DICT_OR_GLOBALS, arg, stack.pop());
            case Opcode.LOAD_LOCALS -> value(IrOp.LOAD_LOCALS, 0);
            case Opcode.LOAD_BUILD_CLASS -> value(IrOp.LOAD_BUILD_CLASS, 0);
            case Opcode.LOAD_ASSERTION_ERROR -> value(IrOp.LOAD_ASSERTION_ERROR, 0);
            case Opcode.SETUP_ANNOTATIONS -> effect(IrOp.SETUP_ANNOTATIONS, 0);

            // ---- attributes ---------------------------------------------------------------------
            case Opcode.LOAD_ATTR -> {
                int owner = stack.pop();
                if ((arg & 1) != 0) out.push(IrOp.LOAD_METHOD, 2, new int[] {owner}, arg >> 1, out.newCacheSlot());
                else out.push(IrOp.LOAD_ATTR, 1, new int[] {owner}, arg >> 1, out.newCacheSlot());
            }
            case Opcode.LOAD_SUPER_ATTR -> {
                int[] ins = stack.popN(3);
                if ((arg & 1) != 0) out.push(IrOp.LOAD_SUPER_METHOD, 2, ins, arg, IrInstr.NO_CACHE);
                else out.push(IrOp.LOAD_SUPER_ATTR, 1, ins, arg, IrInstr.NO_CACHE);
            }
            case Opcode.STORE_ATTR -> { int owner = stack.pop(); effect(IrOp.STORE_ATTR, arg, stack.pop(), owner); }
            case Opcode.DELETE_ATTR -> effect(IrOp.DELETE_ATTR, arg, stack.pop());

            // ---- subscripts ---------------------------------------------------------------------
            case Opcode.BINARY_SUBSCR -> value(IrOp.GET_ITEM, 0, stack.popN(2));
            case Opcode.STORE_SUBSCR -> effect(IrOp.SET_ITEM, 0, stack.popN(3));
            case Opcode.DELETE_SUBSCR -> effect(IrOp.DELETE_ITEM, 0, stack.popN(2));
            case Opcode.BINARY_SLICE -> value(IrOp.GET_SLICE, 0, stack.popN(3));
            case Opcode.STORE_SLICE -> effect(IrOp.SET_SLICE, 0, stack.popN(4));

            // ---- operators ----------------------------------------------------------------------
            case Opcode.BINARY_OP -> value(IrOp.BINARY, arg, stack.popN(2));
            case Opcode.UNARY_NEGATIVE -> value(IrOp.NEGATIVE, 0, stack.pop());
            case Opcode.UNARY_INVERT -> value(IrOp.INVERT, 0, stack.pop());
            case Opcode.UNARY_NOT -> value(IrOp.NOT, 0, stack.pop());
            case Opcode.TO_BOOL -> value(IrOp.TO_BOOL, 0, stack.pop());
            case Opcode.COMPARE_OP -> value(IrOp.COMPARE, arg, stack.popN(2));
            case Opcode.IS_OP -> value(IrOp.IS, arg, stack.popN(2));
            case Opcode.CONTAINS_OP -> value(IrOp.CONTAINS, arg, stack.popN(2));

            // ---- control flow -------------------------------------------------------------------
            case Opcode.POP_JUMP_IF_FALSE -> branch(in, IrOp.JUMP_IF_FALSE);
            case Opcode.POP_JUMP_IF_TRUE -> branch(in, IrOp.JUMP_IF_TRUE);
            case Opcode.POP_JUMP_IF_NONE -> branch(in, IrOp.JUMP_IF_NONE);
            case Opcode.POP_JUMP_IF_NOT_NONE -> branch(in, IrOp.JUMP_IF_NOT_NONE);
            case Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT -> {
                out.materialise(0, stack.depth(), Emitter.NONE);
                // arg 1: CPython's no-interrupt back edge (the yield-from / await send loop) polls no eval breaker
                jumpTo(out.emit(IrOp.JUMP, Emitter.NONE, Emitter.NONE, op == Opcode.JUMP_BACKWARD_NO_INTERRUPT ? 1 : 0,
                        IrInstr.NO_CACHE),
                        stackCode.indexAt(in.target()));
            }
            case Opcode.FOR_ITER -> {
                int[] ins = out.materialise(0, stack.depth(), new int[] {stack.peek(1)});
                jumpTo(out.push(IrOp.FOR_ITER, 1, ins, 0, IrInstr.NO_CACHE), stackCode.forIterExit(in));
            }
            case Opcode.RETURN_VALUE -> effect(IrOp.RETURN, 0, stack.pop());
            case Opcode.RETURN_CONST -> effect(IrOp.RETURN, 0, Operand.constant(arg));

            // ---- calls --------------------------------------------------------------------------
            case Opcode.CALL -> value(IrOp.CALL, nextOp == Opcode.GET_ITER ? arg | IrOp.LOOP_OWNED : arg, stack.popN(arg + 2));
            case Opcode.CALL_KW -> value(IrOp.CALL_KW, arg, stack.popN(arg + 3));
            case Opcode.CALL_FUNCTION_EX -> value(IrOp.CALL_EX, arg, stack.popN(3 + (arg & 1)));
            case Opcode.CALL_INTRINSIC_1 -> value(IrOp.CALL_INTRINSIC_1, arg, stack.pop());
            case Opcode.CALL_INTRINSIC_2 -> value(IrOp.CALL_INTRINSIC_2, arg, stack.popN(2));

            // ---- building -----------------------------------------------------------------------
            case Opcode.BUILD_TUPLE -> value(IrOp.BUILD_TUPLE, arg, stack.popN(arg));
            case Opcode.BUILD_LIST -> value(IrOp.BUILD_LIST, arg, stack.popN(arg));
            case Opcode.BUILD_SET -> value(IrOp.BUILD_SET, arg, stack.popN(arg));
            case Opcode.BUILD_STRING -> value(IrOp.BUILD_STRING, arg, stack.popN(arg));
            case Opcode.BUILD_MAP -> value(IrOp.BUILD_MAP, arg, stack.popN(2 * arg));
            case Opcode.BUILD_CONST_KEY_MAP -> value(IrOp.BUILD_CONST_KEY_MAP, arg, stack.popN(arg + 1));
            case Opcode.BUILD_SLICE -> value(IrOp.BUILD_SLICE, arg, stack.popN(arg));
            case Opcode.LIST_APPEND -> addTo(IrOp.LIST_APPEND, arg);
            case Opcode.LIST_EXTEND -> addTo(IrOp.LIST_EXTEND, arg);
            case Opcode.SET_ADD -> addTo(IrOp.SET_ADD, arg);
            case Opcode.SET_UPDATE -> addTo(IrOp.SET_UPDATE, arg);
            case Opcode.DICT_UPDATE -> addTo(IrOp.DICT_UPDATE, arg);
            case Opcode.DICT_MERGE -> {
                int v = stack.pop();
                effect(IrOp.DICT_MERGE, arg, stack.peek(arg), v, stack.peek(arg + 3));
            }
            case Opcode.MAP_ADD -> {
                int[] kv = stack.popN(2);
                effect(IrOp.MAP_ADD, arg, stack.peek(arg), kv[0], kv[1]);
            }
            case Opcode.CONVERT_VALUE -> value(IrOp.CONVERT_VALUE, arg, stack.pop());
            case Opcode.FORMAT_SIMPLE -> value(IrOp.FORMAT_SIMPLE, 0, stack.pop());
            case Opcode.FORMAT_WITH_SPEC -> value(IrOp.FORMAT_WITH_SPEC, 0, stack.popN(2));

            // ---- iteration and unpacking --------------------------------------------------------
            case Opcode.GET_ITER -> {
                value(IrOp.GET_ITER, 0, stack.pop());
                if (prevOp == Opcode.CALL) loopIterators.set(stack.peek(1));
            }
            case Opcode.GET_YIELD_FROM_ITER -> value(IrOp.GET_YIELD_FROM_ITER, 0, stack.pop());
            case Opcode.UNPACK_SEQUENCE -> unpack(IrOp.UNPACK_SEQUENCE, arg, arg);
            case Opcode.UNPACK_EX -> unpack(IrOp.UNPACK_EX, arg, (arg & 0xff) + 1 + (arg >> 8));
            case Opcode.GET_LEN -> value(IrOp.GET_LEN, 0, stack.peek(1));

            // ---- functions, imports -------------------------------------------------------------
            case Opcode.MAKE_FUNCTION -> value(IrOp.MAKE_FUNCTION, 0, stack.pop());
            case Opcode.SET_FUNCTION_ATTRIBUTE -> {
                int[] ins = stack.popN(2);
                effect(IrOp.SET_FUNCTION_ATTRIBUTE, arg, ins);
                stack.push(ins[1]);
            }
            case Opcode.RETURN_GENERATOR -> value(IrOp.RETURN_GENERATOR, 0);
            case Opcode.IMPORT_NAME -> value(IrOp.IMPORT_NAME, arg, stack.popN(2));
            case Opcode.IMPORT_FROM -> value(IrOp.IMPORT_FROM, arg, stack.peek(1));
            case Opcode.EXIT_INIT_CHECK -> effect(IrOp.EXIT_INIT_CHECK, 0, stack.pop());

            // ---- generators and coroutines ------------------------------------------------------
            case Opcode.YIELD_VALUE -> {
                int v = stack.pop();
                int[] live = stack.liveTemps();
                out.push(IrOp.YIELD, 1, new int[] {v}, arg, IrInstr.NO_CACHE).setLive(live);
            }
            case Opcode.SEND -> {
                int v = stack.pop();
                int[] ins = out.materialise(0, stack.depth(), new int[] {stack.peek(1), v});
                jumpTo(out.push(IrOp.SEND, 1, ins, 0, IrInstr.NO_CACHE), stackCode.indexAt(in.target()));
            }
            case Opcode.GET_AWAITABLE -> value(IrOp.GET_AWAITABLE, arg, stack.pop());
            case Opcode.GET_AITER -> value(IrOp.GET_AITER, 0, stack.pop());
            case Opcode.GET_ANEXT -> value(IrOp.GET_ANEXT, 0, stack.peek(1));
            case Opcode.END_ASYNC_FOR -> effect(IrOp.END_ASYNC_FOR, 0, stack.popN(2));
            case Opcode.CLEANUP_THROW -> out.push(IrOp.CLEANUP_THROW, 2, stack.popN(3), 0, IrInstr.NO_CACHE);

            // ---- exceptions ---------------------------------------------------------------------
            case Opcode.PUSH_EXC_INFO -> out.push(IrOp.PUSH_EXC_INFO, 2, new int[] {stack.pop()}, 0, IrInstr.NO_CACHE);
            case Opcode.POP_EXCEPT -> effect(IrOp.POP_EXCEPT, 0, stack.pop());
            case Opcode.CHECK_EXC_MATCH -> { int type = stack.pop(); value(IrOp.CHECK_EXC_MATCH, 0, stack.peek(1), type); }
            case Opcode.CHECK_EG_MATCH -> out.push(IrOp.CHECK_EG_MATCH, 2, stack.popN(2), 0, IrInstr.NO_CACHE);
            case Opcode.RAISE_VARARGS -> effect(IrOp.RAISE, arg, stack.popN(arg));
            case Opcode.RERAISE -> {
                int exc = stack.pop();
                if (arg != 0) effect(IrOp.RERAISE, arg, exc, stack.peek(arg));
                else effect(IrOp.RERAISE, arg, exc);
            }
            case Opcode.BEFORE_WITH -> out.push(IrOp.BEFORE_WITH, 2, new int[] {stack.pop()}, 0, IrInstr.NO_CACHE);
            case Opcode.BEFORE_ASYNC_WITH -> out.push(IrOp.BEFORE_ASYNC_WITH, 2, new int[] {stack.pop()}, 0, IrInstr.NO_CACHE);
            case Opcode.WITH_EXCEPT_START -> value(IrOp.WITH_EXCEPT_START, 0, stack.peek(4), stack.peek(1));

            // ---- pattern matching ---------------------------------------------------------------
            case Opcode.MATCH_MAPPING -> value(IrOp.MATCH_MAPPING, 0, stack.peek(1));
            case Opcode.MATCH_SEQUENCE -> value(IrOp.MATCH_SEQUENCE, 0, stack.peek(1));
            case Opcode.MATCH_KEYS -> value(IrOp.MATCH_KEYS, 0, stack.peek(2), stack.peek(1));
            case Opcode.MATCH_CLASS -> value(IrOp.MATCH_CLASS, arg, stack.popN(3));

            default -> throw new UnsupportedOperationException(
                    code.name + ": no register form for " + Opcode.name(op) + " at offset " + in.offset());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** An instruction with one pushed result. */
    private void value(IrOp op, int arg, int... ins) {
        out.push(op, 1, ins, arg, IrInstr.NO_CACHE);
    }

    /** An instruction with no result. */
    private void effect(IrOp op, int arg, int... ins) {
        out.emit(op, Emitter.NONE, ins, arg, IrInstr.NO_CACHE);
    }

    /** LIST_APPEND and friends: the container sits arg slots below the popped value. */
    private void addTo(IrOp op, int arg) {
        int v = stack.pop();
        effect(op, arg, stack.peek(arg), v);
    }

    /** Outputs in sequence order; the stack receives them last item deepest (item 0 on top). */
    private void unpack(IrOp op, int arg, int n) {
        int seq = stack.pop();
        int base = stack.depth();
        int[] outs = new int[n];
        for (int i = 0; i < n; i++) outs[i] = stack.canonical(base + n - 1 - i);
        out.emit(op, outs, new int[] {seq}, arg, IrInstr.NO_CACHE);
        for (int i = n - 1; i >= 0; i--) stack.push(outs[i]);
    }

    private void store(int local, int value) {
        boolean nonNull = out.nonNull(value);
        out.store(local, value);
        if (nonNull) bound.set(local);
        else bound.clear(local);
    }

    /** POP_JUMP_IF_*: fuse the TO_BOOL, COMPARE_OP(bool), IS_OP or CONTAINS_OP that produced the tested value. */
    private void branch(StackCode.Instr in, IrOp plain) {
        int cond = stack.pop();
        IrOp op = plain;
        int[] ins = {cond};
        int arg = 0, offset = in.offset();
        Position pos = stackCode.position(in);
        boolean onTruth = plain == IrOp.JUMP_IF_TRUE || plain == IrOp.JUMP_IF_FALSE;
        IrInstr last = out.last();
        boolean fusible = onTruth && last != null && (last.op() == IrOp.TO_BOOL || last.op() == IrOp.IS
                || last.op() == IrOp.CONTAINS || last.op() == IrOp.COMPARE && (last.arg() & Opcode.COMPARE_TO_BOOL) != 0);
        IrInstr producer = fusible ? out.takeProducer(cond) : null;
        if (producer != null) {
            boolean ifTrue = plain == IrOp.JUMP_IF_TRUE;
            arg = producer.arg();
            op = switch (producer.op()) {
                case TO_BOOL -> ifTrue ? IrOp.JUMP_IF_TRUTHY : IrOp.JUMP_IF_FALSY;
                case COMPARE -> ifTrue ? IrOp.JUMP_IF_CMP : IrOp.JUMP_UNLESS_CMP;
                case IS -> IrOp.JUMP_IF_IS;
                default -> IrOp.JUMP_IF_CONTAINS;
            };
            if ((producer.op() == IrOp.IS || producer.op() == IrOp.CONTAINS) && !ifTrue) arg ^= 1;
            ins = producer.ins();
            offset = producer.offset();         // a raising comparison reports its own location
            pos = producer.position();
        }
        ins = out.materialise(0, stack.depth(), ins);
        jumpTo(out.emitAt(op, Emitter.NONE, ins, arg, IrInstr.NO_CACHE, offset, pos), stackCode.indexAt(in.target()));
    }

    private void jumpTo(IrInstr jump, int stackIndex) {
        jumps.add(jump);
        jumpTargets.add(stackIndex);
    }
}
