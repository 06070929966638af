package regpy.stdlib.collections;

import java.util.Arrays;

import regpy.objects.PyDict;
import regpy.objects.PyObject;
import regpy.objects.PyType;

/**
 * collections.deque's storage: a ring buffer whose capacity is a power of two, so both ends
 * and indexing are O(1).
 *
 * <p>Thread safety: every method holds this object's monitor, so single operations (append,
 * popleft, rotate, extend of an already collected array ...) are atomic under free threading,
 * as CPython's GIL makes them. No Python code ever runs under the monitor: callers collect
 * iterables and compare items outside it, and detect concurrent changes with {@link #state()}.
 *
 * <p>{@code state} counts structural changes (the items moved, were added or removed); item
 * assignment does not count, as in CPython. Iterators and comparisons raise
 * "deque mutated during iteration" when it changes under them.
 */
public class PyDeque extends PyObject {
    private static final int MIN_CAPACITY = 8;

    private PyObject[] buf = new PyObject[MIN_CAPACITY];
    private int head;            // index of the leftmost item
    private int size;
    private long state;
    /** The bound, or -1 for an unbounded deque; set by __init__ (volatile: read without the lock). */
    private volatile int maxlen = -1;

    @Override public PyType type() { return DequeType.DEQUE; }

    public int maxlen() { return maxlen; }
    public synchronized int size() { return size; }
    public synchronized long state() { return state; }

    private int slot(int i) { return (head + i) & (buf.length - 1); }

    private void growIfFull() {
        if (size < buf.length) return;
        PyObject[] nb = new PyObject[buf.length * 2];
        copyOut(nb);
        buf = nb;
        head = 0;
    }

    /** Copies the items, left to right, into dst[0..size). */
    private void copyOut(PyObject[] dst) {
        int first = Math.min(size, buf.length - head);
        System.arraycopy(buf, head, dst, 0, first);
        System.arraycopy(buf, 0, dst, first, size - first);
    }

    private void addRight(PyObject x) {
        growIfFull();
        buf[slot(size)] = x;
        size++;
    }

    private void addLeft(PyObject x) {
        growIfFull();
        head = (head - 1) & (buf.length - 1);
        buf[head] = x;
        size++;
    }

    private PyObject takeRight() {
        int s = slot(size - 1);
        PyObject x = buf[s];
        buf[s] = null;
        size--;
        return x;
    }

    private PyObject takeLeft() {
        PyObject x = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        return x;
    }

    /** Shrinks the buffer after many removals so a drained deque does not keep a large array. */
    private void shrinkIfSparse() {
        if (buf.length > MIN_CAPACITY && size < buf.length >> 2) {
            PyObject[] nb = new PyObject[Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, size)) << 1)];
            copyOut(nb);
            buf = nb;
            head = 0;
        }
    }

    // ---------------------------------------------------------------- the ends (atomic)

    public synchronized void append(PyObject x) {
        if (maxlen == 0) return;
        if (size == maxlen) takeLeft();
        addRight(x);
        state++;
    }

    public synchronized void appendLeft(PyObject x) {
        if (maxlen == 0) return;
        if (size == maxlen) takeRight();
        addLeft(x);
        state++;
    }

    /** The rightmost item, removed; null when empty. */
    public synchronized PyObject pop() {
        if (size == 0) return null;
        PyObject x = takeRight();
        shrinkIfSparse();
        state++;
        return x;
    }

    /** The leftmost item, removed; null when empty. */
    public synchronized PyObject popLeft() {
        if (size == 0) return null;
        PyObject x = takeLeft();
        shrinkIfSparse();
        state++;
        return x;
    }

    /** Appends every item of xs as one atomic step (a bounded deque keeps the last maxlen). */
    public synchronized void extend(PyObject[] xs) {
        for (PyObject x : xs) {
            if (maxlen == 0) break;
            if (size == maxlen) takeLeft();
            addRight(x);
        }
        state++;
    }

    public synchronized void extendLeft(PyObject[] xs) {
        for (PyObject x : xs) {
            if (maxlen == 0) break;
            if (size == maxlen) takeRight();
            addLeft(x);
        }
        state++;
    }

    public synchronized void clear() {
        buf = new PyObject[MIN_CAPACITY];
        head = size = 0;
        state++;
    }

    /** Replaces the contents and the bound (deque.__init__), keeping the last maxlen items. */
    public synchronized void reset(PyObject[] xs, int maxlen) {
        clear();
        this.maxlen = maxlen;
        extend(xs);
    }

    // ---------------------------------------------------------------- positions (atomic)

    /** Item i (0 <= i), or null when i is out of range. */
    public synchronized PyObject get(int i) { return i < size ? buf[slot(i)] : null; }

    /** Item i at structural state s, or null when the deque changed since s or i is past the end. */
    synchronized PyObject getIfState(int i, long s) { return state == s && i < size ? buf[slot(i)] : null; }

    /** Sets item i; false when i is out of range. */
    public synchronized boolean set(int i, PyObject x) {
        if (i < 0 || i >= size) return false;
        buf[slot(i)] = x;
        return true;
    }

    /** Normalises a Python index (negative counts from the end); -1 when out of range. */
    public synchronized int normalize(long i) {
        if (i < 0) i += size;
        return i < 0 || i >= size ? -1 : (int) i;
    }

    /** Removes item i; false when out of range. */
    public synchronized boolean delete(int i) {
        if (i < 0 || i >= size) return false;
        removeAt(i);
        return true;
    }

    /** Removes item i if the deque is still at state s and item i is x; false otherwise. */
    synchronized boolean deleteIfUnchanged(int i, long s, PyObject x) {
        if (state != s || i >= size || buf[slot(i)] != x) return false;
        removeAt(i);
        return true;
    }

    private void removeAt(int i) {
        // Shift the shorter side over the gap.
        if (i < size / 2) {
            for (int j = i; j > 0; j--) buf[slot(j)] = buf[slot(j - 1)];
            takeLeft();
        } else {
            for (int j = i; j < size - 1; j++) buf[slot(j)] = buf[slot(j + 1)];
            takeRight();
        }
        shrinkIfSparse();
        state++;
    }

    /** Inserts x before Python index i (clamped like list.insert); false when the deque is full. */
    public synchronized boolean insert(long i, PyObject x) {
        if (maxlen >= 0 && size >= maxlen) return false;
        if (i < 0) i = Math.max(0, i + size);
        int at = (int) Math.min(i, size);
        if (at >= size / 2) {
            addRight(null);
            for (int j = size - 1; j > at; j--) buf[slot(j)] = buf[slot(j - 1)];
        } else {
            addLeft(null);
            for (int j = 0; j < at; j++) buf[slot(j)] = buf[slot(j + 1)];
        }
        buf[slot(at)] = x;
        state++;
        return true;
    }

    public synchronized void rotate(long n) {
        if (size <= 1) return;
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) return;
        PyObject[] items = new PyObject[size];
        copyOut(items);
        PyObject[] nb = new PyObject[buf.length];
        System.arraycopy(items, size - k, nb, 0, k);
        System.arraycopy(items, 0, nb, k, size - k);
        buf = nb;
        head = 0;
        state++;
    }

    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            int a = slot(i), b = slot(j);
            PyObject t = buf[a];
            buf[a] = buf[b];
            buf[b] = t;
        }
        state++;
    }

    /** A snapshot of the items, left to right. */
    public synchronized PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        copyOut(out);
        return out;
    }

    /** A deque subclass instance: carries its Python class and instance __dict__. */
    public static final class Sub extends PyDeque {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type) { this.type = type; this.dict = type.instanceDict ? new PyDict() : null; }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }
}
