package regpy.engine;

import java.util.List;

import regpy.ir.IrFunction;
import regpy.ir.IrInstr;
import regpy.ir.IrOp;
import regpy.ir.Operand;
import regpy.ir.Translator;
import regpy.objects.PyCode;
import regpy.objects.PyObject;

/**
 * Everything the register engines keep per code object; {@link PyCode#engineData} holds it.
 *
 * <p>Created by {@link #of}, which translates the code (and, in the same pass, its nested code
 * objects, whose RegisterCodes are attached to the nested PyCodes of co_consts) once: the first
 * caller translates under the PyCode's lock, later callers read the volatile field. All fields
 * but {@link #body} are immutable after construction; {@link #body} is swapped atomically by
 * tiering (a spun class replaces the switch loop), and a thread that still runs the old body
 * finishes with it, which is correct since both execute the same IR on the same frame layout.
 *
 * <p>{@link #caches}{@code [i]} is the inline cache of the instructions whose {@code cache()} is
 * i (LOAD_GLOBAL: a {@code regpy.cache.GlobalCache}; LOAD_ATTR / LOAD_METHOD: a
 * {@code regpy.cache.AttrCache}), created up front so engines never test for null.
 */
public final class RegisterCode {
    public final PyCode code;
    public final IrFunction ir;
    /** The instructions as an array (the hot loop indexes it). */
    public final IrInstr[] instrs;
    /** One inline cache object per IR cache slot. */
    public final Object[] caches;
    /**
     * For each YIELD that suspends inside a {@code yield from} / {@code await} loop, the register
     * holding the sub-iterator (gi_yieldfrom / cr_await), else -1; indexed by IR index.
     */
    final int[] delegateRegister;
    /** What executes this code now: the switch loop until tiering links something faster. */
    public volatile Body body;

    private RegisterCode(PyCode code, IrFunction ir) {
        this.code = code;
        this.ir = ir;
        this.instrs = ir.instrs().toArray(new IrInstr[0]);
        this.caches = new Object[ir.cacheCount()];
        this.delegateRegister = new int[instrs.length];
        String[] names = code.code.names;
        for (int i = 0; i < instrs.length; i++) {
            IrInstr in = instrs[i];
            delegateRegister[i] = -1;
            if (in.cache() != IrInstr.NO_CACHE) caches[in.cache()] = newCache(in.op(), names[in.arg()]);
            if (in.op() == IrOp.YIELD && i > 0 && instrs[i - 1].op() == IrOp.SEND && Operand.isReg(instrs[i - 1].in(0)))
                delegateRegister[i] = instrs[i - 1].in(0);
        }
        this.body = SwitchBody.INSTANCE;
    }

    /** The one place caches are made (CACHE's factory; the uncached path when caches are disabled). */
    private static Object newCache(IrOp op, String name) {
        return regpy.cache.InlineCaches.forInstr(op, name);
    }

    /** The register form of {@code code}, translating it on first use. Thread-safe, memoised. */
    public static RegisterCode of(PyCode code) {
        if (code.engineData instanceof RegisterCode rc) return rc;
        synchronized (code) {
            if (code.engineData instanceof RegisterCode rc) return rc;
            RegisterCode rc = attach(code, Translator.translate(code.code));
            return rc;
        }
    }

    /** Creates the RegisterCode of code from its IR, and those of its nested code objects. */
    private static RegisterCode attach(PyCode code, IrFunction ir) {
        RegisterCode rc = new RegisterCode(code, ir);
        List<IrFunction> children = ir.children();
        PyObject[] consts = code.consts();
        int next = 0;
        for (PyObject c : consts) {
            if (!(c instanceof PyCode child)) continue;
            IrFunction childIr = children.get(next++);
            synchronized (child) {
                if (!(child.engineData instanceof RegisterCode)) attach(child, childIr);
            }
        }
        code.engineData = rc;
        return rc;
    }

    /** Number of registers a frame of this code needs. */
    public int registerCount() { return Math.max(ir.registerCount(), code.code.framesize()); }
}
