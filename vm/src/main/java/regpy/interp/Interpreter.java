package regpy.interp;

import static regpy.code.Opcode.*;

import regpy.code.CodeObject;
import regpy.engine.BackEdges;
import regpy.engine.Counters;
import regpy.engine.RegisterOps;
import regpy.objects.*;
import regpy.runtime.*;

/**
 * The reference interpreter: a plain loop over CPython 3.13 stack bytecode. Every opcode's
 * semantics is one call into the runtime layer (Abstract, Attr, Calls, Iter, ...); this class
 * only moves values between the frame's slots and the stack, and unwinds exceptions through
 * the code object's exception table. A generator keeps its {@link PyFrame}; {@link #resume}
 * continues it at {@code frame.ip}.
 */
public final class Interpreter implements Calls.Engine {
    public static final Interpreter INSTANCE = new Interpreter();

    private Interpreter() {}

    /** REGPY_TRACE=1 prints every executed instruction to stderr (debugging aid, constant-folded away when off). */
    private static final boolean TRACE = System.getenv("REGPY_TRACE") != null;
    /** -Dregpy.count=true: count executed instructions (see {@link Counters} for what counts). */
    private static final boolean COUNT = Counters.ENABLED;

    @Override public PyObject callFunction(PyFunction f, PyObject self, PyObject[] args, String[] kwnames) {
        PyFrame frame = new PyFrame(f.code, f, f.globals, f.builtins, null, f.code.code.framesize(), this);
        Args.bind(f, frame.slots, self, args, kwnames);
        return run(frame);
    }

    @Override public PyObject runCode(PyCode code, PyDict globals, PyObject locals, PyTuple closure) {
        PyFrame frame = new PyFrame(code, null, globals, RegisterOps.builtinsOf(globals), locals, code.code.framesize(), this);
        if (closure != null) RegisterOps.copyClosure(frame, closure);
        return run(frame);
    }

    /** Runs a new frame to completion (or to RETURN_GENERATOR, which returns the generator). */
    PyObject run(PyFrame frame) {
        ThreadState ts = ThreadState.current();
        ts.pushFrame(frame);
        try {
            return execute(frame, ts, null);
        } finally {
            ts.popFrame(frame, false);
        }
    }

    /**
     * Continues a suspended generator frame: pushes the sent value (unless throwing) and runs
     * until the next yield (frame.finished false) or the end (finished true).
     */
    @Override public PyObject resume(PyFrame frame, PyObject sent, PyBaseException toThrow) {
        ThreadState ts = ThreadState.current();
        ts.pushFrame(frame);
        try {
            if (toThrow == null) frame.slots[frame.sp++] = sent;
            return execute(frame, ts, toThrow);
        } finally {
            ts.popFrame(frame, true);
        }
    }

    /** A frame suspended in a yield-from/await loop sits before a RESUME with oparg 2 or 3, the sub-iterator on top. */
    @Override public PyObject delegate(PyFrame f) {
        byte[] code = f.code.code;
        if (f.ip + 1 >= code.length) return null;
        int op = code[f.ip] & 0xff, arg = code[f.ip + 1] & 0xff;
        if (op == RESUME && (arg & 3) >= 2 && f.sp > f.code.nlocalsplus()) return f.slots[f.sp - 1];
        return null;
    }

    private static PyObject[] popN(PyObject[] s, int sp, int n) {
        PyObject[] a = new PyObject[n];
        System.arraycopy(s, sp - n, a, 0, n);
        return a;
    }

    private PyObject execute(PyFrame f, ThreadState ts, PyBaseException pending) {
        final CodeObject co = f.code;
        final byte[] code = co.code;
        final PyObject[] s = f.slots;
        final PyObject[] consts = f.pycode.consts();
        final PyStr[] names = f.pycode.names;
        final int stackBase = co.nlocalsplus();
        int sp = f.sp;
        int ip = f.ip;
        PyObject[] selfOut = new PyObject[1];
        boolean reraise = false;
        // Offset of the executing instruction: the exception table is searched with it, while
        // f.lasti (which RERAISE may restore to the original raising instruction) is what
        // tracebacks show and what handlers with "lasti" receive.
        int cur = f.lasti;
        long count = 0;

        try {
        while (true) {
            try {
                if (pending != null) {
                    PyBaseException p = pending;
                    pending = null;
                    throw p.toThrowable();
                }
                while (true) {
                    f.lasti = cur = ip;
                    int op = code[ip] & 0xff;
                    int oparg = code[ip + 1] & 0xff;
                    ip += 2;
                    while (op == EXTENDED_ARG) {
                        op = code[ip] & 0xff;
                        oparg = (oparg << 8) | (code[ip + 1] & 0xff);
                        ip += 2;
                    }
                    if (TRACE) System.err.println(co.name + ":" + cur + " " + name(op) + " " + oparg + " sp=" + (sp - stackBase));
                    if (COUNT && op != NOP && op != RESUME) count++;
                    int next = ip + 2 * cacheEntries(op);   // jumps are relative to the end of the caches
                    ip = next;
                    switch (op) {
                        case NOP, RESUME, CACHE -> {}
                        case POP_TOP -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            Generators.dropped(v);   // a for loop's own generator is closed when dropped
                        }
                        case PUSH_NULL -> s[sp++] = null;
                        case END_FOR -> s[--sp] = null;
                        case END_SEND -> { s[sp - 2] = s[sp - 1]; s[--sp] = null; }
                        case COPY -> { s[sp] = s[sp - oparg]; sp++; }
                        case SWAP -> { PyObject t = s[sp - 1]; s[sp - 1] = s[sp - oparg]; s[sp - oparg] = t; }

                        // ---- locals ----
                        case LOAD_CONST -> s[sp++] = consts[oparg];
                        case LOAD_FAST -> s[sp++] = s[oparg];
                        case LOAD_FAST_CHECK -> {
                            PyObject v = s[oparg];
                            if (v == null) throw RegisterOps.unboundLocal(co, oparg);
                            s[sp++] = v;
                        }
                        case LOAD_FAST_AND_CLEAR -> { s[sp++] = s[oparg]; s[oparg] = null; }
                        case LOAD_FAST_LOAD_FAST -> { s[sp++] = s[oparg >> 4]; s[sp++] = s[oparg & 15]; }
                        case STORE_FAST -> { s[oparg] = s[--sp]; s[sp] = null; }
                        case STORE_FAST_LOAD_FAST -> { s[oparg >> 4] = s[sp - 1]; s[sp - 1] = s[oparg & 15]; }
                        case STORE_FAST_STORE_FAST -> {
                            s[oparg >> 4] = s[--sp];
                            s[oparg & 15] = s[--sp];
                            s[sp] = null;
                        }
                        case DELETE_FAST -> {
                            if (s[oparg] == null) throw RegisterOps.unboundLocal(co, oparg);
                            s[oparg] = null;
                        }
                        case MAKE_CELL -> s[oparg] = new PyCell(s[oparg]);
                        case COPY_FREE_VARS -> RegisterOps.copyFreeVars(f, oparg);
                        case LOAD_DEREF -> s[sp++] = RegisterOps.loadDeref(co, s[oparg], oparg);
                        case STORE_DEREF -> { ((PyCell) s[oparg]).contents = s[--sp]; s[sp] = null; }
                        case DELETE_DEREF -> RegisterOps.deleteDeref(co, s[oparg], oparg);
                        case LOAD_FROM_DICT_OR_DEREF -> s[sp - 1] = RegisterOps.loadFromDictOrDeref(co, s[sp - 1], s[oparg], oparg);

                        // ---- names ----
                        case LOAD_GLOBAL -> {
                            s[sp++] = RegisterOps.loadGlobal(f.globals, f.builtins, names[oparg >> 1].value);
                            if ((oparg & 1) != 0) s[sp++] = null;
                        }
                        case STORE_GLOBAL -> { f.globals.put(names[oparg], s[--sp]); s[sp] = null; }
                        case DELETE_GLOBAL -> RegisterOps.deleteGlobal(f.globals, names[oparg]);
                        case LOAD_NAME -> s[sp++] = Namespaces.loadName(f, names[oparg]);
                        case STORE_NAME -> { Namespaces.storeName(f, names[oparg], s[--sp]); s[sp] = null; }
                        case DELETE_NAME -> Namespaces.deleteName(f, names[oparg]);
                        case LOAD_LOCALS -> s[sp++] = RegisterOps.loadLocals(f);
                        case LOAD_FROM_DICT_OR_GLOBALS -> s[sp - 1] = RegisterOps.loadFromDictOrGlobals(s[sp - 1], f.globals, f.builtins, names[oparg]);
                        case SETUP_ANNOTATIONS -> Namespaces.setupAnnotations(f);

                        // ---- attributes ----
                        case LOAD_ATTR -> {
                            PyObject owner = s[sp - 1];
                            String name = names[oparg >> 1].value;
                            if ((oparg & 1) != 0) {
                                PyObject m = Attr.loadMethod(owner, name, selfOut);
                                s[sp - 1] = m;
                                s[sp++] = selfOut[0];
                                selfOut[0] = null;
                            } else {
                                s[sp - 1] = Attr.getAttr(owner, name);
                            }
                        }
                        case STORE_ATTR -> {
                            PyObject owner = s[--sp], v = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            Attr.setAttr(owner, names[oparg].value, v);
                        }
                        case DELETE_ATTR -> { Attr.delAttr(s[--sp], names[oparg].value); s[sp] = null; }
                        case LOAD_SUPER_ATTR -> {
                            PyObject self = s[--sp], cls = s[--sp], sup = s[--sp];
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                            s[sp++] = RegisterOps.loadSuperAttr(sup, cls, self, names[oparg >> 2].value, oparg);
                            if ((oparg & 1) != 0) s[sp++] = null;
                        }

                        // ---- operators ----
                        case BINARY_OP -> {
                            PyObject b = s[--sp], a = s[sp - 1];
                            s[sp] = null;
                            s[sp - 1] = Abstract.binaryOp(a, b, oparg);
                        }
                        case UNARY_NEGATIVE -> s[sp - 1] = Abstract.negative(s[sp - 1]);
                        case UNARY_INVERT -> s[sp - 1] = Abstract.invert(s[sp - 1]);
                        case UNARY_NOT -> s[sp - 1] = PyBool.of(!Abstract.isTrue(s[sp - 1]));
                        case TO_BOOL -> s[sp - 1] = PyBool.of(Abstract.isTrue(s[sp - 1]));
                        case COMPARE_OP -> {
                            PyObject b = s[--sp], a = s[sp - 1];
                            s[sp] = null;
                            s[sp - 1] = RegisterOps.compare(a, b, oparg);
                        }
                        case IS_OP -> {
                            PyObject b = s[--sp], a = s[sp - 1];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of((a == b) ^ (oparg == 1));
                        }
                        case CONTAINS_OP -> {
                            PyObject b = s[--sp], a = s[sp - 1];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of(RegisterOps.contains(a, b, oparg));
                        }
                        case BINARY_SUBSCR -> {
                            PyObject k = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Abstract.getItem(s[sp - 1], k);
                        }
                        case STORE_SUBSCR -> {
                            PyObject k = s[--sp], o = s[--sp], v = s[--sp];
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                            Abstract.setItem(o, k, v);
                        }
                        case DELETE_SUBSCR -> {
                            PyObject k = s[--sp], o = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            Abstract.delItem(o, k);
                        }
                        case BINARY_SLICE -> {
                            PyObject stop = s[--sp], start = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            s[sp - 1] = RegisterOps.getSlice(s[sp - 1], start, stop);
                        }
                        case STORE_SLICE -> {
                            PyObject stop = s[--sp], start = s[--sp], o = s[--sp], v = s[--sp];
                            s[sp] = s[sp + 1] = s[sp + 2] = s[sp + 3] = null;
                            RegisterOps.setSlice(v, o, start, stop);
                        }

                        // ---- building ----
                        case BUILD_TUPLE -> { PyObject[] a = popN(s, sp, oparg); clear(s, sp - oparg, sp); sp -= oparg; s[sp++] = PyTuple.of(a); }
                        case BUILD_LIST -> { PyObject[] a = popN(s, sp, oparg); clear(s, sp - oparg, sp); sp -= oparg; s[sp++] = new PyList(a); }
                        case BUILD_SET -> {
                            PySet set = RegisterOps.buildSet(s, sp - oparg, oparg);
                            clear(s, sp - oparg, sp);
                            sp -= oparg;
                            s[sp++] = set;
                        }
                        case BUILD_MAP -> {
                            PyDict d = RegisterOps.buildMap(s, sp - 2 * oparg, oparg);
                            clear(s, sp - 2 * oparg, sp);
                            sp -= 2 * oparg;
                            s[sp++] = d;
                        }
                        case BUILD_CONST_KEY_MAP -> {
                            PyObject keys = s[--sp];
                            PyDict d = RegisterOps.buildConstKeyMap(keys, s, sp - oparg, oparg);
                            clear(s, sp - oparg, sp + 1);
                            sp -= oparg;
                            s[sp++] = d;
                        }
                        case BUILD_STRING -> {
                            PyStr str = RegisterOps.buildString(s, sp - oparg, oparg);
                            clear(s, sp - oparg, sp);
                            sp -= oparg;
                            s[sp++] = str;
                        }
                        case BUILD_SLICE -> {
                            PyObject step = oparg == 3 ? s[--sp] : Abstract.NONE;
                            PyObject stop = s[--sp], start = s[sp - 1];
                            s[sp] = s[sp + 1] = null;
                            s[sp - 1] = new PySlice(start, stop, step);
                        }
                        case LIST_APPEND -> { PyObject v = s[--sp]; s[sp] = null; ((PyList) s[sp - oparg]).append(v); }
                        case SET_ADD -> { PyObject v = s[--sp]; s[sp] = null; ((PySet) s[sp - oparg]).add(v); }
                        case MAP_ADD -> {
                            PyObject v = s[--sp], k = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            ((PyDict) s[sp - oparg]).put(k, v);
                        }
                        case LIST_EXTEND -> {
                            PyObject it = s[--sp];
                            s[sp] = null;
                            RegisterOps.listExtend(s[sp - oparg], it);
                        }
                        case SET_UPDATE -> {
                            PyObject it = s[--sp];
                            s[sp] = null;
                            RegisterOps.setUpdate(s[sp - oparg], it);
                        }
                        case DICT_UPDATE -> {
                            PyObject it = s[--sp];
                            s[sp] = null;
                            Builders.dictUpdate((PyDict) s[sp - oparg], it);
                        }
                        case DICT_MERGE -> {
                            PyObject it = s[--sp];
                            s[sp] = null;
                            Builders.dictMerge((PyDict) s[sp - oparg], it, s[sp - oparg - 3]);
                        }
                        case UNPACK_SEQUENCE -> {
                            PyObject seq = s[--sp];
                            PyObject[] items = Builders.unpack(seq, oparg);
                            for (int i = oparg - 1; i >= 0; i--) s[sp++] = items[i];
                        }
                        case UNPACK_EX -> {
                            PyObject seq = s[--sp];
                            int before = oparg & 0xff, after = oparg >> 8;
                            PyObject[] items = Builders.unpackEx(seq, before, after);
                            for (int i = items.length - 1; i >= 0; i--) s[sp++] = items[i];
                        }

                        // ---- jumps and loops ----
                        case JUMP_FORWARD -> ip = next + 2 * oparg;
                        case JUMP_BACKWARD_NO_INTERRUPT -> ip = next - 2 * oparg;
                        case JUMP_BACKWARD -> {
                            Interrupts.poll();   // the eval breaker: a pending Ctrl-C raises here
                            ip = next - 2 * oparg;
                            BackEdges.Hook hook = BackEdges.hook;
                            if (hook != null) {
                                f.sp = sp;
                                f.ip = ip;
                                PyObject r;
                                try {
                                    r = hook.onBackEdge(f, ip);
                                } catch (Throwable t) {
                                    throw new Elsewhere(t);   // the frame ended elsewhere: not this loop's to unwind
                                }
                                if (r != BackEdges.CONTINUE) return r;
                            }
                        }
                        case POP_JUMP_IF_FALSE -> { PyObject v = s[--sp]; s[sp] = null; if (!RegisterOps.isTrue(v)) ip = next + 2 * oparg; }
                        case POP_JUMP_IF_TRUE -> { PyObject v = s[--sp]; s[sp] = null; if (RegisterOps.isTrue(v)) ip = next + 2 * oparg; }
                        case POP_JUMP_IF_NONE -> { PyObject v = s[--sp]; s[sp] = null; if (v == Abstract.NONE) ip = next + 2 * oparg; }
                        case POP_JUMP_IF_NOT_NONE -> { PyObject v = s[--sp]; s[sp] = null; if (v != Abstract.NONE) ip = next + 2 * oparg; }
                        case GET_ITER -> s[sp - 1] = Iter.getIter(s[sp - 1]);
                        case GET_YIELD_FROM_ITER -> s[sp - 1] = RegisterOps.getYieldFromIter(s[sp - 1], co.flags);
                        case FOR_ITER -> {
                            PyObject v = Iter.next(s[sp - 1]);
                            if (v != null) s[sp++] = v;
                            else {
                                s[--sp] = null;
                                ip = next + 2 * oparg + 4;   // skip END_FOR and POP_TOP
                            }
                        }

                        // ---- calls and functions ----
                        case CALL -> {
                            int base = sp - oparg - 2;
                            PyObject callable = s[base], self = s[base + 1];
                            PyObject[] args = popN(s, sp, oparg);
                            clear(s, base, sp);
                            sp = base;
                            PyObject r = RegisterOps.call(callable, self, args, null);
                            // a new generator going straight into a for loop: only the loop holds it
                            if ((code[ip] & 0xff) == GET_ITER) Generators.ownedByLoop(r, callable);
                            s[sp++] = r;
                        }
                        case CALL_KW -> {
                            String[] kw = RegisterOps.kwNames(s[--sp]);
                            int base = sp - oparg - 2;
                            PyObject callable = s[base], self = s[base + 1];
                            PyObject[] args = popN(s, sp, oparg);
                            clear(s, base, sp + 1);
                            sp = base;
                            s[sp++] = RegisterOps.call(callable, self, args, kw);
                        }
                        case CALL_FUNCTION_EX -> {
                            int base = sp - 3 - (oparg & 1);
                            PyObject func = s[base], callargs = s[base + 2];
                            PyObject kwargs = (oparg & 1) != 0 ? s[base + 3] : null;
                            clear(s, base, sp);
                            sp = base;
                            s[sp++] = RegisterOps.callEx(func, callargs, kwargs);
                        }
                        case CALL_INTRINSIC_1 -> s[sp - 1] = Intrinsics.call1(f, oparg, s[sp - 1]);
                        case CALL_INTRINSIC_2 -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Intrinsics.call2(f, oparg, s[sp - 1], b);
                        }
                        case MAKE_FUNCTION -> s[sp - 1] = RegisterOps.makeFunction(s[sp - 1], f.globals, f.builtins);
                        case SET_FUNCTION_ATTRIBUTE -> {
                            PyObject fn = s[--sp];
                            s[sp] = null;
                            RegisterOps.setFunctionAttribute(fn, oparg, s[sp - 1]);
                            s[sp - 1] = fn;
                        }
                        case RETURN_VALUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.finished = true;
                            return v;
                        }
                        case RETURN_CONST -> {
                            f.sp = sp;
                            f.finished = true;
                            return consts[oparg];
                        }
                        case RETURN_GENERATOR -> {
                            f.sp = sp;
                            f.ip = ip;
                            return regpy.runtime.Generators.create(f);
                        }
                        case YIELD_VALUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.ip = ip;
                            return v;
                        }
                        case SEND -> {
                            PyObject v = s[sp - 1], receiver = s[sp - 2];
                            PyObject[] result = new PyObject[1];
                            if (Generators.send(receiver, v, result)) {
                                s[sp - 1] = result[0];
                            } else {
                                s[sp - 1] = result[0];
                                ip = next + 2 * oparg;
                            }
                        }
                        case CLEANUP_THROW -> {
                            PyObject value = RegisterOps.cleanupThrowValue(s[sp - 1]);
                            if (value == null) { reraise = true; throw ((PyBaseException) s[sp - 1]).toThrowable(); }
                            s[sp - 3] = Abstract.NONE;
                            s[sp - 2] = value;
                            s[--sp] = null;
                        }
                        case GET_AWAITABLE -> s[sp - 1] = Generators.getAwaitable(s[sp - 1], oparg);
                        case GET_AITER -> s[sp - 1] = Generators.getAIter(s[sp - 1]);
                        case GET_ANEXT -> { s[sp] = Generators.getANext(s[sp - 1]); sp++; }
                        case END_ASYNC_FOR -> {
                            if (!RegisterOps.endsAsyncFor(s[sp - 1])) { reraise = true; throw ((PyBaseException) s[sp - 1]).toThrowable(); }
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case LOAD_BUILD_CLASS -> s[sp++] = Namespaces.buildClass(f);
                        case LOAD_ASSERTION_ERROR -> s[sp++] = Types.ASSERTION_ERROR;

                        // ---- exceptions ----
                        case RAISE_VARARGS -> {
                            PyObject cause = oparg == 2 ? s[--sp] : null;
                            PyObject exc = oparg >= 1 ? s[--sp] : null;
                            if (exc == null) throw RegisterOps.reraiseHandled(ts);
                            throw RegisterOps.raise(exc, cause);
                        }
                        case RERAISE -> {
                            PyBaseException exc = (PyBaseException) s[--sp];
                            s[sp] = null;
                            if (oparg != 0) f.lasti = RegisterOps.lastiFrom(s[sp - oparg]);
                            reraise = true;
                            throw exc.toThrowable();
                        }
                        case PUSH_EXC_INFO -> {
                            PyObject exc = s[sp - 1];
                            s[sp - 1] = RegisterOps.pushExcInfo(ts, exc);
                            s[sp++] = exc;
                        }
                        case POP_EXCEPT -> {
                            PyObject prev = s[--sp];
                            s[sp] = null;
                            RegisterOps.popExcept(ts, prev);
                        }
                        case CHECK_EXC_MATCH -> s[sp - 1] = RegisterOps.checkExcMatch(s[sp - 2], s[sp - 1]);
                        case CHECK_EG_MATCH -> {
                            PyObject type = s[--sp];
                            s[sp] = null;
                            PyObject[] r = ExceptionGroups.match(s[sp - 1], type);
                            s[sp - 1] = r[0];
                            s[sp++] = r[1];
                        }
                        case WITH_EXCEPT_START -> {
                            // stack: exit_func (bound __exit__), lasti, prev_exc, exc
                            s[sp] = RegisterOps.withExceptStart(s[sp - 4], s[sp - 1]);
                            sp++;
                        }
                        case BEFORE_WITH -> {
                            PyObject mgr = s[sp - 1];
                            PyObject[] r = Builders.beforeWith(mgr, false);
                            s[sp - 1] = r[0];
                            s[sp++] = r[1];
                        }
                        case BEFORE_ASYNC_WITH -> {
                            PyObject mgr = s[sp - 1];
                            PyObject[] r = Builders.beforeWith(mgr, true);
                            s[sp - 1] = r[0];
                            s[sp++] = r[1];
                        }
                        case EXIT_INIT_CHECK -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            RegisterOps.exitInitCheck(v);
                        }

                        // ---- imports ----
                        case IMPORT_NAME -> {
                            PyObject fromlist = s[--sp];
                            s[sp] = null;
                            PyObject level = s[sp - 1];
                            s[sp - 1] = regpy.importer.Importer.importName(f, names[oparg].value, fromlist, (int) ((PyInt) level).value);
                        }
                        case IMPORT_FROM -> { s[sp] = regpy.importer.Importer.importFrom(s[sp - 1], names[oparg].value); sp++; }

                        // ---- formatting ----
                        case FORMAT_SIMPLE -> s[sp - 1] = RegisterOps.formatSimple(s[sp - 1]);
                        case FORMAT_WITH_SPEC -> {
                            PyObject spec = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Abstract.format(s[sp - 1], spec);
                        }
                        case CONVERT_VALUE -> s[sp - 1] = RegisterOps.convertValue(s[sp - 1], oparg);

                        // ---- pattern matching ----
                        case GET_LEN -> { s[sp] = PyInt.of(Abstract.len(s[sp - 1])); sp++; }
                        case MATCH_MAPPING -> { s[sp] = PyBool.of(Matching.isMapping(s[sp - 1])); sp++; }
                        case MATCH_SEQUENCE -> { s[sp] = PyBool.of(Matching.isSequence(s[sp - 1])); sp++; }
                        case MATCH_KEYS -> { s[sp] = Matching.matchKeys(s[sp - 2], s[sp - 1]); sp++; }
                        case MATCH_CLASS -> {
                            PyObject kwn = s[--sp], cls = s[--sp], subj = s[sp - 1];
                            s[sp] = s[sp + 1] = null;
                            s[sp - 1] = Matching.matchClass(subj, cls, oparg, (PyTuple) kwn);
                        }

                        default -> throw Errors.systemError("unknown opcode " + op + " (" + name(op) + ")");
                    }
                }
            } catch (Throwable t) {
                if (t instanceof Elsewhere e) throw e.rethrow();
                // A Java error inside an opcode becomes a Python exception handled like any other.
                PyBaseException exc = RegisterOps.caught(t, f, ts, reraise);
                reraise = false;
                CodeObject.ExceptionEntry h = co.handlerAt(Math.max(cur, 0));
                if (h == null) {
                    drop(s, stackBase, sp);
                    f.sp = stackBase;
                    throw RegisterOps.leave(t, exc, f);
                }
                int depth = stackBase + h.depth();
                drop(s, depth, sp);
                sp = depth;
                if (h.lasti()) s[sp++] = RegisterOps.lastiValue(f);
                s[sp++] = exc;
                ip = h.target();
            }
        }
        } finally {
            if (COUNT) Counters.addStack(count);
        }
    }

    /** Carries what ended a frame that on-stack replacement continued on another engine past this loop's handler. */
    private static final class Elsewhere extends RuntimeException {
        Elsewhere(Throwable cause) { super(null, cause, false, false); }

        RuntimeException rethrow() {
            Throwable c = getCause();
            if (c instanceof RuntimeException re) return re;
            throw (Error) c;
        }
    }

    private static void clear(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) s[i] = null;
    }

    /** Unwinding pops the stack: as clear, finalizing the loop-owned generators it drops. */
    private static void drop(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            PyObject v = s[i];
            s[i] = null;
            Generators.dropped(v);
        }
    }
}
