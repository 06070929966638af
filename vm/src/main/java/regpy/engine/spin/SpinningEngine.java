package regpy.engine.spin;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import regpy.engine.Body;
import regpy.engine.RegisterCode;
import regpy.engine.RegisterEngine;
import regpy.objects.*;
import regpy.runtime.Calls;

/**
 * The register engine with every code object spun before its first run (the switch loop only for
 * code {@link SpinCompiler} declines). Not the production configuration (tiering spins only hot
 * functions, on its own thread): this is for tests and benchmarks that measure the spun engine
 * alone. Frames, generators and argument binding are the {@link RegisterEngine}'s.
 */
public final class SpinningEngine implements Calls.Engine {
    public static final SpinningEngine INSTANCE = new SpinningEngine();

    private SpinningEngine() {}

    /** Code objects already tried (spun or declined), so a declined one is not spun again at each call. */
    private static final Map<RegisterCode, Boolean> TRIED = Collections.synchronizedMap(new WeakHashMap<>());

    /** Spins {@code code} unless already tried; returns its RegisterCode with the body installed. */
    public static RegisterCode ensureSpun(PyCode code) {
        RegisterCode rc = RegisterCode.of(code);
        if (TRIED.containsKey(rc)) return rc;
        synchronized (rc) {
            if (TRIED.containsKey(rc)) return rc;
            Body b = SpinCompiler.compile(rc);
            if (b != null) rc.body = b;
            TRIED.put(rc, b != null);
        }
        return rc;
    }

    /** Whether {@code rc} runs a spun body. */
    public static boolean isSpun(RegisterCode rc) { return rc.body.getClass().isHidden(); }

    @Override public PyObject callFunction(PyFunction f, PyObject self, PyObject[] args, String[] kwnames) {
        ensureSpun(f.code);
        return RegisterEngine.INSTANCE.callFunction(f, self, args, kwnames);
    }

    @Override public PyObject runCode(PyCode code, PyDict globals, PyObject locals, PyTuple closure) {
        ensureSpun(code);
        return RegisterEngine.INSTANCE.runCode(code, globals, locals, closure);
    }

    @Override public PyObject resume(PyFrame frame, PyObject sent, PyBaseException toThrow) {
        return RegisterEngine.INSTANCE.resume(frame, sent, toThrow);
    }

    @Override public PyObject delegate(PyFrame suspended) { return RegisterEngine.INSTANCE.delegate(suspended); }
}
