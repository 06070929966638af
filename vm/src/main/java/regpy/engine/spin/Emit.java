package regpy.engine.spin;

import static java.lang.constant.ConstantDescs.CD_int;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

import regpy.ir.IrFunction;
import regpy.ir.Operand;
import regpy.objects.PyObject;

/**
 * The state of spinning one function's method, shared by the method layout ({@link BodySpinner})
 * and the per-opcode emitters ({@link OpSpinner}): the code builder, the JVM locals, one label
 * per IR instruction, and the helpers that move operands between the register file and the JVM
 * operand stack.
 *
 * <p>Where registers live ({@link #jvmLocals}): by default in JVM locals (register r is local
 * {@code FIRST_REG + r}), so HotSpot keeps them in machine registers and escape analysis can
 * remove boxes that never leave the method; the frame's slot array is then a copy made only where
 * a frame must be materialised ({@link #spillLocals} before calls, which may run {@code locals()},
 * {@code super()} or {@code sys._getframe()}; everything at suspension points and when an
 * exception leaves the frame) and read back where the frame is the source (entry and resume:
 * arguments, sent values, OSR state; after COPY_FREE_VARS). With
 * {@code -Dregpy.spin.locals=false} registers stay in the slot array (local {@link #SLOTS}): the
 * measured alternative.
 */
final class Emit {
    /** JVM locals of the spun {@code run(PyFrame, ThreadState, PyBaseException)} method. */
    static final int FRAME = 0, TS = 1, PENDING = 2, SLOTS = 3, RERAISE = 4, COUNT = 5, FIRST_REG = 7;

    /** Registers in JVM locals (default) or in the frame's slot array ({@code -Dregpy.spin.locals=false}). */
    static final boolean JVM_LOCALS = !"false".equals(System.getProperty("regpy.spin.locals"));

    final CodeBuilder code;
    final IrFunction ir;
    final PyObject[] consts;
    final Object[] caches;
    /** co_names as the code object's PyStrs. */
    final regpy.objects.PyStr[] names;
    final ClassData data;
    final Label[] labels;
    final Label end;
    final boolean counting;
    final boolean jvmLocals = JVM_LOCALS;
    private int nextScratch;
    /** Registers of stores begun and not yet ended (JVM-locals placement). */
    private final java.util.ArrayDeque<Integer> pendingStores = new java.util.ArrayDeque<>();

    private final Label[] resume;

    Emit(CodeBuilder code, IrFunction ir, PyObject[] consts, regpy.objects.PyStr[] names, Object[] caches, ClassData data,
         boolean counting) {
        this.names = names;
        this.code = code;
        this.ir = ir;
        this.consts = consts;
        this.caches = caches;
        this.data = data;
        this.counting = counting;
        this.labels = new Label[ir.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = code.newLabel();
        this.end = code.newLabel();
        this.nextScratch = FIRST_REG + ir.registerCount();
        this.resume = new Label[ir.size()];
        for (int i = 1; i < resume.length; i++) {
            regpy.ir.IrOp prev = ir.instr(i - 1).op();
            if (prev == regpy.ir.IrOp.YIELD || prev == regpy.ir.IrOp.RETURN_GENERATOR) resume[i] = code.newLabel();
        }
    }

    Label label(int irIndex) { return labels[irIndex]; }

    /**
     * Where the entry switch goes for {@code frame.ip == irIndex}: the instruction itself, or, after
     * a suspension point, a check that first raises a pending exception (generator.throw()) inside
     * the suspension point's handler region.
     */
    Label resumeLabel(int irIndex) { return resume[irIndex] != null ? resume[irIndex] : labels[irIndex]; }

    boolean isResumePoint(int irIndex) { return irIndex < resume.length && resume[irIndex] != null; }

    /** Counters.addRegister(count) when counting (before leaving the frame: return, yield, unwind). */
    void flushCount() {
        if (!counting) return;
        code.lload(COUNT);
        code.invokestatic(Descs.of(regpy.engine.Counters.class), "addRegister",
                MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_void, java.lang.constant.ConstantDescs.CD_long));
    }

    /** A JVM local for a temporary value of one instruction (slots are not reused: methods stay small). */
    int scratch() { return nextScratch++; }

    /** Pushes operand {@code x} ({@link Operand} encoding): a register, a constant, or null. */
    void load(int x) {
        switch (Operand.kind(x)) {
            case Operand.REG -> loadReg(Operand.index(x));
            case Operand.CONST -> constant(consts[Operand.index(x)], Descs.PY_OBJECT);
            default -> code.aconst_null();
        }
    }

    private void loadReg(int r) {
        if (jvmLocals) code.aload(FIRST_REG + r);
        else {
            code.aload(SLOTS);
            iconst(r);
            code.aaload();
        }
    }

    /** Pushes {@code value} (a class-data constant) typed as {@code type}. */
    void constant(Object value, ClassDesc type) {
        if (value == null) code.aconst_null();
        else code.ldc(data.constant(value, type));
    }

    /** Prepares a store into register {@code reg}: then push the value and call {@link #storeEnd}. */
    void storeBegin(int reg) {
        if (jvmLocals) pendingStores.push(reg);
        else {
            code.aload(SLOTS);
            iconst(reg);
        }
    }

    void storeEnd() {
        if (jvmLocals) code.astore(FIRST_REG + pendingStores.pop());
        else code.aastore();
    }

    void clearReg(int reg) {
        storeBegin(reg);
        code.aconst_null();
        storeEnd();
    }

    /** Copies registers [from, to) into the frame's slots (nothing to do when they live there). */
    void spill(int from, int to) {
        if (!jvmLocals) return;
        for (int r = from; r < to; r++) {
            code.aload(SLOTS);
            iconst(r);
            code.aload(FIRST_REG + r);
            code.aastore();
        }
    }

    /** The named variables (locals, cells, frees) into the frame, before a call may look at it. */
    void spillLocals() { spill(0, ir.tempBase()); }

    /** Every register into the frame (suspension: the frame outlives this activation). */
    void spillAll() { spill(0, ir.registerCount()); }

    /** Reads registers [from, to) back from the frame's slots. */
    void reload(int from, int to) {
        if (!jvmLocals) return;
        for (int r = from; r < to; r++) {
            code.aload(SLOTS);
            iconst(r);
            code.aaload();
            code.astore(FIRST_REG + r);
        }
    }

    void iconst(int v) { code.loadConstant(v); }

    void invoke(ClassDesc owner, String name, MethodTypeDesc type) { code.invokestatic(owner, name, type); }

    /** Calls a static helper of {@link SpinSupport}. */
    void support(String name, MethodTypeDesc type) { code.invokestatic(Descs.SUPPORT, name, type); }

    /** frame.lasti := offset (before an instruction that can raise, so tracebacks and handlers see it). */
    void setLasti(int offset) {
        code.aload(FRAME);
        iconst(offset);
        code.putfield(Descs.PY_FRAME, "lasti", CD_int);
    }
}
