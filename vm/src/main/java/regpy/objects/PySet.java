package regpy.objects;

import regpy.runtime.Abstract;

/**
 * set and frozenset: open addressing with CPython's probe sequence (a few linear probes, then
 * perturbation) and growth policy, so iteration order of small ints matches CPython's.
 * Operations hold the monitor (atomic set.add under free threading), except while a colliding
 * key's {@code __eq__} runs (see {@link #lookup}).
 */
public class PySet extends PyObject {
    private static final PyObject DUMMY = new PyInstance(null);
    private static final int LINEAR_PROBES = 9;

    private PyObject[] keys = new PyObject[8];
    private long[] hashes = new long[8];
    private int fill, used;
    private int mutations;
    private final boolean frozen;
    private long frozenHash = -1;

    public PySet(boolean frozen) { this.frozen = frozen; }

    @Override public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }
    public boolean isFrozen() { return frozen; }
    public synchronized int size() { return used; }
    public synchronized int mutations() { return mutations; }

    public long cachedHash() { return frozenHash; }
    public void cacheHash(long h) { frozenHash = h; }

    /** {@link #probe} found no key equal to the one sought. */
    private static final int ABSENT = -1;

    /**
     * Looks key up without running Python code (the caller holds the monitor). Returns the slot
     * holding key (identity, equal str, or {@code knownEqual}), {@link #ABSENT}, or {@code -2 - slot}
     * when the key in that slot has key's hash and must be compared with {@code ==}, which may run
     * Python code and so is done outside the monitor ({@link #lookup}). Keys in {@code unequal}
     * were compared already and are skipped.
     */
    private int probe(PyObject key, long hash, PyObject knownEqual, java.util.List<PyObject> unequal) {
        PyObject[] t = keys;
        int mask = t.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            for (int j = 0; j <= (i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0); j++) {
                PyObject k = t[i + j];
                if (k == null) return ABSENT;
                if (k == key || k == knownEqual) return i + j;
                if (k != DUMMY && hashes[i + j] == hash) {
                    if (k instanceof PyStr a && key instanceof PyStr b) {
                        if (a.value.equals(b.value)) return i + j;
                    } else if (!containsIdentity(unequal, k)) {
                        return -2 - (i + j);
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private static boolean containsIdentity(java.util.List<PyObject> list, PyObject o) {
        if (list != null) for (PyObject x : list) if (x == o) return true;
        return false;
    }

    /** What a set operation does once the lookup of its key is settled (called holding the monitor). */
    private interface Settled<R> {
        /** @param slot the slot of the equal key, or {@link #ABSENT} */
        R apply(int slot);
    }

    /**
     * Finds key, comparing colliding keys with {@code ==} outside the monitor (an {@code __eq__}
     * may wait for another thread that uses this set; under CPython's GIL it could run), then
     * applies {@code then} holding the monitor to a lookup that is still valid: the set did not
     * change between the comparison and the action, or the lookup starts again.
     */
    private <R> R lookup(PyObject key, long hash, Settled<R> then) {
        PyObject equal = null;
        java.util.List<PyObject> unequal = null;
        while (true) {
            PyObject candidate;
            int seen;
            synchronized (this) {
                int r = probe(key, hash, equal, unequal);
                if (r >= ABSENT) return then.apply(r);
                candidate = keys[-2 - r];
                seen = mutations;
            }
            boolean eq = Abstract.richEqBool(candidate, key);
            synchronized (this) {
                if (eq) equal = candidate;
                else (unequal == null ? unequal = new java.util.ArrayList<>(2) : unequal).add(candidate);
                if (mutations != seen) continue;   // changed meanwhile: look again (known answers kept)
                int r = probe(key, hash, equal, unequal);
                if (r >= ABSENT) return then.apply(r);
            }
        }
    }

    // Each operation first probes holding the monitor; only a colliding key that needs == takes
    // the slower lookup (the common case allocates nothing).

    public boolean contains(PyObject key) {
        long h = Abstract.hash(key);
        synchronized (this) {
            int r = probe(key, h, null, null);
            if (r >= ABSENT) return r >= 0;
        }
        return lookup(key, h, slot -> slot >= 0);
    }

    /** Adds key; returns true when it was not present. */
    public boolean add(PyObject key) {
        long h = Abstract.hash(key);
        synchronized (this) {
            int r = probe(key, h, null, null);
            if (r >= ABSENT) return addAt(r, key, h);
        }
        return lookup(key, h, slot -> addAt(slot, key, h));
    }

    private boolean addAt(int slot, PyObject key, long h) {
        if (slot >= 0) return false;
        insertClean(keys, hashes, key, h);
        used++;
        fill++;
        mutations++;
        if (fill * 5 >= (keys.length - 1) * 3) resize(used > 50000 ? used * 2 : used * 4);
        return true;
    }

    /** Inserts into the first free slot of key's probe sequence (no equality checks). */
    private void insertClean(PyObject[] t, long[] hs, PyObject key, long hash) {
        int mask = t.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int lim = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = 0; j <= lim; j++) {
                if (t[i + j] == null || (t == keys && t[i + j] == DUMMY)) {
                    if (t[i + j] == DUMMY) fill--;
                    t[i + j] = key;
                    hs[i + j] = hash;
                    return;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int n = 8;
        while (n <= minUsed) n <<= 1;
        PyObject[] old = keys;
        long[] oldH = hashes;
        PyObject[] nk = new PyObject[n];
        long[] nh = new long[n];
        for (int i = 0; i < old.length; i++)
            if (old[i] != null && old[i] != DUMMY) insertClean(nk, nh, old[i], oldH[i]);
        keys = nk;
        hashes = nh;
        fill = used;
    }

    public boolean remove(PyObject key) {
        long h = Abstract.hash(key);
        synchronized (this) {
            int r = probe(key, h, null, null);
            if (r >= ABSENT) return removeAt(r);
        }
        return lookup(key, h, this::removeAt);
    }

    private boolean removeAt(int slot) {
        if (slot < 0) return false;
        keys[slot] = DUMMY;
        used--;
        mutations++;
        return true;
    }

    public synchronized PyObject pop() {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                PyObject k = keys[i];
                keys[i] = DUMMY;
                used--;
                mutations++;
                return k;
            }
        }
        return null;
    }

    public synchronized void clear() {
        keys = new PyObject[8];
        hashes = new long[8];
        fill = used = 0;
        mutations++;
    }

    /** Snapshot in iteration order. */
    public synchronized PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (PyObject k : keys) if (k != null && k != DUMMY) out[j++] = k;
        return out;
    }

    /** Position-based iteration: next slot at or after pos holding a key, or -1. */
    public synchronized int next(int pos) {
        for (int i = pos; i < keys.length; i++) if (keys[i] != null && keys[i] != DUMMY) return i;
        return -1;
    }

    public synchronized PyObject keyAt(int i) { return i < keys.length ? keys[i] : null; }

    public static final class Sub extends PySet {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type, boolean frozen) { super(frozen); this.type = type; this.dict = type.instanceDict ? new PyDict() : null; }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }
}
