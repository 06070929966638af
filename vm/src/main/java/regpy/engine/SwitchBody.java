package regpy.engine;

import regpy.cache.AttrCache;
import regpy.cache.GlobalCache;
import regpy.code.CodeObject;
import regpy.importer.Importer;
import regpy.interp.Builders;
import regpy.interp.ExceptionGroups;
import regpy.interp.Intrinsics;
import regpy.interp.Matching;
import regpy.interp.Namespaces;
import regpy.ir.IrHandler;
import regpy.ir.IrInstr;
import regpy.ir.IrOp;
import regpy.ir.Operand;
import regpy.objects.*;
import regpy.runtime.*;

/**
 * The register IR run by a plain switch loop: the reference {@link Body}, and the fallback for
 * code the spun engine does not handle. One iteration reads {@code instrs[pc]}, records its
 * stack offset as the frame's lasti, and performs its op on the register file (the frame's
 * slots): inputs are registers (slots), constants (co_consts) or NULL ({@link Operand}); outputs
 * are written after all inputs are read. Every op's semantics beyond one runtime call is in
 * {@link RegisterOps} (or the runtime), shared with the reference interpreter and spun code.
 *
 * <p>Exceptions: a raise inside an instruction reaches the catch at the bottom, which adds the
 * traceback entry ({@link RegisterOps#caught}) and looks the instruction up in the IR exception
 * table: the handler's temporaries below its depth are already in place, lasti (if asked) and
 * the exception go to the handler's registers, and the loop continues at the handler. No handler:
 * the frame finishes and the exception propagates ({@link RegisterOps#leave}).
 */
public final class SwitchBody implements Body {
    public static final SwitchBody INSTANCE = new SwitchBody();

    private SwitchBody() {}

    private static final boolean COUNT = Counters.ENABLED;
    /** REGPY_TRACE_IR=1 prints every executed IR instruction to stderr (folded away when off). */
    private static final boolean TRACE = System.getenv("REGPY_TRACE_IR") != null;
    private static final int CONST_BASE = Operand.CONST << Operand.KIND_SHIFT, NULL = Operand.NULL;
    private static final PyObject NONE = Abstract.NONE;
    private static final PyObject[] NO_ARGS = {};

    @Override public PyObject execute(PyFrame f, ThreadState ts, PyBaseException pending) {
        final RegisterCode rc = (RegisterCode) f.pycode.engineData;
        final IrInstr[] code = rc.instrs;
        final PyObject[] r = f.slots;
        final PyObject[] k = f.pycode.consts();
        final PyStr[] names = f.pycode.names;
        final Object[] caches = rc.caches;
        final CodeObject co = f.code;
        final PyObject[] out1 = new PyObject[1];
        int pc = f.ip;
        // Index of the executing instruction: the exception table is searched with it.
        int cur = pending != null ? pc - 1 : pc;
        long count = 0;
        boolean reraise = false;
        Throwable raised = pending != null ? pending.toThrowable() : null;

        while (true) {
            try {
                if (raised != null) {
                    Throwable t = raised;
                    raised = null;
                    throw t;
                }
                while (true) {
                    final IrInstr in = code[cur = pc++];
                    f.lasti = in.offset();
                    if (COUNT) count++;
                    if (TRACE) System.err.println(co.name + ":" + cur + " " + in.op() + " @" + in.offset());
                    switch (in.op()) {
                        // ---- moves and frame slots ----
                        case MOVE -> r[in.out(0)] = v(r, k, in.in(0));
                        case CHECK_BOUND -> { if (r[in.in(0)] == null) throw RegisterOps.unboundLocal(co, in.in(0)); }
                        case LOAD_AND_CLEAR -> { PyObject x = r[in.in(0)]; r[in.in(0)] = null; r[in.out(0)] = x; }
                        case DELETE_FAST -> {
                            if (r[in.in(0)] == null) throw RegisterOps.unboundLocal(co, in.in(0));
                            r[in.in(0)] = null;
                        }
                        case MAKE_CELL -> r[in.in(0)] = new PyCell(r[in.in(0)]);
                        case COPY_FREE_VARS -> RegisterOps.copyFreeVars(f, in.arg());
                        case LOAD_DEREF -> r[in.out(0)] = RegisterOps.loadDeref(co, r[in.in(0)], in.in(0));
                        case STORE_DEREF -> ((PyCell) r[in.in(0)]).contents = v(r, k, in.in(1));
                        case DELETE_DEREF -> RegisterOps.deleteDeref(co, r[in.in(0)], in.in(0));
                        case LOAD_FROM_DICT_OR_DEREF ->
                            r[in.out(0)] = RegisterOps.loadFromDictOrDeref(co, v(r, k, in.in(0)), r[in.in(1)], in.in(1));

                        // ---- names ----
                        case LOAD_GLOBAL -> r[in.out(0)] = ((GlobalCache) caches[in.cache()]).load(f.globals, f.builtins);
                        case STORE_GLOBAL -> f.globals.put(names[in.arg()], v(r, k, in.in(0)));
                        case DELETE_GLOBAL -> RegisterOps.deleteGlobal(f.globals, names[in.arg()]);
                        case LOAD_NAME -> r[in.out(0)] = Namespaces.loadName(f, names[in.arg()]);
                        case STORE_NAME -> Namespaces.storeName(f, names[in.arg()], v(r, k, in.in(0)));
                        case DELETE_NAME -> Namespaces.deleteName(f, names[in.arg()]);
                        case LOAD_FROM_DICT_OR_GLOBALS ->
                            r[in.out(0)] = RegisterOps.loadFromDictOrGlobals(v(r, k, in.in(0)), f.globals, f.builtins, names[in.arg()]);
                        case LOAD_LOCALS -> r[in.out(0)] = RegisterOps.loadLocals(f);
                        case LOAD_BUILD_CLASS -> r[in.out(0)] = Namespaces.buildClass(f);
                        case LOAD_ASSERTION_ERROR -> r[in.out(0)] = Types.ASSERTION_ERROR;
                        case SETUP_ANNOTATIONS -> Namespaces.setupAnnotations(f);

                        // ---- attributes ----
                        case LOAD_ATTR -> r[in.out(0)] = ((AttrCache) caches[in.cache()]).load(v(r, k, in.in(0)));
                        case LOAD_METHOD -> {
                            PyObject m = ((AttrCache) caches[in.cache()]).loadMethod(v(r, k, in.in(0)), out1);
                            r[in.out(0)] = m;
                            r[in.out(1)] = out1[0];
                            out1[0] = null;
                        }
                        case LOAD_SUPER_ATTR -> r[in.out(0)] = superAttr(in, r, k, names);
                        case LOAD_SUPER_METHOD -> {
                            PyObject a = superAttr(in, r, k, names);
                            r[in.out(0)] = a;
                            r[in.out(1)] = null;
                        }
                        case STORE_ATTR -> Attr.setAttr(v(r, k, in.in(1)), names[in.arg()].value, v(r, k, in.in(0)));
                        case DELETE_ATTR -> Attr.delAttr(v(r, k, in.in(0)), names[in.arg()].value);

                        // ---- subscripts ----
                        case GET_ITEM -> r[in.out(0)] = Abstract.getItem(v(r, k, in.in(0)), v(r, k, in.in(1)));
                        case SET_ITEM -> Abstract.setItem(v(r, k, in.in(1)), v(r, k, in.in(2)), v(r, k, in.in(0)));
                        case DELETE_ITEM -> Abstract.delItem(v(r, k, in.in(0)), v(r, k, in.in(1)));
                        case GET_SLICE -> r[in.out(0)] = RegisterOps.getSlice(v(r, k, in.in(0)), v(r, k, in.in(1)), v(r, k, in.in(2)));
                        case SET_SLICE -> RegisterOps.setSlice(v(r, k, in.in(0)), v(r, k, in.in(1)), v(r, k, in.in(2)), v(r, k, in.in(3)));

                        // ---- operators ----
                        case BINARY -> r[in.out(0)] = Abstract.binaryOp(v(r, k, in.in(0)), v(r, k, in.in(1)), in.arg());
                        case NEGATIVE -> r[in.out(0)] = Abstract.negative(v(r, k, in.in(0)));
                        case INVERT -> r[in.out(0)] = Abstract.invert(v(r, k, in.in(0)));
                        case NOT -> r[in.out(0)] = PyBool.of(!Abstract.isTrue(v(r, k, in.in(0))));
                        case TO_BOOL -> r[in.out(0)] = PyBool.of(RegisterOps.isTrue(v(r, k, in.in(0))));
                        case COMPARE -> r[in.out(0)] = RegisterOps.compare(v(r, k, in.in(0)), v(r, k, in.in(1)), in.arg());
                        case IS -> r[in.out(0)] = PyBool.of((v(r, k, in.in(0)) == v(r, k, in.in(1))) ^ (in.arg() == 1));
                        case CONTAINS -> r[in.out(0)] = PyBool.of(RegisterOps.contains(v(r, k, in.in(0)), v(r, k, in.in(1)), in.arg()));

                        // ---- control flow ----
                        case JUMP -> {
                            // a loop's back edge polls the eval breaker (Ctrl-C), as CPython's JUMP_BACKWARD
                            if (in.target() <= cur && in.arg() == 0) Interrupts.poll();
                            pc = in.target();
                        }
                        case JUMP_IF_TRUE -> { if (v(r, k, in.in(0)) == PyBool.TRUE) pc = in.target(); }
                        case JUMP_IF_FALSE -> { if (v(r, k, in.in(0)) == PyBool.FALSE) pc = in.target(); }
                        case JUMP_IF_TRUTHY -> { if (RegisterOps.isTrue(v(r, k, in.in(0)))) pc = in.target(); }
                        case JUMP_IF_FALSY -> { if (!RegisterOps.isTrue(v(r, k, in.in(0)))) pc = in.target(); }
                        case JUMP_IF_CMP -> { if (RegisterOps.compareTruth(v(r, k, in.in(0)), v(r, k, in.in(1)), in.arg())) pc = in.target(); }
                        case JUMP_UNLESS_CMP -> { if (!RegisterOps.compareTruth(v(r, k, in.in(0)), v(r, k, in.in(1)), in.arg())) pc = in.target(); }
                        case JUMP_IF_IS -> { if ((v(r, k, in.in(0)) == v(r, k, in.in(1))) ^ (in.arg() == 1)) pc = in.target(); }
                        case JUMP_IF_CONTAINS -> { if (RegisterOps.contains(v(r, k, in.in(0)), v(r, k, in.in(1)), in.arg())) pc = in.target(); }
                        case JUMP_IF_NONE -> { if (v(r, k, in.in(0)) == NONE) pc = in.target(); }
                        case JUMP_IF_NOT_NONE -> { if (v(r, k, in.in(0)) != NONE) pc = in.target(); }
                        case RETURN -> {
                            PyObject result = v(r, k, in.in(0));
                            f.finished = true;
                            f.ip = pc;
                            if (COUNT) Counters.addRegister(count);
                            return result;
                        }

                        // ---- calls ----
                        case CALL -> {
                            PyObject callable = v(r, k, in.in(0));
                            PyObject res = RegisterOps.call(callable, v(r, k, in.in(1)), gather(in, r, k, 2, in.inCount()), null);
                            r[in.out(0)] = (in.arg() & IrOp.LOOP_OWNED) == 0 ? res : LoopGenerators.owned(res, callable);
                        }
                        case DROP -> LoopGenerators.drop(v(r, k, in.in(0)));
                        case CALL_KW -> {
                            int n = in.inCount();
                            String[] kw = RegisterOps.kwNames(v(r, k, in.in(n - 1)));
                            r[in.out(0)] = RegisterOps.call(v(r, k, in.in(0)), v(r, k, in.in(1)), gather(in, r, k, 2, n - 1), kw);
                        }
                        case CALL_EX -> r[in.out(0)] = RegisterOps.callEx(v(r, k, in.in(0)), v(r, k, in.in(2)),
                                (in.arg() & 1) != 0 ? v(r, k, in.in(3)) : null);
                        case CALL_INTRINSIC_1 -> r[in.out(0)] = Intrinsics.call1(f, in.arg(), v(r, k, in.in(0)));
                        case CALL_INTRINSIC_2 -> r[in.out(0)] = Intrinsics.call2(f, in.arg(), v(r, k, in.in(0)), v(r, k, in.in(1)));

                        // ---- building ----
                        case BUILD_TUPLE -> r[in.out(0)] = PyTuple.of(gather(in, r, k, 0, in.inCount()));
                        case BUILD_LIST -> r[in.out(0)] = new PyList(gather(in, r, k, 0, in.inCount()));
                        case BUILD_SET -> r[in.out(0)] = RegisterOps.buildSet(gather(in, r, k, 0, in.inCount()), 0, in.inCount());
                        case BUILD_MAP -> r[in.out(0)] = RegisterOps.buildMap(gather(in, r, k, 0, in.inCount()), 0, in.inCount() / 2);
                        case BUILD_CONST_KEY_MAP -> {
                            int n = in.inCount() - 1;
                            r[in.out(0)] = RegisterOps.buildConstKeyMap(v(r, k, in.in(n)), gather(in, r, k, 0, n), 0, n);
                        }
                        case BUILD_STRING -> r[in.out(0)] = RegisterOps.buildString(gather(in, r, k, 0, in.inCount()), 0, in.inCount());
                        case BUILD_SLICE -> r[in.out(0)] = new PySlice(v(r, k, in.in(0)), v(r, k, in.in(1)),
                                in.inCount() == 3 ? v(r, k, in.in(2)) : NONE);
                        case LIST_APPEND -> ((PyList) v(r, k, in.in(0))).append(v(r, k, in.in(1)));
                        case LIST_EXTEND -> RegisterOps.listExtend(v(r, k, in.in(0)), v(r, k, in.in(1)));
                        case SET_ADD -> ((PySet) v(r, k, in.in(0))).add(v(r, k, in.in(1)));
                        case SET_UPDATE -> RegisterOps.setUpdate(v(r, k, in.in(0)), v(r, k, in.in(1)));
                        case DICT_UPDATE -> Builders.dictUpdate((PyDict) v(r, k, in.in(0)), v(r, k, in.in(1)));
                        case DICT_MERGE -> Builders.dictMerge((PyDict) v(r, k, in.in(0)), v(r, k, in.in(1)), v(r, k, in.in(2)));
                        case MAP_ADD -> ((PyDict) v(r, k, in.in(0))).put(v(r, k, in.in(1)), v(r, k, in.in(2)));
                        case CONVERT_VALUE -> r[in.out(0)] = RegisterOps.convertValue(v(r, k, in.in(0)), in.arg());
                        case FORMAT_SIMPLE -> r[in.out(0)] = RegisterOps.formatSimple(v(r, k, in.in(0)));
                        case FORMAT_WITH_SPEC -> r[in.out(0)] = Abstract.format(v(r, k, in.in(0)), v(r, k, in.in(1)));

                        // ---- iteration and unpacking ----
                        case GET_ITER -> r[in.out(0)] = Iter.getIter(v(r, k, in.in(0)));
                        case GET_YIELD_FROM_ITER -> r[in.out(0)] = RegisterOps.getYieldFromIter(v(r, k, in.in(0)), co.flags);
                        case FOR_ITER -> {
                            PyObject x = Iter.next(v(r, k, in.in(0)));
                            if (x != null) r[in.out(0)] = x;
                            else pc = in.target();
                        }
                        case UNPACK_SEQUENCE -> scatter(in, r, Builders.unpack(v(r, k, in.in(0)), in.outCount()));
                        case UNPACK_EX -> scatter(in, r, Builders.unpackEx(v(r, k, in.in(0)), in.arg() & 0xff, in.arg() >> 8));
                        case GET_LEN -> r[in.out(0)] = PyInt.of(Abstract.len(v(r, k, in.in(0))));

                        // ---- functions, classes, imports ----
                        case MAKE_FUNCTION -> r[in.out(0)] = RegisterOps.makeFunction(v(r, k, in.in(0)), f.globals, f.builtins);
                        case SET_FUNCTION_ATTRIBUTE -> RegisterOps.setFunctionAttribute(v(r, k, in.in(1)), in.arg(), v(r, k, in.in(0)));
                        case RETURN_GENERATOR -> {
                            f.ip = pc;
                            if (COUNT) Counters.addRegister(count);
                            return Generators.create(f);
                        }
                        case IMPORT_NAME -> r[in.out(0)] = Importer.importName(f, names[in.arg()].value, v(r, k, in.in(1)),
                                (int) ((PyInt) v(r, k, in.in(0))).value);
                        case IMPORT_FROM -> r[in.out(0)] = Importer.importFrom(v(r, k, in.in(0)), names[in.arg()].value);
                        case EXIT_INIT_CHECK -> RegisterOps.exitInitCheck(v(r, k, in.in(0)));

                        // ---- generators and coroutines ----
                        case YIELD -> {
                            PyObject y = v(r, k, in.in(0));
                            f.ip = pc;
                            if (COUNT) Counters.addRegister(count);
                            return y;
                        }
                        case SEND -> {
                            boolean yielded = Generators.send(v(r, k, in.in(0)), v(r, k, in.in(1)), out1);
                            r[in.out(0)] = out1[0];
                            out1[0] = null;
                            if (!yielded) pc = in.target();
                        }
                        case GET_AWAITABLE -> r[in.out(0)] = Generators.getAwaitable(v(r, k, in.in(0)), in.arg());
                        case GET_AITER -> r[in.out(0)] = Generators.getAIter(v(r, k, in.in(0)));
                        case GET_ANEXT -> r[in.out(0)] = Generators.getANext(v(r, k, in.in(0)));
                        case END_ASYNC_FOR -> {
                            PyObject exc = v(r, k, in.in(1));
                            if (!RegisterOps.endsAsyncFor(exc)) { reraise = true; throw ((PyBaseException) exc).toThrowable(); }
                        }
                        case CLEANUP_THROW -> {
                            PyObject exc = v(r, k, in.in(2));
                            PyObject value = RegisterOps.cleanupThrowValue(exc);
                            if (value == null) { reraise = true; throw ((PyBaseException) exc).toThrowable(); }
                            r[in.out(0)] = NONE;
                            r[in.out(1)] = value;
                        }

                        // ---- exceptions ----
                        case PUSH_EXC_INFO -> {
                            PyObject exc = v(r, k, in.in(0));
                            r[in.out(0)] = RegisterOps.pushExcInfo(ts, exc);
                            r[in.out(1)] = exc;
                        }
                        case POP_EXCEPT -> RegisterOps.popExcept(ts, v(r, k, in.in(0)));
                        case CHECK_EXC_MATCH -> r[in.out(0)] = RegisterOps.checkExcMatch(v(r, k, in.in(0)), v(r, k, in.in(1)));
                        case CHECK_EG_MATCH -> {
                            PyObject[] m = ExceptionGroups.match(v(r, k, in.in(0)), v(r, k, in.in(1)));
                            r[in.out(0)] = m[0];
                            r[in.out(1)] = m[1];
                        }
                        case RAISE -> {
                            if (in.arg() == 0) throw RegisterOps.reraiseHandled(ts);
                            throw RegisterOps.raise(v(r, k, in.in(0)), in.arg() == 2 ? v(r, k, in.in(1)) : null);
                        }
                        case RERAISE -> {
                            PyObject exc = v(r, k, in.in(0));
                            if (in.arg() != 0) f.lasti = RegisterOps.lastiFrom(v(r, k, in.in(1)));
                            reraise = true;
                            throw ((PyBaseException) exc).toThrowable();
                        }
                        case BEFORE_WITH, BEFORE_ASYNC_WITH -> {
                            PyObject[] pair = Builders.beforeWith(v(r, k, in.in(0)), in.op() == regpy.ir.IrOp.BEFORE_ASYNC_WITH);
                            r[in.out(0)] = pair[0];
                            r[in.out(1)] = pair[1];
                        }
                        case WITH_EXCEPT_START -> r[in.out(0)] = RegisterOps.withExceptStart(v(r, k, in.in(0)), v(r, k, in.in(1)));

                        // ---- pattern matching ----
                        case MATCH_MAPPING -> r[in.out(0)] = PyBool.of(Matching.isMapping(v(r, k, in.in(0))));
                        case MATCH_SEQUENCE -> r[in.out(0)] = PyBool.of(Matching.isSequence(v(r, k, in.in(0))));
                        case MATCH_KEYS -> r[in.out(0)] = Matching.matchKeys(v(r, k, in.in(0)), v(r, k, in.in(1)));
                        case MATCH_CLASS -> r[in.out(0)] = Matching.matchClass(v(r, k, in.in(0)), v(r, k, in.in(1)), in.arg(),
                                (PyTuple) v(r, k, in.in(2)));
                    }
                }
            } catch (Throwable t) {
                PyBaseException exc = RegisterOps.caught(t, f, ts, reraise);
                reraise = false;
                IrHandler h = rc.ir.handlerAt(cur);
                int[] loopIterators = rc.ir.loopIterators();   // unwinding pops for loops' own generators
                if (h == null) {
                    if (loopIterators.length > 0) LoopGenerators.unwind(r, loopIterators, rc.ir.tempBase());
                    java.util.Arrays.fill(r, rc.ir.tempBase(), r.length, null);
                    f.ip = pc;
                    if (COUNT) Counters.addRegister(count);
                    throw RegisterOps.leave(t, exc, f);
                }
                int tempBase = rc.ir.tempBase();
                if (loopIterators.length > 0) LoopGenerators.unwind(r, loopIterators, tempBase + h.depth());
                if (h.lasti()) r[h.lastiRegister(tempBase)] = RegisterOps.lastiValue(f);
                r[h.excRegister(tempBase)] = exc;
                pc = h.target();
            }
        }
    }

    /** The value of an operand: a register, a constant, or NULL. */
    private static PyObject v(PyObject[] r, PyObject[] k, int operand) {
        if (operand < CONST_BASE) return r[operand];
        return operand == NULL ? null : k[operand - CONST_BASE];
    }

    /** Inputs from..to-1 as a fresh array (call arguments, container items). */
    private static PyObject[] gather(IrInstr in, PyObject[] r, PyObject[] k, int from, int to) {
        int n = to - from;
        if (n == 0) return NO_ARGS;
        PyObject[] a = new PyObject[n];
        for (int i = 0; i < n; i++) a[i] = v(r, k, in.in(from + i));
        return a;
    }

    /** Unpacked items into the outputs, in sequence order. */
    private static void scatter(IrInstr in, PyObject[] r, PyObject[] items) {
        for (int i = 0; i < items.length; i++) r[in.out(i)] = items[i];
    }

    private static PyObject superAttr(IrInstr in, PyObject[] r, PyObject[] k, PyStr[] names) {
        return RegisterOps.loadSuperAttr(v(r, k, in.in(0)), v(r, k, in.in(1)), v(r, k, in.in(2)), names[in.arg() >> 2].value, in.arg());
    }
}
