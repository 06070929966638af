package regpy.engine.spin;

import java.lang.invoke.MethodHandle;

import regpy.engine.Body;

/**
 * A {@link Body} spun by {@link SpinCompiler}: besides {@code execute}, it hands out its static
 * entry {@code run(PyFrame, ThreadState, PyBaseException)PyObject} as a constant method handle, so
 * a call site ({@link PyCallSite}) can link a caller straight to it.
 */
public interface SpunBody extends Body {
    MethodHandle entry();
}
