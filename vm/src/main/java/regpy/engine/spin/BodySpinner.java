package regpy.engine.spin;

import static java.lang.classfile.ClassFile.*;
import static java.lang.constant.ConstantDescs.*;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodHandleDesc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import regpy.ir.IrFunction;
import regpy.ir.IrHandler;
import regpy.ir.IrInstr;
import regpy.ir.IrOp;
import regpy.objects.PyObject;

/**
 * Lays out the class spun for one function: a static {@code run(PyFrame, ThreadState,
 * PyBaseException)} holding the whole IR as straight-line JVM code (one label per IR
 * instruction, real {@code goto}/{@code if} bytecodes for jumps and branches, each instruction a
 * static call into the runtime layer), an instance {@code execute} that implements
 * {@link regpy.engine.Body} by calling it, and the JVM exception table that maps each IR
 * exception-handler region onto a small stub that does what the IR's unwinder does.
 *
 * <pre>
 *   run(frame, ts, pending):
 *     slots = frame.slots; reraise = 0
 *     if (frame.ip != 0) switch (frame.ip) { entry points: resume after YIELD, OSR at block leaders }
 *   L0: frame.lasti = off0; ...instruction 0...
 *   L1: ...
 *   stubs:  handler h: exc = SpinSupport.caught(t, frame, ts, reraise); R[lasti] = ..; R[exc] = exc; goto L(h.target)
 *           no handler: throw SpinSupport.escape(t, frame, ts, reraise)
 * </pre>
 */
final class BodySpinner {
    private BodySpinner() {}

    static final String RUN = "run";

    /**
     * Stack maps need the hierarchy of the runtime types the code mixes (PyObject, PyBool, ...):
     * resolved by loading them, and cached (uncached resolution made spinning ten times slower).
     */
    private static final ClassFile CLASS_FILE = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.ofClassLoading(BodySpinner.class.getClassLoader()).cached()));

    /** Spins the class bytes; throws {@link Unsupported} for an IR this spinner cannot compile. */
    static byte[] spin(ClassDesc self, IrFunction ir, PyObject[] consts, regpy.objects.PyStr[] names, Object[] caches,
                       ClassData data, boolean counting) {
        return CLASS_FILE.build(self, cb -> {
            cb.withFlags(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
            cb.withInterfaceSymbols(Descs.SPUN_BODY);
            cb.withMethodBody(INIT_NAME, Descs.INIT, ACC_PUBLIC, c -> {
                c.aload(0);
                c.invokespecial(CD_Object, INIT_NAME, Descs.INIT);
                c.return_();
            });
            cb.withMethodBody("execute", Descs.RUN, ACC_PUBLIC | ACC_FINAL, c -> {
                c.aload(1);
                c.aload(2);
                c.aload(3);
                c.invokestatic(self, RUN, Descs.RUN);
                c.areturn();
            });
            cb.withMethodBody("entry", Descs.mt(CD_MethodHandle), ACC_PUBLIC | ACC_FINAL, c -> {
                c.ldc(MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, self, RUN, Descs.RUN));
                c.areturn();
            });
            cb.withMethodBody(RUN, Descs.RUN, ACC_PUBLIC | ACC_STATIC,
                    c -> body(new Emit(c, ir, consts, names, caches, data, counting)));
        });
    }

    private static void body(Emit e) {
        CodeBuilder c = e.code;
        IrFunction ir = e.ir;
        c.aload(Emit.FRAME);
        c.getfield(Descs.PY_FRAME, "slots", Descs.PY_OBJECT_ARRAY);
        c.astore(Emit.SLOTS);
        c.iconst_0();
        c.istore(Emit.RERAISE);
        if (e.counting) {
            c.lconst_0();
            c.lstore(Emit.COUNT);
        }
        e.reload(0, ir.registerCount());
        entrySwitch(e);

        OpSpinner ops = new OpSpinner(e);
        for (int i = 0; i < ir.size(); i++) {
            IrInstr in = ir.instr(i);
            c.labelBinding(e.label(i));
            if (e.counting) {
                c.lload(Emit.COUNT);
                c.lconst_1();
                c.ladd();
                c.lstore(Emit.COUNT);
            }
            if (in.op().canRaise()) e.setLasti(in.offset());
            ops.emit(in, i);
        }
        c.labelBinding(e.end);
        // Falling off the end cannot happen (the IR ends with RETURN or RAISE); the verifier
        // still needs every path to end in a return or throw.
        c.aconst_null();
        c.athrow();
        exceptionTable(e);
    }

    /**
     * A frame may start anywhere a body can be entered: 0 for a new frame, the instruction after a
     * YIELD or RETURN_GENERATOR (generators resuming; with a pending exception to raise there),
     * and canonical block leaders (on-stack replacement from the stack interpreter).
     */
    private static void entrySwitch(Emit e) {
        CodeBuilder c = e.code;
        IrFunction ir = e.ir;
        boolean[] entry = entryPoints(ir);
        List<SwitchCase> cases = new ArrayList<>();
        for (int i = 1; i < ir.size(); i++) {
            if (entry[i]) cases.add(SwitchCase.of(i, e.resumeLabel(i)));
        }
        if (cases.isEmpty()) return;
        c.aload(Emit.FRAME);
        c.getfield(Descs.PY_FRAME, "ip", CD_int);
        c.lookupswitch(e.label(0), cases);
    }

    /**
     * Indices where a body may be entered: resume points after YIELD and RETURN_GENERATOR, and the
     * block leaders, a superset of the canonical entries that on-stack replacement uses.
     */
    static boolean[] entryPoints(IrFunction ir) {
        boolean[] entry = new boolean[ir.size() + 1];
        entry[0] = true;
        for (int i = 0; i < ir.size(); i++) {
            IrInstr in = ir.instr(i);
            if (in.target() >= 0) entry[in.target()] = true;
            if (in.op().hasTarget() || in.op().endsFlow() || in.op() == IrOp.YIELD || in.op() == IrOp.RETURN_GENERATOR)
                entry[i + 1] = true;
        }
        for (IrHandler h : ir.handlers()) entry[h.target()] = entry[h.start()] = true;
        return entry;
    }

    /**
     * One JVM exception-table entry per run of consecutive instructions with the same IR handler
     * (or none): the whole method is covered, so every Python exception passing through the frame
     * gets its traceback entry, as in the switch loop.
     */
    private static void exceptionTable(Emit e) {
        CodeBuilder c = e.code;
        IrFunction ir = e.ir;
        Map<IrHandler, Label> stubs = new LinkedHashMap<>();
        Label escape = c.newLabel();
        int start = 0;
        IrHandler cur = ir.size() == 0 ? null : ir.handlerAt(0);
        for (int i = 1; i <= ir.size(); i++) {
            IrHandler h = i < ir.size() ? ir.handlerAt(i) : null;
            if (i < ir.size() && Objects.equals(h, cur)) continue;
            Label stub = cur == null ? escape : stubs.computeIfAbsent(cur, k -> c.newLabel());
            c.exceptionCatch(e.label(start), i < ir.size() ? e.label(i) : e.end, stub, Descs.THROWABLE);
            start = i;
            cur = h;
        }
        for (Map.Entry<IrHandler, Label> s : stubs.entrySet()) handlerStub(e, s.getKey(), s.getValue());
        c.labelBinding(escape);
        dropLoopIterators(e, ir.tempBase());
        // the frame ends: drop the temporaries (a traceback keeps the frame alive), as the switch loop does
        c.aload(Emit.SLOTS);
        e.iconst(ir.tempBase());
        c.aload(Emit.SLOTS);
        c.arraylength();
        c.aconst_null();
        c.invokestatic(Descs.of(java.util.Arrays.class), "fill", Descs.mt(CD_void, CD_Object.arrayType(), CD_int, CD_int, CD_Object));
        e.spillLocals();
        c.aload(Emit.FRAME);
        c.aload(Emit.TS);
        c.iload(Emit.RERAISE);
        e.flushCount();
        e.support("escape", Descs.mt(Descs.RUNTIME_EXC, Descs.THROWABLE, Descs.PY_FRAME, Descs.THREAD_STATE, CD_boolean));
        c.athrow();
    }

    /** What the IR unwinder does at a handler: the lasti and exception registers, then the target. */
    private static void handlerStub(Emit e, IrHandler h, Label stub) {
        CodeBuilder c = e.code;
        int tempBase = e.ir.tempBase();
        int exc = e.scratch();
        c.labelBinding(stub);
        c.aload(Emit.FRAME);
        c.aload(Emit.TS);
        c.iload(Emit.RERAISE);
        e.support("caught", Descs.mt(Descs.PY_BASE_EXC, Descs.THROWABLE, Descs.PY_FRAME, Descs.THREAD_STATE, CD_boolean));
        c.astore(exc);
        c.iconst_0();
        c.istore(Emit.RERAISE);
        dropLoopIterators(e, tempBase + h.depth());
        e.spillLocals();       // the traceback's frame shows the variables as they were at the raise
        if (h.lasti()) {
            e.storeBegin(h.lastiRegister(tempBase));
            c.aload(Emit.FRAME);
            e.support("lastiValue", Descs.mt(Descs.PY_OBJECT, Descs.PY_FRAME));
            e.storeEnd();
        }
        e.storeBegin(h.excRegister(tempBase));
        c.aload(exc);
        e.storeEnd();
        c.goto_(e.label(h.target()));
    }

    /** Unwinding pops the for loops' own generators at or above register {@code from} (LoopGenerators.unwind). */
    private static void dropLoopIterators(Emit e, int from) {
        for (int reg : e.ir.loopIterators()) {
            if (reg < from) continue;
            e.load(reg);
            e.invoke(Descs.LOOP_GENERATORS, "drop", Descs.mt(CD_void, Descs.PY_OBJECT));
        }
    }

    /** The IR uses something the spinner does not compile yet; the switch loop keeps running it. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) { super(what, null, false, false); }
    }
}
