package regpy.cache;

import regpy.objects.*;
import regpy.runtime.Attr;

/**
 * The inline cache of one LOAD_ATTR or LOAD_METHOD instruction: up to four {@link AttrEntry}s
 * (one per receiver type, class object or module), then megamorphic. {@link #load} is exactly
 * {@link Attr#getAttr} and {@link #loadMethod} exactly {@link Attr#loadMethod}; a hit skips the
 * __getattribute__ lookup, the MRO walk and the dict's monitor.
 */
public final class AttrCache extends CacheSite {
    public final String name;
    /** PyStr.hashOf(name), for lock-free probes of instance dicts. */
    final long nameHash;

    AttrCache(String name, CacheStats.Kind kind) {
        super(kind);
        this.name = name;
        this.nameHash = PyStr.hashOf(name);
    }

    @Override CacheEntry[] newEntries(int n) { return new AttrEntry[n]; }

    /** owner.name: exactly {@link Attr#getAttr}. */
    public PyObject load(PyObject owner) {
        if (!InlineCaches.enabled) return Attr.getAttr(owner, name);
        Object s = state;
        if (s instanceof AttrEntry e) {
            PyObject v = e.load(owner, owner.type(), this);
            if (v != null) return v;
        } else if (s instanceof AttrEntry[] es) {
            PyType t = owner.type();
            for (AttrEntry e : es) {
                if (e.type != t) continue;   // the first guard test, here so that other types' entries cost one compare
                PyObject v = e.load(owner, t, this);
                if (v != null) return v;
            }
        }
        if (s != MEGAMORPHIC) respecialize(owner);
        return slowLoad(owner);
    }

    /** The method-call form: exactly {@link Attr#loadMethod} (selfOut[0] := self or null). */
    public PyObject loadMethod(PyObject owner, PyObject[] selfOut) {
        if (!InlineCaches.enabled) return Attr.loadMethod(owner, name, selfOut);
        Object s = state;
        if (s instanceof AttrEntry e) {
            PyObject v = e.loadMethod(owner, owner.type(), this, selfOut);
            if (v != null) return v;
        } else if (s instanceof AttrEntry[] es) {
            PyType t = owner.type();
            for (AttrEntry e : es) {
                if (e.type != t) continue;
                PyObject v = e.loadMethod(owner, t, this, selfOut);
                if (v != null) return v;
            }
        }
        if (s != MEGAMORPHIC) respecialize(owner);
        return slowLoadMethod(owner, selfOut);
    }

    private void respecialize(PyObject owner) {
        AttrEntry e = AttrSpecializer.specialize(owner, name, kind == CacheStats.Kind.METHOD);
        if (e != null) install(e);
    }

    /** The generic lookup, counted as a miss. */
    PyObject slowLoad(PyObject owner) {
        CacheStats.miss(kind);
        return Attr.getAttr(owner, name);
    }

    PyObject slowLoadMethod(PyObject owner, PyObject[] selfOut) {
        CacheStats.miss(kind);
        return Attr.loadMethod(owner, name, selfOut);
    }
}
