package regpy.cache;

import regpy.objects.*;
import regpy.runtime.Attr;
import regpy.runtime.Calls;

/**
 * One guarded fact about an attribute name: for receivers of one type in one version (or one type
 * object, or one module dict), how {@code owner.name} is produced without the generic lookup.
 * The kinds mirror CPython 3.13's LOAD_ATTR specialisations:
 *
 * <pre>
 *   INSTANCE   instance dict entry at a cached index (LOAD_ATTR_WITH_HINT); if the dict lacks the
 *              name, the class attribute: a method (LOAD_ATTR_METHOD_*: unbound, self apart),
 *              a bound function or classmethod, or a plain value (LOAD_ATTR_NONDESCRIPTOR_*)
 *   GETSET     a builtin data descriptor (getset)
 *   SLOT       a __slots__ member (LOAD_ATTR_SLOT)
 *   PROPERTY   a property: fget(owner) (LOAD_ATTR_PROPERTY)
 *   TYPE_ATTR  an attribute of a class object, read through the class (LOAD_ATTR_CLASS)
 *   MODULE     a module dict entry, guarded by the dict's keys version (LOAD_ATTR_MODULE)
 *   SLOW       the generic lookup must run (overridden __getattribute__, super, a data
 *              descriptor written in Python, a missing attribute): cached so the site stops
 *              re-examining the type
 * </pre>
 *
 * Guard: {@code owner.type() == type && type.version() == version} (type versions change with the
 * type or any base, and are unique across types), plus for TYPE_ATTR the class object itself and
 * its version, and for MODULE the dict and its keys version. Everything an entry decided from the
 * type (which descriptor, whether it is data or not) is covered by the version; everything
 * decided from the instance (its dict) is re-read at each hit.
 */
final class AttrEntry implements CacheEntry {
    static final int SLOW = 0, INSTANCE = 1, GETSET = 2, SLOT = 3, PROPERTY = 4, TYPE_ATTR = 5, MODULE = 6;
    /** INSTANCE: what a name absent from the instance dict resolves to. */
    static final int NONE = 0, PLAIN = 1, BIND = 2, METHOD = 3;

    final int kind, fallback;
    final PyType type;
    final int version;
    /** TYPE_ATTR, and SLOW on a class object: the class object and its version. */
    final PyType ownerType;
    final int ownerVersion;
    /** The descriptor or class attribute (INSTANCE fallback, GETSET, SLOT, PROPERTY, TYPE_ATTR). */
    final PyObject descr;
    /** INSTANCE: the expected instance dict index (-1: none expected); MODULE: the entry index. */
    final int index;
    /** MODULE: the module's dict and its keys version. */
    final PyDict dict;
    final int keysVersion;

    private AttrEntry(int kind, int fallback, PyType type, int version, PyType ownerType, int ownerVersion,
                      PyObject descr, int index, PyDict dict, int keysVersion) {
        this.kind = kind;
        this.fallback = fallback;
        this.type = type;
        this.version = version;
        this.ownerType = ownerType;
        this.ownerVersion = ownerVersion;
        this.descr = descr;
        this.index = index;
        this.dict = dict;
        this.keysVersion = keysVersion;
    }

    static AttrEntry slow(PyType t, int version) { return new AttrEntry(SLOW, NONE, t, version, null, 0, null, -1, null, 0); }
    static AttrEntry slowOnType(PyType meta, int metaVersion, PyType owner, int ownerVersion) {
        return new AttrEntry(SLOW, NONE, meta, metaVersion, owner, ownerVersion, null, -1, null, 0);
    }
    static AttrEntry instance(PyType t, int version, int index, int fallback, PyObject descr) {
        return new AttrEntry(INSTANCE, fallback, t, version, null, 0, descr, index, null, 0);
    }
    static AttrEntry descriptor(int kind, PyType t, int version, PyObject descr) {
        return new AttrEntry(kind, NONE, t, version, null, 0, descr, -1, null, 0);
    }
    static AttrEntry typeAttr(PyType meta, int metaVersion, PyType owner, int ownerVersion, PyObject value) {
        return new AttrEntry(TYPE_ATTR, NONE, meta, metaVersion, owner, ownerVersion, value, -1, null, 0);
    }
    static AttrEntry module(PyType t, int version, PyDict dict, PyDict.Slot slot) {
        return new AttrEntry(MODULE, NONE, t, version, null, 0, null, slot.index(), dict, slot.keysVersion());
    }

    /** Same receiver type, same class object (or none), same module dict (or none). */
    @Override public boolean sameKey(CacheEntry other) {
        return other instanceof AttrEntry a && a.type == type && a.ownerType == ownerType && a.dict == dict;
    }

    /** t is owner.type(), read once by the site for all its entries. */
    private boolean guard(PyObject owner, PyType t) {
        if (t != type || t.version() != version) return false;
        return ownerType == null || (owner == ownerType && ownerType.version() == ownerVersion);
    }

    /** Returned by {@link #dictValue} when the instance dict does not hold the name. */
    private static final PyObject ABSENT = new PyInstance(null);

    /** The instance dict's value for the name, ABSENT, or null when this entry's index is stale
     *  (the name sits elsewhere in the dict) or a concurrent change overlapped the read. */
    private PyObject dictValue(PyObject owner, AttrCache site) {
        PyDict d = owner.getDict();
        if (d == null) return ABSENT;
        if (index >= 0) {
            PyObject v = d.valueIfKeyAt(index, site.name);
            if (v != null) return v;
        }
        return lacks(d, site) ? ABSENT : null;
    }

    /** Whether the dict does not hold the name: its key bits first, else a lock-free probe. */
    private static boolean lacks(PyDict d, AttrCache site) {
        return d.certainlyLacks(site.nameHash) || d.probeStrOptimistic(site.name, site.nameHash) == PyDict.ABSENT;
    }

    /**
     * owner.name if the guards hold, else null (the caller then misses and re-specialises).
     * The common hit, an instance dict entry at the cached index, is kept small so that it
     * inlines into the engine; the other kinds are in {@link #loadOther}.
     */
    PyObject load(PyObject owner, PyType t, AttrCache site) {
        if (!guard(owner, t)) return null;
        if (kind == INSTANCE && index >= 0) {
            PyDict d = owner.getDict();
            PyObject v = d == null ? null : d.valueIfKeyAt(index, site.name);
            if (v != null) {
                CacheStats.hit(site.kind);
                return v;
            }
        }
        return loadOther(owner, site);
    }

    private PyObject loadOther(PyObject owner, AttrCache site) {
        switch (kind) {
            case INSTANCE -> {
                PyObject v = dictValue(owner, site);
                if (v == null) return null;
                if (v == ABSENT) {
                    if (fallback == NONE) return site.slowLoad(owner);
                    v = fallback == PLAIN ? descr : Attr.descrGet(descr, owner, type);
                }
                CacheStats.hit(site.kind);
                return v;
            }
            case MODULE -> {
                PyObject v = moduleValue(owner);
                if (v != null) CacheStats.hit(site.kind);
                return v;
            }
            case GETSET, SLOT, PROPERTY, TYPE_ATTR -> {
                // counted before the call: a getter may run Python code that loads attributes itself
                CacheStats.hit(site.kind);
                return descriptorValue(owner);
            }
            default -> { return site.slowLoad(owner); }
        }
    }

    /** The method-call form: (method, self) or (value, null) in selfOut, as Attr.loadMethod. Null on a failed guard. */
    PyObject loadMethod(PyObject owner, PyType t, AttrCache site, PyObject[] selfOut) {
        if (!guard(owner, t)) return null;
        if (fallback == METHOD) {   // the common hit: a method, not shadowed by the instance dict
            PyDict d = owner.getDict();
            if (d == null || lacks(d, site)) {
                CacheStats.hit(site.kind);
                selfOut[0] = owner;
                return descr;
            }
        }
        return loadMethodOther(owner, site, selfOut);
    }

    private PyObject loadMethodOther(PyObject owner, AttrCache site, PyObject[] selfOut) {
        if (kind == INSTANCE) {
            PyObject v = dictValue(owner, site);
            if (v == null) return null;
            if (v == ABSENT) {
                if (fallback == NONE) return site.slowLoadMethod(owner, selfOut);
                if (fallback == METHOD) {
                    CacheStats.hit(site.kind);
                    selfOut[0] = owner;
                    return descr;
                }
                v = fallback == PLAIN ? descr : Attr.descrGet(descr, owner, type);
            }
            CacheStats.hit(site.kind);
            selfOut[0] = null;
            return v;
        }
        if (kind == SLOW) return site.slowLoadMethod(owner, selfOut);
        PyObject v;
        if (kind == MODULE) {
            v = moduleValue(owner);
            if (v == null) return null;
            CacheStats.hit(site.kind);
        } else {
            CacheStats.hit(site.kind);
            v = descriptorValue(owner);
        }
        selfOut[0] = null;
        return v;
    }

    /** MODULE: the dict entry while the module dict's keys are unchanged, else null. */
    private PyObject moduleValue(PyObject owner) {
        return owner instanceof PyModule m && m.dict == dict ? dict.valueIfVersion(index, keysVersion) : null;
    }

    /** GETSET, SLOT, PROPERTY, TYPE_ATTR: the value, guard already checked. */
    private PyObject descriptorValue(PyObject owner) {
        return switch (kind) {
            case GETSET -> ((PyGetSetDescr) descr).get(owner);
            case SLOT -> {
                PyMemberDescr md = (PyMemberDescr) descr;
                PyObject v = owner instanceof PyInstance inst && md.index < inst.slots.length ? inst.slots[md.index] : null;
                yield v != null ? v : md.get(owner);   // md.get raises the AttributeError of an empty slot
            }
            case PROPERTY -> {
                PyProperty p = (PyProperty) descr;   // fget read now: property.__init__ may run again
                PyObject f = p.fget;
                yield f == null || f == PySingleton.NONE ? Attr.propertyGet(p, owner) : Calls.call(f, owner);
            }
            case TYPE_ATTR -> Attr.typeAttrValue(descr, ownerType);
            default -> throw new IllegalStateException("kind " + kind);
        };
    }
}
