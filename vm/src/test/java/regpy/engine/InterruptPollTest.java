package regpy.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import regpy.engine.spin.SpinningEngine;
import regpy.runtime.Calls;
import regpy.runtime.Interrupts;

/**
 * Ctrl-C reaches a running loop on the register engines: the switch loop and spun code poll
 * {@link Interrupts#poll()} at every backward jump, so a simulated SIGINT ({@link Interrupts#deliver})
 * raises KeyboardInterrupt inside the loop, with the loop's line in the traceback.
 *
 * <p>The loop is long but finite (about a second): an engine that did not poll would end
 * it normally, and the test would see {@code result} instead of the traceback.
 */
class InterruptPollTest {

    private static final String LOOP = """
            def spin(n):
                i = 0
                while i < n:
                    i = i + 1
                return i
            result = spin(50_000_000)
            """;

    @Test void switchLoopPolls() throws Exception {
        interrupted(RegisterEngine.INSTANCE);
    }

    @Test void spunCodePolls() throws Exception {
        interrupted(SpinningEngine.INSTANCE);
    }

    private static void interrupted(Calls.Engine engine) throws Exception {
        Thread main = Thread.currentThread();
        Interrupts.install(main);  // this thread is "main" for the whole test JVM
        Thread ctrlC = Thread.ofPlatform().daemon().start(() -> {
            // deliver once the loop runs (compiling the snippet may take seconds on a loaded machine,
            // and an interrupt nobody takes within 2 s ends the JVM, as an unhandled SIGINT would)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!inLoop(main) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Interrupts.deliver();
        });
        String out = EngineHarness.run(engine, LOOP);
        ctrlC.join(TimeUnit.SECONDS.toMillis(5));
        Thread.interrupted();
        assertTrue(out.contains("KeyboardInterrupt") && out.contains(", in spin"), out);
    }

    /** Whether t has entered the Python function spin (the only Python-level call of the snippet). */
    private static boolean inLoop(Thread t) {
        for (StackTraceElement e : t.getStackTrace()) {
            // spun classes are hidden (not in stack traces): the Python call of spin() is
            if (e.getClassName().equals(RegisterEngine.class.getName()) && e.getMethodName().equals("callFunction")) return true;
        }
        return false;
    }
}
