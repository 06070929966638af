package regpy.ir;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import regpy.code.Const;
import regpy.code.Opcode;

/**
 * A tiny reference evaluator of the register IR for integer-only test programs: ints (Long),
 * bools, None, tuples and lists, range(), calls between the module's functions. It follows the
 * IR's stated rules literally (all inputs read before any output is written) and counts what it
 * executes: IR instructions, and the stack instructions they stand for. Anything outside that
 * subset fails loudly.
 */
final class IrEval {
    /** A Python exception, by class name; also the exception object the IR's registers hold. */
    static final class PyError extends RuntimeException {
        PyError(String type) { super(type, null, false, false); }
    }

    /** The evaluator only has 64-bit ints: a result that needs more is outside its subset. */
    static final class Overflow extends RuntimeException {
        Overflow() { super("int result beyond 64 bits", null, false, false); }
    }

    /** An exception class: its name and its base's name. */
    record ExcClass(String name, String base) {
        boolean matches(PyError e) {
            for (String t = e.getMessage(); t != null; t = BASES.get(t)) if (t.equals(name)) return true;
            return false;
        }
    }

    private static final Map<String, String> BASES = Map.of("ZeroDivisionError", "ArithmeticError",
            "ArithmeticError", "Exception", "ValueError", "Exception", "UnboundLocalError", "NameError",
            "NameError", "Exception", "Exception", "BaseException");

    private static final Object NONE = Const.NONE;
    private static final Object RANGE = new Object();

    private final Map<String, IrFunction> functions;
    long irExecuted, stackAttributed, frames;
    /** When set, the IR indexes executed in {@link #traced} are appended (debugging aid). */
    List<Integer> trace;
    IrFunction traced;
    /** The exception being handled (sys.exception()), or None. */
    private Object handled = Const.NONE;

    IrEval(Map<String, IrFunction> functions) { this.functions = functions; }

    Object call(IrFunction f, Object... args) {
        frames++;
        Object[] r = new Object[f.registerCount()];
        System.arraycopy(args, 0, r, 0, args.length);
        return run(f, r, 0);
    }

    /** Run a frame from pc until it returns (the value) or suspends (a {@link Suspend}). */
    private Object run(IrFunction f, Object[] r, int pc) {
        while (true) {
            try {
                Object result = step(f, r, pc);
                if (result instanceof Next n) pc = n.pc();
                else return result;
            } catch (PyError e) {
                IrHandler h = f.handlerAt(pc);
                if (h == null) throw e;
                if (h.lasti()) r[h.lastiRegister(f.tempBase())] = (long) (f.instr(pc).offset() / 2);
                r[h.excRegister(f.tempBase())] = e;
                pc = h.target();
            }
        }
    }

    private record Next(int pc) {}

    /** A YIELD: the value handed out, where to resume, and the register receiving the sent value. */
    private record Suspend(Object value, int pc, int sentRegister) {}

    /** A generator: its frame's registers survive between resumptions (live temporaries included). */
    final class Gen {
        private final IrFunction f;
        private final Object[] r;
        private int pc, sentRegister;
        private boolean done;

        Gen(IrFunction f, Object[] r, int pc, int sentRegister) {
            this.f = f;
            this.r = r;
            this.pc = pc;
            this.sentRegister = sentRegister;
        }

        /** Resume with a sent value: the next yielded value, or null with {@link #returned} set when finished. */
        Object send(Object sent) {
            if (done) { returned = NONE; return null; }
            r[sentRegister] = sent;
            Object result = run(f, r, pc);
            if (result instanceof Suspend s) {
                pc = s.pc();
                sentRegister = s.sentRegister();
                return s.value();
            }
            done = true;
            returned = result;
            return null;
        }

        Object returned;
    }

    /** next(it) for list iterators and generators; null when exhausted. */
    private static Object next(Object it) {
        if (it instanceof Gen g) return g.send(NONE);
        Iterator<?> i = (Iterator<?>) it;
        return i.hasNext() ? i.next() : null;
    }

    /** Execute one instruction: the next pc, or the returned value. */
    private Object step(IrFunction f, Object[] r, int pc) {
        {
            IrInstr in = f.instr(pc);
            if (trace != null && f == traced) trace.add(pc);
            irExecuted++;
            stackAttributed += in.stackCount();
            Object[] x = new Object[in.inCount()];
            for (int i = 0; i < x.length; i++) x[i] = read(f, r, in.in(i));
            int next = pc + 1;
            switch (in.op()) {
                case MOVE -> r[in.out(0)] = x[0];
                case CHECK_BOUND -> { if (x[0] == null) throw new PyError("UnboundLocalError"); }
                case DELETE_FAST -> {
                    if (x[0] == null) throw new PyError("UnboundLocalError");
                    r[in.in(0)] = null;
                }
                case LOAD_AND_CLEAR -> { r[in.out(0)] = x[0]; r[in.in(0)] = null; }
                case LOAD_GLOBAL -> {
                    String name = f.code().names[in.arg()];
                    Object v = name.equals("range") ? RANGE
                            : BASES.containsKey(name) ? new ExcClass(name, BASES.get(name)) : functions.get(name);
                    if (v == null) throw new PyError("NameError");
                    r[in.out(0)] = v;
                }
                case BINARY -> r[in.out(0)] = binary(in.arg(), num(x[0]), num(x[1]));
                case COMPARE -> r[in.out(0)] = compare(in.arg(), x[0], x[1]);
                case NEGATIVE -> r[in.out(0)] = -num(x[0]);
                case INVERT -> r[in.out(0)] = ~num(x[0]);
                case NOT -> r[in.out(0)] = !(Boolean) x[0];
                case TO_BOOL -> r[in.out(0)] = truth(x[0]);
                case IS -> r[in.out(0)] = (x[0] == x[1]) != (in.arg() == 1);
                case JUMP -> next = in.target();
                case JUMP_IF_TRUE -> { if ((Boolean) x[0]) next = in.target(); }
                case JUMP_IF_FALSE -> { if (!(Boolean) x[0]) next = in.target(); }
                case JUMP_IF_TRUTHY -> { if (truth(x[0])) next = in.target(); }
                case JUMP_IF_FALSY -> { if (!truth(x[0])) next = in.target(); }
                case JUMP_IF_CMP -> { if (compare(in.arg(), x[0], x[1])) next = in.target(); }
                case JUMP_UNLESS_CMP -> { if (!compare(in.arg(), x[0], x[1])) next = in.target(); }
                case JUMP_IF_IS -> { if ((x[0] == x[1]) != (in.arg() == 1)) next = in.target(); }
                case JUMP_IF_NONE -> { if (x[0] == NONE) next = in.target(); }
                case JUMP_IF_NOT_NONE -> { if (x[0] != NONE) next = in.target(); }
                case RETURN -> { return x[0] == null ? NONE : x[0]; }
                case DROP -> { }    // no generator finalization in this evaluator
                case CALL -> {
                    Object[] args2 = new Object[in.arg() & ~IrOp.LOOP_OWNED];
                    System.arraycopy(x, 2, args2, 0, args2.length);
                    if (x[1] != null) throw new IllegalStateException("no methods here");
                    if (x[0] == RANGE) r[in.out(0)] = LongStream.range(0, (Long) args2[0]).boxed().toList();
                    else r[in.out(0)] = call((IrFunction) x[0], args2);
                }
                case BUILD_TUPLE -> r[in.out(0)] = List.of(x);
                case BUILD_LIST -> r[in.out(0)] = new ArrayList<>(List.of(x));
                case LIST_APPEND -> add(x[0], x[1]);
                case GET_ITER, GET_YIELD_FROM_ITER -> r[in.out(0)] = x[0] instanceof Gen ? x[0] : ((List<?>) x[0]).iterator();
                case FOR_ITER -> {
                    Object v = next(x[0]);
                    if (v != null) r[in.out(0)] = v;
                    else next = in.target();
                }
                case RETURN_GENERATOR -> { return new Gen(f, r, pc + 1, in.out(0)); }
                case YIELD -> { return new Suspend(x[0], pc + 1, in.out(0)); }
                case SEND -> {
                    Object v = x[0] instanceof Gen g ? g.send(x[1]) : next(x[0]);
                    if (v != null) r[in.out(0)] = v;
                    else {
                        r[in.out(0)] = x[0] instanceof Gen g ? g.returned : NONE;
                        next = in.target();
                    }
                }
                case CALL_INTRINSIC_1 -> {
                    if (in.arg() != Opcode.INTRINSIC_STOPITERATION_ERROR) throw new UnsupportedOperationException("intrinsic " + in.arg());
                    r[in.out(0)] = x[0];
                }
                case UNPACK_SEQUENCE -> {
                    List<?> seq = (List<?>) x[0];
                    if (seq.size() != in.outCount()) throw new PyError("ValueError");
                    for (int i = 0; i < seq.size(); i++) r[in.out(i)] = seq.get(i);
                }
                case PUSH_EXC_INFO -> { r[in.out(0)] = handled; r[in.out(1)] = x[0]; handled = x[0]; }
                case POP_EXCEPT -> handled = x[0];
                case CHECK_EXC_MATCH -> r[in.out(0)] = ((ExcClass) x[1]).matches((PyError) x[0]);
                case RERAISE -> throw (PyError) x[0];
                case RAISE -> {
                    if (in.arg() == 0) {
                        if (handled instanceof PyError e) throw e;
                        throw new PyError("RuntimeError");
                    }
                    throw x[0] instanceof ExcClass c ? new PyError(c.name()) : (PyError) x[0];
                }
                default -> throw new UnsupportedOperationException("IrEval: " + in.op());
            }
            return new Next(next);
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Object list, Object v) { ((List<Object>) list).add(v); }

    private static Object read(IrFunction f, Object[] r, int operand) {
        if (Operand.isNull(operand)) return null;
        if (Operand.isConst(operand)) {
            Object k = f.code().consts[Operand.index(operand)];
            return k instanceof Const.Tuple t ? t.items() : k;
        }
        return r[operand];
    }

    private static boolean truth(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Long l) return l != 0;
        if (v == NONE) return false;
        if (v instanceof List<?> l) return !l.isEmpty();
        throw new UnsupportedOperationException("truth of " + v);
    }

    private static long binary(int op, long a, long b) {
        try {
            return exactBinary(op, a, b);
        } catch (ArithmeticException e) {
            throw new Overflow();
        }
    }

    private static long exactBinary(int op, long a, long b) {
        return switch (op % Opcode.NB_INPLACE_ADD) {
            case Opcode.NB_ADD -> Math.addExact(a, b);
            case Opcode.NB_SUBTRACT -> Math.subtractExact(a, b);
            case Opcode.NB_MULTIPLY -> Math.multiplyExact(a, b);
            case Opcode.NB_FLOOR_DIVIDE -> { if (b == 0) throw new PyError("ZeroDivisionError"); yield Math.floorDiv(a, b); }
            case Opcode.NB_REMAINDER -> { if (b == 0) throw new PyError("ZeroDivisionError"); yield Math.floorMod(a, b); }
            default -> throw new UnsupportedOperationException("NB " + op);
        };
    }

    /** bool is an int subclass: True and False compute as 1 and 0. */
    private static long num(Object v) {
        if (v instanceof Boolean b) return b ? 1 : 0;
        return (Long) v;
    }

    private static boolean compare(int arg, Object x, Object y) {
        if ((arg >> 5) == Opcode.CMP_EQ || (arg >> 5) == Opcode.CMP_NE) {
            if (!(x instanceof Long || x instanceof Boolean) || !(y instanceof Long || y instanceof Boolean))
                return (x == y || x.equals(y)) == ((arg >> 5) == Opcode.CMP_EQ);
        }
        long a = num(x), b = num(y);
        return switch (arg >> 5) {
            case Opcode.CMP_LT -> a < b;
            case Opcode.CMP_LE -> a <= b;
            case Opcode.CMP_EQ -> a == b;
            case Opcode.CMP_NE -> a != b;
            case Opcode.CMP_GT -> a > b;
            default -> a >= b;
        };
    }
}
