package regpy.engine.spin;

import regpy.objects.PyBaseException;
import regpy.objects.PyFrame;
import regpy.objects.PyObject;
import regpy.runtime.PyException;
import regpy.runtime.ThreadState;

/**
 * The few entry points spun code calls besides the per-op semantics: unwinding at a JVM
 * exception handler. Each delegates to the register engine's own unwinder so that both engines
 * build the same tracebacks and exception contexts.
 */
public final class SpinSupport {
    private SpinSupport() {}

    /**
     * At an IR exception handler: the Python exception for {@code t} (a Java error becomes the
     * Python exception the switch loop makes of it), with this frame's traceback entry added
     * unless the instruction re-raised.
     */
    public static PyBaseException caught(Throwable t, PyFrame frame, ThreadState ts, boolean reraise) {
        return regpy.engine.RegisterOps.caught(t, frame, ts, reraise);
    }

    /** The value a handler with "lasti" receives: the raising instruction's lasti as an int. */
    public static PyObject lastiValue(PyFrame frame) {
        return regpy.engine.RegisterOps.lastiValue(frame);
    }

    /** No handler: the frame is finished; the exception (with its traceback entry) propagates. */
    public static RuntimeException escape(Throwable t, PyFrame frame, ThreadState ts, boolean reraise) {
        return regpy.engine.RegisterOps.escape(t, frame, ts, reraise);
    }

    /** Raises {@code pending} (generator.throw()) at a resume point. */
    public static RuntimeException raise(PyBaseException pending) {
        return pending.toThrowable();
    }
}
