package regpy.runtime;

import regpy.objects.PyFrame;
import regpy.objects.PyObject;

/**
 * Per-thread interpreter state: the current frame (for sys._getframe and tracebacks), the
 * recursion depth, and the exception being handled outside any frame. Threads started by
 * regpy are {@link PyThread}s that hold their state in a field; others use a ThreadLocal.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> LOCAL = ThreadLocal.withInitial(ThreadState::new);
    private static volatile int recursionLimit = 1000;

    public PyFrame frame;
    public int depth;
    /** Exception handled by Java code (sys.exc_info outside frames); rarely used. */
    public PyObject handled;

    public static ThreadState current() {
        if (Thread.currentThread() instanceof PyThread t) return t.state;
        return LOCAL.get();
    }

    public static int recursionLimit() { return recursionLimit; }
    public static void setRecursionLimit(int n) { recursionLimit = n; }

    /** Enter a Python-level call; RecursionError past the limit. */
    public void enter() {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.recursionError();
        }
    }

    public void leave() { depth--; }

    /**
     * Enters a call of {@code f}: RecursionError past the limit, then f becomes the current frame
     * (its f_back the previous one). Every engine enters frames through here and leaves through
     * {@link #popFrame}, so the recursion limit and sys._getframe behave the same on all of them.
     */
    public void pushFrame(PyFrame f) {
        enter();
        f.back = frame;
        frame = f;
    }

    /** Leaves f (the current frame); {@code unlink}: clear f_back, as for a suspended generator. */
    public void popFrame(PyFrame f, boolean unlink) {
        frame = f.back;
        if (unlink) f.back = null;
        depth--;
    }

    /** A JVM thread running Python code, with a large stack so deep recursion reaches the limit first. */
    public static class PyThread extends Thread {
        public final ThreadState state = new ThreadState();
        public PyThread(ThreadGroup g, Runnable r, String name, long stackSize) { super(g, r, name, stackSize); }
    }
}
