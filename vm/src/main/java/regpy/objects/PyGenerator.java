package regpy.objects;

/** generator, coroutine and async_generator objects: a suspended frame plus state flags. */
public final class PyGenerator extends PyObject {
    public enum Kind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    public final Kind kind;
    public final PyFrame frame;
    public volatile String name;
    public volatile String qualname;
    /** True while a thread executes the frame (ValueError: generator already executing). */
    public volatile boolean running;
    /** The frame has been entered at least once (send(non-None) check). */
    public boolean started;
    /** The sub-iterator of a yield from / await in progress (gi_yieldfrom). */
    public PyObject yieldFrom;
    /** Async generators: a running asend/athrow. */
    public boolean asyncRunning;
    /** The exception being handled inside the suspended frame (restored on resume). */
    public PyObject savedHandled;
    /** Async generator hooks: finalizer set by the event loop (unused without one). */
    public boolean hooksInited;
    /**
     * The only reference to this generator is the iterator slot of one for loop: it was created by
     * calling a generator function whose result went straight into GET_ITER. When that slot is
     * dropped (break, return, an exception leaving the loop), the generator is unreachable and is
     * closed then, as CPython's reference counting does (see Generators.dropped).
     */
    public boolean loopOwned;

    public PyGenerator(Kind kind, PyFrame frame, String name, String qualname) {
        this.kind = kind;
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        frame.generator = this;
    }

    @Override public PyType type() {
        return switch (kind) {
            case GENERATOR -> Types.GENERATOR;
            case COROUTINE -> Types.COROUTINE;
            case ASYNC_GENERATOR -> Types.ASYNC_GENERATOR;
        };
    }
}
