package regpy.engine;

import regpy.objects.PyFrame;
import regpy.objects.PyObject;

/**
 * The hook the reference interpreter calls at every backward jump (JUMP_BACKWARD), so that tiering
 * can do on-stack replacement of a running loop. Null by default: the interpreter reads the
 * volatile field once per backward jump and does nothing else when it is null.
 */
public final class BackEdges {
    private BackEdges() {}

    /** Called at a backward jump to the stack offset {@code target}, after the jump. */
    public interface Hook {
        /**
         * Returns {@link #CONTINUE} to keep interpreting, or the frame's result after having run
         * the rest of it elsewhere (typically {@code RegisterEngine.continueAt(frame,
         * ir.canonicalEntry(target))}); the interpreter then returns that result as its own.
         * {@code frame.sp}, {@code frame.ip} (= target) are up to date when it is called.
         */
        PyObject onBackEdge(PyFrame frame, int target);
    }

    /** Marker result of {@link Hook#onBackEdge}: stay in the interpreter. */
    public static final PyObject CONTINUE = new PyObject() {
        @Override public regpy.objects.PyType type() { return regpy.objects.Types.OBJECT; }
    };

    /** Set by tiering; null means no hook. */
    public static volatile Hook hook;
}
