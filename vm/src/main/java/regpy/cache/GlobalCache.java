package regpy.cache;

import regpy.objects.PyDict;
import regpy.objects.PyObject;
import regpy.runtime.Errors;

/**
 * The inline cache of one LOAD_GLOBAL instruction, with CPython 3.13's guards: an entry holds the
 * entry index of the name in the globals dict, guarded by that dict's keys version
 * (LOAD_GLOBAL_MODULE), or the index in the builtins dict, guarded by the keys versions of both
 * (LOAD_GLOBAL_BUILTIN: globals lacking the name is part of what is cached).
 *
 * <p>The index is cached, not the value: rebinding a global replaces the value in place without
 * changing the keys version, and a hit reads the current value (PyDict.valueIfVersion, lock-free).
 * Adding or deleting any key changes the version, so a deleted global, or a new global shadowing a
 * builtin, fails the guard. Entries are keyed by the globals dict (one code object may run with
 * several, e.g. exec(code, d)), so a site is polymorphic only across globals dicts.
 */
public final class GlobalCache extends CacheSite {
    public final String name;

    GlobalCache(String name) {
        super(CacheStats.Kind.GLOBAL);
        this.name = name;
    }

    /** An index into globals (builtins null), or into builtins while globals lacks the name. */
    record Entry(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, int index)
            implements CacheEntry {
        @Override public boolean sameKey(CacheEntry other) { return other instanceof Entry e && e.globals == globals; }

        /** The value if the guards hold, else null. Lock-free: see PyDict's class comment. */
        PyObject load(PyDict g, PyDict b) {
            if (g != globals) return null;
            if (builtins == null) return g.valueIfVersion(index, globalsVersion);
            if (b != builtins || g.keysVersion() != globalsVersion) return null;
            PyObject v = b.valueIfVersion(index, builtinsVersion);
            // globals still lacks the name after the builtins read: v is the answer at that moment
            return g.keysVersion() == globalsVersion ? v : null;
        }
    }

    @Override CacheEntry[] newEntries(int n) { return new Entry[n]; }

    /** globals[name], else builtins[name], else NameError: exactly the reference interpreter's LOAD_GLOBAL. */
    public PyObject load(PyDict globals, PyDict builtins) {
        if (!InlineCaches.enabled) return loadUncached(globals, builtins, name);
        Object s = state;
        if (s instanceof Entry e) {
            PyObject v = e.load(globals, builtins);
            if (v != null) { CacheStats.hit(kind); return v; }
        } else if (s instanceof Entry[] es) {
            for (Entry e : es) {
                PyObject v = e.load(globals, builtins);
                if (v != null) { CacheStats.hit(kind); return v; }
            }
        }
        return miss(s, globals, builtins);
    }

    private PyObject miss(Object s, PyDict globals, PyDict builtins) {
        CacheStats.miss(kind);
        if (s != MEGAMORPHIC) {
            Entry e = specialize(globals, builtins);
            if (e != null) {
                install(e);
                PyObject v = e.load(globals, builtins);
                if (v != null) return v;
            }
        }
        return loadUncached(globals, builtins, name);
    }

    /** A fresh entry for the dicts as they are now, or null when the name is in neither. */
    private Entry specialize(PyDict globals, PyDict builtins) {
        PyDict.Slot g = globals.slotOfStr(name);
        if (g.index() >= 0) return new Entry(globals, g.keysVersion(), null, 0, g.index());
        PyDict.Slot b = builtins.slotOfStr(name);
        if (b.index() >= 0) return new Entry(globals, g.keysVersion(), builtins, b.keysVersion(), b.index());
        return null;
    }

    static PyObject loadUncached(PyDict globals, PyDict builtins, String name) {
        PyObject v = globals.getStr(name);
        if (v == null) {
            v = builtins.getStr(name);
            if (v == null) throw Errors.nameError(name);
        }
        return v;
    }
}
