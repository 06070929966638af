package regpy.runtime;

import regpy.objects.PyObject;
import regpy.objects.Types;

/**
 * Ctrl-C: the SIGINT handler and the eval breaker, which together raise KeyboardInterrupt in the
 * main Python thread as CPython does.
 *
 * <p>The handler ({@link #install}, called by the command line for its main thread) marks an
 * interrupt {@link #pending} and interrupts the main thread. Then either
 * <ul>
 *   <li>the main thread is running Python code: every engine calls {@link #poll()} at backward
 *       jumps (CPython checks its eval breaker at JUMP_BACKWARD), which raises KeyboardInterrupt
 *       there, so the traceback points into the loop; or
 *   <li>it is blocked (lock, join, Condition/Event/Queue wait, time.sleep): the JVM interrupt
 *       wakes it with InterruptedException, which the blocking call turns into
 *       {@link #keyboardInterrupt()}.
 * </ul>
 * Other threads never see the interrupt, as in CPython. An interrupt nobody took within
 * {@link #GRACE_MILLIS} (the main thread is inside one long Java operation that neither polls
 * nor blocks interruptibly, e.g. reading stdin) ends the process with status 130, so Ctrl-C
 * never stops working.
 *
 * <p>Delivery (set pending, interrupt) and consumption (clear pending, clear the interrupt flag)
 * are each done under one monitor, so a consumed interrupt never leaves a stale interrupt flag
 * behind that would break the next blocking call with a second KeyboardInterrupt.
 */
public final class Interrupts {
    private Interrupts() {}

    static final long GRACE_MILLIS = 2000;
    private static final Object LOCK = new Object();

    /** True while a SIGINT waits to be handled. One volatile read per poll when false. */
    public static volatile boolean pending;

    /** The thread that receives KeyboardInterrupt: the program's main thread; null until installed. */
    private static volatile Thread main;

    /** Installs the SIGINT handler once; {@code mainThread} receives the interrupts. */
    public static void install(Thread mainThread) {
        synchronized (LOCK) {
            if (main != null) return;
            main = mainThread;
        }
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> deliver());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGINT on this platform, or the JVM reserved it (-Xrs): keep the JVM's default.
        }
    }

    /** What the signal handler does (also a test entry point: a simulated Ctrl-C). */
    public static void deliver() {
        Thread t;
        synchronized (LOCK) {
            t = main;
            if (t == null) return;
            pending = true;
            t.interrupt();
        }
        Thread.ofPlatform().daemon().name("regpy-sigint-watchdog").start(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (pending) exitNow();
        });
    }

    /** Ends the process as an unhandled SIGINT would; flushes what it can within a moment (a flush may block). */
    private static void exitNow() {
        Thread flush = Thread.ofPlatform().daemon().start(() -> {
            regpy.modules.SysModule.STDOUT.flush();
            regpy.modules.SysModule.STDERR.flush();
        });
        try {
            flush.join(200);
        } catch (InterruptedException ignored) {
            // exit anyway
        }
        Runtime.getRuntime().halt(130);
    }

    /** The eval breaker: called at every backward jump by every engine, on every thread. */
    public static void poll() {
        if (pending && Thread.currentThread() == main && take()) throw raise();
    }

    /** Consumes a pending interrupt: true if there was one. Clears the main thread's interrupt flag with it. */
    private static boolean take() {
        synchronized (LOCK) {
            if (!pending) return false;
            pending = false;
            Thread.interrupted();
            return true;
        }
    }

    /**
     * The exception for a blocking call of the main thread that was woken by the interrupt
     * (InterruptedException): KeyboardInterrupt, the pending signal consumed. A thread
     * interrupted for another reason gets it too, as the only interruption Python code can
     * cause is Ctrl-C.
     */
    public static PyException keyboardInterrupt() {
        if (Thread.currentThread() == main) take();
        return raise();
    }

    private static PyException raise() {
        return Errors.of(Types.KEYBOARD_INTERRUPT, new PyObject[0]);
    }
}
