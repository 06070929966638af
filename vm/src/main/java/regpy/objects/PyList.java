package regpy.objects;

import java.util.Arrays;

/**
 * list: a growable array. Every method holds this object's monitor, so single operations
 * (append, pop, item assignment, extend with a snapshot) are atomic under free threading.
 */
public class PyList extends PyObject {
    private PyObject[] items;
    private int size;

    public PyList() { items = new PyObject[4]; }
    /** Takes ownership of the array. */
    public PyList(PyObject[] items) { this.items = items; this.size = items.length; }

    @Override public PyType type() { return Types.LIST; }

    public synchronized int size() { return size; }

    public synchronized PyObject get(int i) { return i < size ? items[i] : null; }

    public synchronized void set(int i, PyObject v) { items[i] = v; }

    public synchronized void append(PyObject v) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        items[size++] = v;
    }

    public synchronized void extend(PyObject[] vs) {
        ensure(size + vs.length);
        System.arraycopy(vs, 0, items, size, vs.length);
        size += vs.length;
    }

    private void ensure(int n) {
        if (n > items.length) items = Arrays.copyOf(items, Math.max(n, items.length + (items.length >> 1)));
    }

    public synchronized void insert(int i, PyObject v) {
        if (i < 0) i = Math.max(0, i + size);
        if (i > size) i = size;
        ensure(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    /** Removes and returns item i (already normalised and checked). */
    public synchronized PyObject removeAt(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** Removes item i if it is still {@code expected} (identity): list.remove after comparing outside the monitor. */
    public synchronized boolean removeIfAt(int i, PyObject expected) {
        if (i >= size || items[i] != expected) return false;
        removeAt(i);
        return true;
    }

    /** Atomic pop at a Python index (negative counts from the end); null when out of range. */
    public synchronized PyObject pop(long i) {
        if (i < 0) i += size;
        if (i < 0 || i >= size) return null;
        return removeAt((int) i);
    }

    /** A snapshot of the items. */
    public synchronized PyObject[] toArray() { return Arrays.copyOf(items, size); }

    /** Replaces the whole contents. */
    public synchronized void setAll(PyObject[] vs) {
        items = vs.length == 0 ? new PyObject[4] : vs;
        size = vs.length;
    }

    /** Replaces items [lo, hi) with vs. */
    public synchronized void replace(int lo, int hi, PyObject[] vs) {
        int newSize = size - (hi - lo) + vs.length;
        PyObject[] out = new PyObject[Math.max(4, newSize)];
        System.arraycopy(items, 0, out, 0, lo);
        System.arraycopy(vs, 0, out, lo, vs.length);
        System.arraycopy(items, hi, out, lo + vs.length, size - hi);
        items = out;
        size = newSize;
    }

    public synchronized void clear() { items = new PyObject[4]; size = 0; }

    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) { PyObject t = items[i]; items[i] = items[j]; items[j] = t; }
    }

    public static final class Sub extends PyList {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type) { this.type = type; this.dict = type.instanceDict ? new PyDict() : null; }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }
}
