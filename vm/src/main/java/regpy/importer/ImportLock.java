package regpy.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import regpy.runtime.Interrupts;

/**
 * The lock of one module name, held while its body runs, so that concurrent imports run a body
 * once and other threads wait until the module is complete. Reentrant (a circular import in the
 * same thread finds the module partially initialised, as in CPython).
 *
 * <p>Deadlock detection, as CPython's importlib does it: when thread T1 holds a's lock and, running
 * a's body, imports b, while T2 holds b's lock and imports a, each would wait for the other for
 * ever. {@link #acquire} follows the chain "lock → its owner → the lock that owner waits for → …";
 * if it leads back to the calling thread, it does not wait but returns false, and the importer
 * hands out the partially initialised module, which is what a circular import gets in one thread.
 *
 * <p>All import locks share one monitor ({@link #GRAPH}): imports are rare, and the wait-for
 * graph must be read consistently.
 */
final class ImportLock {
    private static final Object GRAPH = new Object();
    private static final ConcurrentHashMap<String, ImportLock> LOCKS = new ConcurrentHashMap<>();
    /** Thread → the lock it is waiting for (guarded by GRAPH). */
    private static final Map<Thread, ImportLock> WAITING = new HashMap<>();

    private final String name;
    private Thread owner;   // guarded by GRAPH
    private int count;      // guarded by GRAPH

    private ImportLock(String name) { this.name = name; }

    /** The lock of a module name (created on first use). */
    static ImportLock of(String name) { return LOCKS.computeIfAbsent(name, ImportLock::new); }

    /** The lock of a module name, or null if no import of it ever started. */
    static ImportLock existing(String name) { return LOCKS.get(name); }

    /**
     * Takes the lock, waiting while another thread holds it; false, without taking it, when
     * waiting would deadlock. A Ctrl-C while waiting raises KeyboardInterrupt.
     */
    boolean acquire() {
        Thread me = Thread.currentThread();
        synchronized (GRAPH) {
            while (owner != null && owner != me) {
                if (wouldDeadlock(me)) return false;
                WAITING.put(me, this);
                try {
                    GRAPH.wait();
                } catch (InterruptedException e) {
                    throw Interrupts.keyboardInterrupt();
                } finally {
                    WAITING.remove(me);
                }
            }
            owner = me;
            count++;
            return true;
        }
    }

    /** True when this lock's owner waits (through other threads' locks) for a lock that {@code me} holds. */
    private boolean wouldDeadlock(Thread me) {
        ImportLock lock = this;
        for (int steps = 0; steps <= WAITING.size(); steps++) {
            Thread t = lock.owner;
            if (t == null) return false;
            if (t == me) return true;
            lock = WAITING.get(t);
            if (lock == null) return false;
        }
        return false;
    }

    void release() {
        synchronized (GRAPH) {
            if (owner != Thread.currentThread()) throw new IllegalStateException("import lock " + name + " not held");
            if (--count == 0) {
                owner = null;
                GRAPH.notifyAll();
            }
        }
    }

    boolean heldByCurrentThread() {
        synchronized (GRAPH) { return owner == Thread.currentThread(); }
    }
}
