package regpy.cache;

import regpy.objects.*;
import regpy.runtime.Attr;

/**
 * Builds the {@link AttrEntry} for a receiver after a miss, deciding exactly as {@link Attr#getAttr}
 * and {@link Attr#loadMethod} decide, so that a hit returns what they would return.
 *
 * <p>Every version is read before the lookups it guards: if the type changes in between, the
 * entry carries the old version and never hits (PyType.modified() publishes the new version
 * only after its lookup memo is reset).
 */
final class AttrSpecializer {
    private AttrSpecializer() {}

    /** The entry for owner.name, or null when nothing is worth caching (a module lacking the name). */
    static AttrEntry specialize(PyObject owner, String name, boolean method) {
        PyType t = owner.type();
        int version = t.version();
        PyObject ga = t.lookup("__getattribute__");
        if (owner instanceof PySuper) return AttrEntry.slow(t, version);
        if (ga == Attr.OBJECT_GETATTRIBUTE) return forInstance(owner, name, t, version, method);
        if (ga == Attr.TYPE_GETATTRIBUTE && owner instanceof PyType ot) return forClass(ot, name, t, version);
        if (ga == Attr.MODULE_GETATTRIBUTE && owner instanceof PyModule m) return forModule(m, name, t, version);
        return AttrEntry.slow(t, version);
    }

    /** object.__getattribute__: data descriptors, else the instance dict, else the class attribute. */
    private static AttrEntry forInstance(PyObject owner, String name, PyType t, int version, boolean method) {
        PyObject descr = t.lookup(name);
        if (descr instanceof PyGetSetDescr) return AttrEntry.descriptor(AttrEntry.GETSET, t, version, descr);
        if (descr instanceof PyMemberDescr) return AttrEntry.descriptor(AttrEntry.SLOT, t, version, descr);
        if (descr instanceof PyProperty) return AttrEntry.descriptor(AttrEntry.PROPERTY, t, version, descr);
        int fallback;
        if (descr == null) fallback = AttrEntry.NONE;
        else if (Attr.isPlainMethod(descr)) fallback = method ? AttrEntry.METHOD : AttrEntry.BIND;
        else if (Attr.isMethodLike(descr)) fallback = AttrEntry.BIND;
        else if (descr instanceof PyInt || descr instanceof PyStr || isInertBuiltin(descr)) fallback = AttrEntry.PLAIN;
        else return AttrEntry.slow(t, version);   // a descriptor written in Python, or an instance of a mutable class
        PyDict d = owner.getDict();
        int index = d == null ? -1 : d.slotOfStr(name).index();
        return AttrEntry.instance(t, version, index, fallback, descr);
    }

    /** A class attribute whose (immutable, builtin) type has no __get__: returned as it is. */
    private static boolean isInertBuiltin(PyObject v) {
        PyType vt = v.type();
        return vt.isBuiltin() && vt.lookup("__get__") == null;
    }

    /** type.__getattribute__ on a class object: cached when no metatype attribute has the name. */
    private static AttrEntry forClass(PyType owner, String name, PyType meta, int metaVersion) {
        int ownerVersion = owner.version();
        if (meta.lookup(name) != null) return AttrEntry.slowOnType(meta, metaVersion, owner, ownerVersion);
        PyObject v = owner.lookup(name);
        if (v == null) return AttrEntry.slowOnType(meta, metaVersion, owner, ownerVersion);
        return AttrEntry.typeAttr(meta, metaVersion, owner, ownerVersion, v);
    }

    /** A module attribute: the index in the module dict, when no module-type attribute has the name. */
    private static AttrEntry forModule(PyModule m, String name, PyType t, int version) {
        if (t.lookup(name) != null) return AttrEntry.slow(t, version);
        PyDict.Slot slot = m.dict.slotOfStr(name);
        return slot.index() < 0 ? null : AttrEntry.module(t, version, m.dict, slot);
    }
}
