package regpy.runtime;

import regpy.modules.ThreadModule;

/**
 * The eval breaker: what every engine polls at backward jumps so that a pending Ctrl-C reaches a
 * main thread that is running (not blocked) as KeyboardInterrupt, as CPython checks its eval
 * breaker at JUMP_BACKWARD. {@link #poll()} is one volatile read when nothing is pending, cheap
 * enough for the spun engine's loops.
 */
public final class Interrupts {
    private Interrupts() {}

    /** True while a signal waits to be handled; set by the SIGINT handler. */
    public static volatile boolean pending;

    /** Called at every backward jump by every engine. */
    public static void poll() {
        if (pending) ThreadModule.Interrupts.checkPending();
    }
}
