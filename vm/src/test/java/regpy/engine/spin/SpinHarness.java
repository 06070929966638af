package regpy.engine.spin;

import java.util.ArrayList;
import java.util.List;

import regpy.engine.RegisterCode;
import regpy.engine.RegisterEngine;
import regpy.interp.Interpreter;
import regpy.objects.*;
import regpy.runtime.*;

/**
 * Runs a snippet on the reference interpreter or on the register engine with every code object
 * spun before its first run (no switch-loop fallback allowed: a code object that does not spin
 * is recorded and the test fails), and renders the outcome as text: the repr of the module's
 * {@code result}, or the formatted traceback of the exception that escaped.
 */
final class SpinHarness {
    private SpinHarness() {}

    /** Code objects that could not be spun in the last {@link #spun} run, with the reason. */
    static final List<String> FALLBACKS = new ArrayList<>();

    /** The register engine spinning each code object before its first run, recording those it declines. */
    static final Calls.Engine SPINNING = new Calls.Engine() {
        @Override public PyObject callFunction(PyFunction f, PyObject self, PyObject[] args, String[] kwnames) {
            check(f.code);
            return SpinningEngine.INSTANCE.callFunction(f, self, args, kwnames);
        }

        @Override public PyObject runCode(PyCode code, PyDict globals, PyObject locals, PyTuple closure) {
            check(code);
            return SpinningEngine.INSTANCE.runCode(code, globals, locals, closure);
        }

        @Override public PyObject resume(PyFrame frame, PyObject sent, PyBaseException toThrow) {
            return SpinningEngine.INSTANCE.resume(frame, sent, toThrow);
        }

        @Override public PyObject delegate(PyFrame suspended) { return SpinningEngine.INSTANCE.delegate(suspended); }
    };

    private static void check(PyCode code) {
        RegisterCode rc = SpinningEngine.ensureSpun(code);
        if (!SpinningEngine.isSpun(rc)) FALLBACKS.add(code.code.qualname + ": " + SpinCompiler.lastFallbackReason);
    }

    static String reference(String src) { return run(Interpreter.INSTANCE, src); }

    static String spun(String src) {
        FALLBACKS.clear();
        return run(SPINNING, src);
    }

    /** The rendering every engine test shares (regpy.engine.EngineHarness). */
    static String run(Calls.Engine engine, String src) { return regpy.engine.EngineHarness.run(engine, src); }
}
