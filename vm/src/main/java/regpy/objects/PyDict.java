package regpy.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

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
 *
 * <h2>Lock-free reads for inline caches</h2>
 * Cache hits read without the monitor, in the manner of {@link java.util.concurrent.locks.StampedLock}'s
 * optimistic reads (a seqlock). Every <em>structural</em> change (a key added or removed, the
 * arrays grown, compacted or cleared: everything that can change which key an entry index holds)
 * runs between {@link #beginStructural} and {@link #endStructural}: keysVersion is odd while it
 * runs and even again, two higher, after it. A reader reads keysVersion (volatile: acquire), then
 * the arrays (racy plain reads, bounds-checked so a torn snapshot cannot fail), then an acquire
 * fence, then keysVersion again; equal even values mean no structural change overlapped the
 * reads, so the entry index still holds the key it held. Replacing the value of an existing key
 * is not structural: it is one release store of an array element ({@link #VALUES}), which a
 * reader sees entirely or not at all, and the release/acquire pair publishes the new value's
 * fields. Mutations still hold the monitor, so writers never overlap one another.
 *
 * <p>A type's own dict has a watcher ({@link #watch}): any mutation of it calls
 * {@link PyType#modified()}, so the type's version changes however the dict is mutated.
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1, DUMMY = -2;

    private int[] index = newIndex(8);
    private PyObject[] keys = new PyObject[5];
    private PyObject[] values = new PyObject[5];
    private long[] hashes = new long[5];
    private int used;   // entries in use, including deleted holes
    private int count;  // live entries
    /** Even when no structural change is in progress; see the class comment. */
    private volatile int keysVersion;
    /**
     * One bit per key hash ever inserted (bit {@code hash & 63}), never cleared: a key whose bit
     * is clear is certainly absent. Lets a LOAD_METHOD cache hit prove that the instance dict
     * does not shadow the method with one read. Written with release stores under the lock
     * before the insert completes; bits only accumulate, so a reader that sees the bit clear
     * ran before any insert of that key completed.
     */
    private volatile long keyBits;
    /** The type whose namespace this is, told of every mutation; null for other dicts. */
    private volatile PyType watcher;
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

    private static final VarHandle KEYS_VERSION, VALUES, KEY_BITS;
    static {
        try {
            KEYS_VERSION = MethodHandles.lookup().findVarHandle(PyDict.class, "keysVersion", int.class);
            VALUES = MethodHandles.arrayElementVarHandle(PyObject[].class);
            KEY_BITS = MethodHandles.lookup().findVarHandle(PyDict.class, "keyBits", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Caller holds the lock. Odd keysVersion: optimistic readers fail from here on. The
     *  volatile read-modify-write keeps the stores that follow from moving before it. */
    private void beginStructural() { KEYS_VERSION.getAndAdd(this, 1); }

    /** Caller holds the lock. keysVersion even again (a release store after the change). */
    private void endStructural() { keysVersion = keysVersion + 1; }

    /** Replaces the value of a live entry (not structural): a release store. Caller holds the lock. */
    private void storeValue(int e, PyObject value) { VALUES.setRelease(values, e, value); }

    /** Makes t's version change on every mutation of this dict (t's own namespace). */
    void watch(PyType t) { this.watcher = t; }

    /** Caller holds the lock; after the mutation is complete. */
    private void changed() {
        PyType t = watcher;
        if (t != null) t.modified();
    }
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

    // ---- optimistic (lock-free) reads for inline caches: see the class comment -----------------

    /** Where a str key lives now: its entry index (-1 if absent) and the keys version of that moment. */
    public record Slot(int index, int keysVersion) {}

    /** The entry index of the str key and the (even) keys version under which it holds. */
    public synchronized Slot slotOfStr(String key) {
        return new Slot(findStr(key, PyStr.hashOf(key)), keysVersion);
    }

    /**
     * Lock-free: the value of entry e if keysVersion is still {@code version} (an even value from
     * {@link #slotOfStr}), else null. The same key holds entry e for as long as the version holds.
     */
    public PyObject valueIfVersion(int e, int version) {
        if (keysVersion != version) return null;           // acquire: sees the arrays as of version
        PyObject[] vals = values;   // null only if this dict reached us through a racy publication
        PyObject v = vals != null && e < vals.length ? (PyObject) VALUES.getAcquire(vals, e) : null;
        VarHandle.acquireFence();                          // the reads above happen before the re-check
        return keysVersion == version ? v : null;
    }

    /**
     * Lock-free: the value of entry e if that entry's key is the str {@code key}, else null (also
     * null when a structural change overlapped the read; the caller then takes the locked path).
     * Keys are unique, so a matching key at e means e holds key's current value.
     */
    public PyObject valueIfKeyAt(int e, String key) {
        int version = keysVersion;
        if ((version & 1) != 0) return null;
        PyObject[] ks = keys, vals = values;
        if (ks == null || vals == null || e >= ks.length || e >= vals.length) return null;
        if (!(ks[e] instanceof PyStr k) || !(k.value == key || k.value.equals(key))) return null;
        PyObject v = (PyObject) VALUES.getAcquire(vals, e);
        VarHandle.acquireFence();
        return keysVersion == version ? v : null;
    }

    /** Lock-free: true when the str key (hash = {@link PyStr#hashOf}) is certainly absent; false: maybe present. */
    public boolean certainlyLacks(long hash) {
        return ((long) KEY_BITS.getAcquire(this) & (1L << hash)) == 0;
    }

    /** Answers of {@link #probeStrOptimistic}. */
    public static final int ABSENT = -1, UNKNOWN = -2;

    /**
     * Lock-free probe for a str key (hash = {@link PyStr#hashOf}): its entry index, {@link #ABSENT},
     * or {@link #UNKNOWN} when a structural change overlapped. Every array access is bounds-checked
     * and the walk is bounded, so a torn snapshot yields a wrong answer that validation rejects,
     * never an exception or an endless loop.
     */
    public int probeStrOptimistic(String key, long hash) {
        int version = keysVersion;
        if ((version & 1) != 0) return UNKNOWN;
        int[] idx = index;
        PyObject[] ks = keys;
        if (idx == null || ks == null) return UNKNOWN;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int result = UNKNOWN;
        for (int n = 0; n <= idx.length; n++) {
            int e = idx[i];
            if (e == EMPTY) { result = ABSENT; break; }
            if (e >= 0 && e < ks.length && ks[e] instanceof PyStr k && (k.value == key || k.value.equals(key))) {
                result = e;
                break;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        VarHandle.acquireFence();
        return keysVersion == version ? result : UNKNOWN;
    }

    // ---- mutation -----------------------------------------------------------------------------

    public void put(PyObject key, PyObject value) {
        long h = Abstract.hash(key);
        synchronized (this) { insert(key, h, value); }
    }

    public synchronized void putStr(String key, PyObject value) {
        long h = PyStr.hashOf(key);
        int e = findStr(key, h);
        if (e >= 0) { storeValue(e, value); mutations++; changed(); return; }
        insertNew(PyStr.of(key), h, value);
    }

    /** Inserts or replaces; returns the previous value or null. */
    private PyObject insert(PyObject key, long h, PyObject value) {
        int e = find(key, h);
        if (e >= 0) {
            PyObject old = values[e];
            storeValue(e, value);
            mutations++;
            changed();
            return old;
        }
        insertNew(key, h, value);
        return null;
    }

    private void insertNew(PyObject key, long h, PyObject value) {
        beginStructural();
        try {
            insertNewLocked(key, h, value);
        } finally {
            endStructural();
        }
        changed();
    }

    private void insertNewLocked(PyObject key, long h, PyObject value) {
        KEY_BITS.setRelease(this, (long) KEY_BITS.get(this) | (1L << h));
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
        beginStructural();
        PyObject old;
        try {
            old = removeEntryLocked(e);
        } finally {
            endStructural();
        }
        changed();
        return old;
    }

    private PyObject removeEntryLocked(int e) {
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

    public synchronized void clear() {
        beginStructural();
        try {
            clearLocked();
            mutations++;
        } finally {
            endStructural();
        }
        changed();
    }

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
