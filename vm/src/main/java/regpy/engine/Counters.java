package regpy.engine;

import java.util.concurrent.atomic.LongAdder;

/**
 * Executed-instruction counters of the two kinds of engine, for {@code --stats} and the
 * instruction-count gate. Enabled by the system property {@code regpy.count=true}, read once into
 * {@link #ENABLED}: a static final, so every counting site folds away when it is off.
 *
 * <p>What is counted, exactly:
 * <ul>
 *   <li>stack ({@link #stack()}): every stack-bytecode instruction the reference interpreter
 *       dispatches, counted once with its EXTENDED_ARG prefixes (a prefix is not an instruction
 *       of its own), except NOP, RESUME and CACHE, which do no work (CACHE is never dispatched);
 *   <li>register ({@link #register()}): every IR instruction a register engine executes
 *       (the IR has no NOP/RESUME/CACHE; a raising instruction counts, a suspended YIELD counts
 *       once, its resumption does not count again).
 * </ul>
 * Engines count in a local variable and flush when a frame returns, suspends or unwinds, so
 * counting costs one increment per instruction and one {@link LongAdder#add} per frame exit.
 */
public final class Counters {
    private Counters() {}

    /** {@code -Dregpy.count=true}. */
    public static final boolean ENABLED = Boolean.getBoolean("regpy.count");

    private static final LongAdder STACK = new LongAdder();
    private static final LongAdder REGISTER = new LongAdder();

    public static void addStack(long n) { STACK.add(n); }
    public static void addRegister(long n) { REGISTER.add(n); }

    /** Stack instructions executed by the reference interpreter since start or {@link #reset()}. */
    public static long stack() { return STACK.sum(); }
    /** IR instructions executed by register engines since start or {@link #reset()}. */
    public static long register() { return REGISTER.sum(); }

    public static void reset() { STACK.reset(); REGISTER.reset(); }
}
