package regpy.engine;

import regpy.ir.IrInstr;
import regpy.objects.*;
import regpy.runtime.Args;
import regpy.runtime.Calls;
import regpy.runtime.ThreadState;

/**
 * {@link Calls.Engine} for register code: binds arguments into a register frame (a {@link PyFrame}
 * whose slots are the register file), pushes it on the thread state and runs
 * {@link RegisterCode#body} (the switch loop, or a spun class once tiering linked one).
 *
 * <p>Generators: a register frame suspended at a YIELD keeps {@code frame.ip} = the index after
 * the YIELD; {@link #resume} writes the sent value into the YIELD's output register (or None when
 * throwing, as CPython pushes None before raising at the yield) and continues the body.
 */
public final class RegisterEngine implements Calls.Engine {
    public static final RegisterEngine INSTANCE = new RegisterEngine();

    private RegisterEngine() {}

    /** A new register frame for rc (slots sized for every register), owned by this engine. */
    public static PyFrame newFrame(RegisterCode rc, PyFunction f, PyDict globals, PyDict builtins, PyObject locals) {
        PyFrame frame = new PyFrame(rc.code, f, globals, builtins, locals, rc.registerCount(), INSTANCE);
        frame.ip = 0;
        return frame;
    }

    @Override public PyObject callFunction(PyFunction f, PyObject self, PyObject[] args, String[] kwnames) {
        RegisterCode rc = RegisterCode.of(f.code);
        PyFrame frame = newFrame(rc, f, f.globals, f.builtins, null);
        Args.bind(f, frame.slots, self, args, kwnames);
        return run(rc, frame);
    }

    /**
     * The frame of a call that binds by copying alone ({@link Args#bindPositional}: positional
     * arguments, defaults for the rest), or null when the call needs {@link Args#bind}'s general
     * rules. The call sites of spun code enter their linked callees through here, so a direct call
     * builds exactly the frame {@link #callFunction} builds.
     */
    public static PyFrame positionalFrame(RegisterCode rc, PyFunction f, PyObject self, PyObject[] args) {
        PyFrame frame = newFrame(rc, f, f.globals, f.builtins, null);
        return Args.bindPositional(f, frame.slots, self, args) ? frame : null;
    }

    @Override public PyObject runCode(PyCode code, PyDict globals, PyObject locals, PyTuple closure) {
        RegisterCode rc = RegisterCode.of(code);
        PyFrame frame = newFrame(rc, null, globals, RegisterOps.builtinsOf(globals), locals);
        if (closure != null) RegisterOps.copyClosure(frame, closure);
        return run(rc, frame);
    }

    private static PyObject run(RegisterCode rc, PyFrame frame) {
        ThreadState ts = ThreadState.current();
        ts.pushFrame(frame);
        try {
            return rc.body.execute(frame, ts, null);
        } finally {
            ts.popFrame(frame, false);
        }
    }

    @Override public PyObject resume(PyFrame frame, PyObject sent, PyBaseException toThrow) {
        RegisterCode rc = (RegisterCode) frame.pycode.engineData;
        IrInstr suspended = rc.instrs[frame.ip - 1];          // the YIELD, or RETURN_GENERATOR on first resume
        if (suspended.outCount() > 0) frame.slots[suspended.out(0)] = toThrow == null ? sent : RegisterOps.NONE;
        ThreadState ts = ThreadState.current();
        ts.pushFrame(frame);
        try {
            return rc.body.execute(frame, ts, toThrow);
        } finally {
            ts.popFrame(frame, true);
        }
    }

    @Override public PyObject delegate(PyFrame f) {
        RegisterCode rc = (RegisterCode) f.pycode.engineData;
        int reg = f.ip > 0 ? rc.delegateRegister[f.ip - 1] : -1;
        return reg < 0 ? null : f.slots[reg];
    }

    /**
     * On-stack replacement: continues a reference-interpreter frame, stopped at the start of the
     * stack instruction whose canonical IR entry is {@code irIndex} (ir.canonicalEntry(offset)),
     * on register code. Locals keep their slots; stack slot i is already register tempBase + i,
     * so only the slot array may need to grow (scratch registers). The frame becomes a register
     * frame ({@code executor}, {@code ip}); a generator frame is later resumed by this engine.
     * The caller (the interpreter, through {@link BackEdges}) has the frame pushed on the thread
     * state and returns this method's result as its own.
     */
    public static PyObject continueAt(PyFrame stackFrame, int irIndex) {
        RegisterCode rc = RegisterCode.of(stackFrame.pycode);
        int n = rc.registerCount();
        if (stackFrame.slots.length < n) stackFrame.slots = java.util.Arrays.copyOf(stackFrame.slots, n);
        stackFrame.executor = INSTANCE;
        stackFrame.ip = irIndex;
        return rc.body.execute(stackFrame, ThreadState.current(), null);
    }
}
