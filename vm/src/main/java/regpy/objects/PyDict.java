package regpy.objects;

import regpy.runtime.Abstract;

/**
 * dict: an insertion-ordered hash table in CPython's compact layout (a sparse index array
 * into dense entry arrays), so iteration follows insertion order and deletion leaves a hole.
 *
 * <p>Thread safety: every operation holds this object's monitor, so single operations are
 * atomic (issue 7). Keys' __hash__ and __eq__ may run Python code while the lock is held; the
 * lock is reentrant, and a lookup restarts if that code resized the table.
 *
 * <p>{@link #keysVersion()} changes whenever a key is added or removed (not when a value is
 * replaced): inline caches of LOAD_GLOBAL guard on it (issue 6).
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1, DUMMY = -2;

    private int[] index = newIndex(8);
    private PyObject[] keys = new PyObject[5];
    private PyObject[] values = new PyObject[5];
    private long[] hashes = new long[5];
    private int used;   // entries in use, including deleted holes
    private int count;  // live entries
    private volatile int keysVersion;
    /** Bumped on every mutation; iterators use it to detect concurrent change. */
    private int mutations;

    public PyDict() {}

    @Override public PyType type() { return Types.DICT; }

    /** An instance of a dict subclass. */
    public static final class Sub extends PyDict {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type) { this.type = type; this.dict = type.instanceDict ? new PyDict() : null; }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }

    private static int[] newIndex(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, EMPTY);
        return a;
    }

    public int keysVersion() { return keysVersion; }
    public synchronized int mutations() { return mutations; }
    public synchronized int size() { return count; }

    // ---- lookup -------------------------------------------------------------------------------

    /** Index of the entry holding key, or -1. Caller holds the lock. */
    private int find(PyObject key, long hash) { return probe(key, null, hash); }

    /** Index of the entry whose key is the str with this value, or -1; never calls Python. */
    private int findStr(String key, long hash) { return probe(null, key, hash); }

    /**
     * The one probe loop behind both lookups: by object (key, falling back to __eq__ for
     * keys that are not both str) or by Java string (str, comparing str keys only).
     */
    private int probe(PyObject key, String str, long hash) {
        while (true) {
            int[] idx = index;
            int mask = idx.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            probing:
            while (true) {
                int e = idx[i];
                if (e == EMPTY) return -1;
                if (e >= 0) {
                    PyObject k = keys[e];
                    if (k != null && (k == key || hashes[e] == hash)) {
                        if (k == key) return e;
                        String ks = k instanceof PyStr s ? s.value : null;
                        if (str != null) {
                            if (str.equals(ks)) return e;
                        } else if (ks != null && key instanceof PyStr kstr) {
                            if (ks.equals(kstr.value)) return e;
                        } else {
                            int m = mutations;
                            boolean eq = Abstract.richEqBool(k, key);
                            if (idx != index || m != mutations) break probing; // table changed under us: restart
                            if (eq) return e;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    public PyObject get(PyObject key) {
        long h = Abstract.hash(key);
        synchronized (this) {
            int e = find(key, h);
            return e < 0 ? null : values[e];
        }
    }

    public synchronized PyObject getStr(String key) {
        int e = findStr(key, PyStr.hashOf(key));
        return e < 0 ? null : values[e];
    }

    public boolean containsKey(PyObject key) { return get(key) != null; }

    // ---- mutation -----------------------------------------------------------------------------

    public void put(PyObject key, PyObject value) {
        long h = Abstract.hash(key);
        synchronized (this) { insert(key, h, value); }
    }

    public synchronized void putStr(String key, PyObject value) {
        long h = PyStr.hashOf(key);
        int e = findStr(key, h);
        if (e >= 0) { values[e] = value; mutations++; return; }
        insertNew(PyStr.of(key), h, value);
    }

    /** Inserts or replaces; returns the previous value or null. */
    private PyObject insert(PyObject key, long h, PyObject value) {
        int e = find(key, h);
        if (e >= 0) {
            PyObject old = values[e];
            values[e] = value;
            mutations++;
            return old;
        }
        insertNew(key, h, value);
        return null;
    }

    private void insertNew(PyObject key, long h, PyObject value) {
        if (used == keys.length) grow();
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = used;
        keys[used] = key;
        values[used] = value;
        hashes[used] = h;
        used++;
        count++;
        mutations++;
        keysVersion++;
        if (used * 3 >= idx.length * 2) rebuildIndex(idx.length * 2);
    }

    private void grow() {
        if (count < used * 3 / 4 && used > 8) { compact(); return; }
        int n = Math.max(8, keys.length * 2);
        keys = java.util.Arrays.copyOf(keys, n);
        values = java.util.Arrays.copyOf(values, n);
        hashes = java.util.Arrays.copyOf(hashes, n);
    }

    /** Removes holes left by deletions. */
    private void compact() {
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) { keys[j] = keys[i]; values[j] = values[i]; hashes[j] = hashes[i]; j++; }
        }
        for (int i = j; i < used; i++) { keys[i] = null; values[i] = null; }
        used = j;
        rebuildIndex(index.length);
    }

    private void rebuildIndex(int size) {
        while (size * 2 < count * 3) size *= 2;
        int[] idx = newIndex(size);
        int mask = size - 1;
        for (int e = 0; e < used; e++) {
            if (keys[e] == null) continue;
            long h = hashes[e], perturb = h;
            int i = (int) (h & mask);
            while (idx[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            idx[i] = e;
        }
        index = idx;
    }

    /** Removes key; returns its value or null if absent. */
    public PyObject remove(PyObject key) {
        long h = Abstract.hash(key);
        synchronized (this) { return removeEntry(find(key, h)); }
    }

    public synchronized PyObject removeStr(String key) {
        return removeEntry(findStr(key, PyStr.hashOf(key)));
    }

    private PyObject removeEntry(int e) {
        if (e < 0) return null;
        PyObject old = values[e];
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = hashes[e];
        int i = (int) (hashes[e] & mask);
        while (idx[i] != e) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = DUMMY;
        keys[e] = null;
        values[e] = null;
        count--;
        mutations++;
        keysVersion++;
        if (count == 0) clearLocked();
        return old;
    }

    /** setdefault: atomic get-or-insert. */
    public PyObject setDefault(PyObject key, PyObject dflt) {
        long h = Abstract.hash(key);
        synchronized (this) {
            int e = find(key, h);
            if (e >= 0) return values[e];
            insertNew(key, h, dflt);
            return dflt;
        }
    }

    public synchronized void clear() { clearLocked(); mutations++; keysVersion++; }

    private void clearLocked() {
        index = newIndex(8);
        keys = new PyObject[5];
        values = new PyObject[5];
        hashes = new long[5];
        used = 0;
        count = 0;
    }

    /** popitem(): removes and returns the last entry as {key, value}, or null when empty. */
    public synchronized PyObject[] popLast() {
        for (int e = used - 1; e >= 0; e--) {
            if (keys[e] != null) {
                PyObject k = keys[e], v = values[e];
                removeEntry(e);
                return new PyObject[] {k, v};
            }
        }
        return null;
    }

    // ---- ordered access (iteration) ----------------------------------------------------------

    /** The next live entry position at or after pos, or -1. Pair with keyAt/valueAt. */
    public synchronized int next(int pos) {
        for (int e = pos; e < used; e++) if (keys[e] != null) return e;
        return -1;
    }

    public synchronized PyObject keyAt(int e) { return e < used ? keys[e] : null; }
    public synchronized PyObject valueAt(int e) { return e < used ? values[e] : null; }

    /** Snapshot of the live keys, in order. */
    public synchronized PyObject[] keysArray() {
        PyObject[] out = new PyObject[count];
        int j = 0;
        for (int e = 0; e < used; e++) if (keys[e] != null) out[j++] = keys[e];
        return out;
    }

    public synchronized PyObject[] valuesArray() {
        PyObject[] out = new PyObject[count];
        int j = 0;
        for (int e = 0; e < used; e++) if (keys[e] != null) out[j++] = values[e];
        return out;
    }

    /** Snapshot of items as alternating key, value. */
    public synchronized PyObject[] itemsArray() {
        PyObject[] out = new PyObject[count * 2];
        int j = 0;
        for (int e = 0; e < used; e++) if (keys[e] != null) { out[j++] = keys[e]; out[j++] = values[e]; }
        return out;
    }

    public void putAll(PyDict other) {
        PyObject[] items = other.itemsArray();
        for (int i = 0; i < items.length; i += 2) put(items[i], items[i + 1]);
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.putAll(this);
        return d;
    }
}
