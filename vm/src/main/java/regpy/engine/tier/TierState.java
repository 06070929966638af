package regpy.engine.tier;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import regpy.objects.PyCode;

/**
 * The tiering state of a code object that has not been translated yet, kept in
 * {@link PyCode#engineData} until {@code RegisterCode.of} replaces it with the register form.
 * Calls and backward jumps are counted with plain racy increments (a lost update only delays
 * tiering a little); the one transition that matters, {@code COLD -> QUEUED}, is a CAS, so each
 * code object is queued at most once however many threads cross the threshold together.
 */
final class TierState {
    static final int COLD = 0, QUEUED = 1, FAILED = 2;

    private static final VarHandle ENGINE_DATA, STATUS;

    static {
        try {
            ENGINE_DATA = MethodHandles.lookup().findVarHandle(PyCode.class, "engineData", Object.class);
            STATUS = MethodHandles.lookup().findVarHandle(TierState.class, "status", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private int calls, backEdges;
    private volatile int status;

    /**
     * The state of {@code code}, attached on first use; null when the code has been translated
     * meanwhile (engineData is then its RegisterCode). Never overwrites a RegisterCode.
     */
    static TierState of(PyCode code) {
        while (true) {
            Object d = code.engineData;
            if (d instanceof TierState t) return t;
            if (d != null) return null;
            TierState t = new TierState();
            if (ENGINE_DATA.compareAndSet(code, (Object) null, (Object) t)) return t;
        }
    }

    /** Counts a call; true exactly once, for the caller that should queue the code. */
    boolean countCall() {
        return ++calls >= TierPolicy.calls && claim();
    }

    /** Counts a backward jump; true exactly once, for the caller that should queue the code. */
    boolean countBackEdge() {
        return ++backEdges >= TierPolicy.backEdges && claim();
    }

    private boolean claim() {
        return status == COLD && STATUS.compareAndSet(this, COLD, QUEUED);
    }

    /** The code cannot be translated; it stays on the reference interpreter. */
    void fail() { status = FAILED; }

    int status() { return status; }
}
