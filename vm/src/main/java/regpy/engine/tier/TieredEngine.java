package regpy.engine.tier;

import java.util.concurrent.atomic.AtomicLong;

import regpy.engine.BackEdges;
import regpy.engine.Engines;
import regpy.engine.RegisterCode;
import regpy.engine.RegisterEngine;
import regpy.engine.SwitchBody;
import regpy.interp.Interpreter;
import regpy.objects.*;
import regpy.runtime.Calls;

/**
 * The tiered engine ({@code --engine tiered}): code starts on the reference interpreter; past
 * {@link TierPolicy#calls} calls or {@link TierPolicy#backEdges} backward jumps it is queued for
 * the background {@link TierCompiler}, and once linked every new call runs on the
 * {@link RegisterEngine}. A loop already running on the interpreter moves over at its next
 * backward jump (on-stack replacement through {@link BackEdges}: the interpreter frame continues
 * as a register frame at {@code ir.canonicalEntry(target)}).
 *
 * <p>The cost on the fast path (linked code) is one type test and one identity test of the body
 * per call; cold code pays a counter increment per call and per backward jump.
 * {@link #install()} registers the engine with {@link Engines} and sets the back-edge hook.
 */
public final class TieredEngine implements Calls.Engine, BackEdges.Hook {
    public static final TieredEngine INSTANCE = new TieredEngine();

    /** On-stack replacements performed (tests and diagnostics). */
    static final AtomicLong OSR = new AtomicLong();

    private static final TierCompiler COMPILER = TierCompiler.INSTANCE;

    private TieredEngine() {}

    /** Makes {@code Engines.select("tiered")} return this engine and hooks backward jumps. Idempotent. */
    public static void install() {
        Engines.tiered = () -> INSTANCE;
        BackEdges.hook = INSTANCE;
    }

    @Override public PyObject callFunction(PyFunction f, PyObject self, PyObject[] args, String[] kwnames) {
        PyCode code = f.code;
        if (code.engineData instanceof RegisterCode rc && rc.body != SwitchBody.INSTANCE)
            return RegisterEngine.INSTANCE.callFunction(f, self, args, kwnames);
        TierState t = stateOf(code);
        if (t != null && t.countCall()) COMPILER.request(code);
        return Interpreter.INSTANCE.callFunction(f, self, args, kwnames);
    }

    /**
     * Module bodies, class bodies and exec run once each: they are never queued for their calls,
     * only through their loops (backward jumps), and run on the register engine only when linked.
     */
    @Override public PyObject runCode(PyCode code, PyDict globals, PyObject locals, PyTuple closure) {
        if (code.engineData instanceof RegisterCode rc && rc.body != SwitchBody.INSTANCE)
            return RegisterEngine.INSTANCE.runCode(code, globals, locals, closure);
        return Interpreter.INSTANCE.runCode(code, globals, locals, closure);
    }

    /** Generator frames are resumed by the engine that owns them (an OSR'd one by the register engine). */
    @Override public PyObject resume(PyFrame frame, PyObject sent, PyBaseException toThrow) {
        return owner(frame).resume(frame, sent, toThrow);
    }

    @Override public PyObject delegate(PyFrame suspended) {
        return owner(suspended).delegate(suspended);
    }

    private Calls.Engine owner(PyFrame frame) {
        Calls.Engine e = frame.executor;
        return e == null || e == this ? Interpreter.INSTANCE : e;
    }

    /**
     * The back-edge hook: counts the loop while the code is cold; once it is linked, continues the
     * interpreter frame on register code from the loop head. Only while tiered is the active
     * engine (the stack engine, selected in the same JVM, is never replaced).
     */
    @Override public PyObject onBackEdge(PyFrame frame, int target) {
        if (Calls.engine != this) return BackEdges.CONTINUE;
        PyCode code = frame.pycode;
        if (code.engineData instanceof RegisterCode rc && rc.body != SwitchBody.INSTANCE) {
            int entry = rc.ir.canonicalEntry(target);
            if (entry < 0) return BackEdges.CONTINUE;
            OSR.incrementAndGet();
            return RegisterEngine.continueAt(frame, entry);
        }
        TierState t = stateOf(code);
        if (t != null && t.countBackEdge()) COMPILER.request(code);
        return BackEdges.CONTINUE;
    }

    /** The tier state of cold or translated-but-unlinked code; null if it was linked meanwhile. */
    private static TierState stateOf(PyCode code) {
        while (true) {
            Object d = code.engineData;
            if (d instanceof RegisterCode rc) {
                if (rc.body != SwitchBody.INSTANCE) return null;
                return COMPILER.unlinked.computeIfAbsent(code, k -> new TierState());
            }
            TierState t = TierState.of(code);
            if (t != null) return t;
            // translated between the two reads: look again
        }
    }
}
