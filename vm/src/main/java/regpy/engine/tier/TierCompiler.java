package regpy.engine.tier;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.jctools.queues.atomic.MpscUnboundedAtomicArrayQueue;

import regpy.engine.Body;
import regpy.engine.RegisterCode;
import regpy.engine.SwitchBody;
import regpy.engine.spin.SpinCompiler;
import regpy.objects.PyCode;
import regpy.objects.PyObject;

/**
 * The background compiler: one daemon thread ({@value #THREAD_NAME}) takes compile requests from
 * a JCTools multi-producer single-consumer queue (any Python thread may produce; only this thread
 * consumes, so the queue needs no lock), translates the code ({@link RegisterCode#of}, which also
 * translates its nested code objects), links it ({@link SpinCompiler#compile}, or the switch loop
 * when the spin compiler declines) and installs the result with one volatile write of
 * {@link RegisterCode#body}. The thread starts with the first request and parks when the queue
 * is empty; a producer unparks it after each offer.
 *
 * <p>States of a code object, as callers see them ({@link TieredEngine}):
 * <ol>
 *   <li>cold: engineData is null or a {@link TierState}; it runs on the reference interpreter;
 *   <li>translated, not linked: engineData is a RegisterCode whose body is still
 *       {@link SwitchBody#INSTANCE} (it was translated with its enclosing code, or this thread is
 *       between translating and installing); it still runs on the interpreter and is counted in
 *       {@link #unlinked};
 *   <li>linked: any other body (a spun class, or {@link LinkedSwitchBody}); it runs on the
 *       register engine, and running loops of its interpreter frames switch over at their next
 *       backward jump.
 * </ol>
 */
final class TierCompiler implements Runnable {
    static final String THREAD_NAME = "regpy-tier-compiler";
    private static final boolean VERBOSE = Boolean.getBoolean("regpy.tier.verbose");

    static final TierCompiler INSTANCE = new TierCompiler();

    /**
     * The atomic (field-updater) variant: the Unsafe-based queues make JDK 25 print a deprecation
     * warning on stderr in any JVM started without --sun-misc-unsafe-memory-access=allow, and a
     * Python program's stderr must stay CPython's. Requests are rare, so the difference is nil.
     */
    private final MpscUnboundedAtomicArrayQueue<PyCode> queue = new MpscUnboundedAtomicArrayQueue<>(64);
    private volatile Thread thread;

    /**
     * The tier states of translated but not yet linked code objects (their engineData is taken by
     * the RegisterCode). Entries leave when the code is linked.
     */
    final ConcurrentHashMap<PyCode, TierState> unlinked = new ConcurrentHashMap<>();

    /** Counts for tests and diagnostics. */
    final AtomicLong requested = new AtomicLong(), done = new AtomicLong(), spun = new AtomicLong(),
            declined = new AtomicLong(), failed = new AtomicLong();

    private TierCompiler() {
        if (VERBOSE) Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(summary())));
    }

    /** One line of counts: requests, compiled, spun, declined, failed, on-stack replacements. */
    String summary() {
        return "regpy tier: " + requested.get() + " requested, " + done.get() + " done, " + spun.get() + " spun, "
                + declined.get() + " on the switch loop, " + failed.get() + " not translatable, "
                + TieredEngine.OSR.get() + " on-stack replacements";
    }

    /** Queues {@code code} for compilation; called once per code (the caller won a {@link TierState} claim). */
    void request(PyCode code) {
        requested.incrementAndGet();
        if (TierPolicy.synchronous) {
            synchronized (this) {   // one compiler at a time, as with the thread
                try {
                    compile(code);
                } finally {
                    done.incrementAndGet();
                }
            }
            return;
        }
        queue.offer(code);
        Thread t = thread;
        if (t == null) t = start();
        LockSupport.unpark(t);
    }

    private synchronized Thread start() {
        Thread t = thread;
        if (t == null) {
            t = Thread.ofPlatform().name(THREAD_NAME).daemon(true).unstarted(this);
            t.start();
            thread = t;
        }
        return t;
    }

    @Override public void run() {
        while (true) {
            PyCode code = queue.poll();
            if (code == null) {
                LockSupport.park(this);
                continue;
            }
            try {
                compile(code);
            } catch (Throwable e) {
                // Never let a compiler bug take the thread down: the code stays where it runs now.
                if (VERBOSE) System.err.println("regpy tier: compiling " + code.code.qualname + " failed: " + e);
            } finally {
                done.incrementAndGet();
            }
        }
    }

    /** Translates (if needed), links and installs {@code code}. Runs on the compiler thread only. */
    void compile(PyCode code) {
        adoptStates(code);
        RegisterCode rc;
        try {
            rc = RegisterCode.of(code);
        } catch (RuntimeException | StackOverflowError e) {
            // Not translatable (the translator rejects it): it stays on the reference interpreter.
            if (code.engineData instanceof TierState t) t.fail();
            forgetStates(code);
            failed.incrementAndGet();
            if (VERBOSE) System.err.println("regpy tier: cannot translate " + code.code.qualname + ": " + e);
            return;
        }
        if (rc.body == SwitchBody.INSTANCE) rc.body = link(rc);
        unlinked.remove(code);
    }

    /** The body to install: the spun class, or the switch loop when the spin compiler declines. */
    private Body link(RegisterCode rc) {
        Body b = null;
        try {
            b = SpinCompiler.compile(rc);
        } catch (RuntimeException | LinkageError e) {
            if (VERBOSE) System.err.println("regpy tier: spinning " + rc.code.code.qualname + " failed: " + e);
        }
        if (b == null) {
            declined.incrementAndGet();
            if (VERBOSE) System.err.println("regpy tier: " + rc.code.code.qualname + " stays on the switch loop: " + SpinCompiler.lastFallbackReason);
            return LinkedSwitchBody.INSTANCE;
        }
        spun.incrementAndGet();
        if (VERBOSE) System.err.println("regpy tier: spun " + rc.code.code.qualname);
        return b;
    }

    /**
     * Before translating {@code code}, moves its tier state and those of its nested code objects
     * (which translation replaces by RegisterCodes) to {@link #unlinked}, so their counts and
     * their "queued" marks survive: a nested code already queued is not queued again.
     */
    private void adoptStates(PyCode code) {
        Object d = code.engineData;
        if (d instanceof RegisterCode) return;
        if (d instanceof TierState t) unlinked.putIfAbsent(code, t);
        for (PyObject c : code.consts()) if (c instanceof PyCode child) adoptStates(child);
    }

    /** Undoes {@link #adoptStates} after a failed translation (the states stay in engineData). */
    private void forgetStates(PyCode code) {
        if (code.engineData instanceof RegisterCode) return;
        unlinked.remove(code);
        for (PyObject c : code.consts()) if (c instanceof PyCode child) forgetStates(child);
    }

    /** Waits until every queued request is done (tests); false on timeout. */
    boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (done.get() < requested.get()) {
            if (System.currentTimeMillis() > end) return false;
            Thread.sleep(2);
        }
        return true;
    }
}
