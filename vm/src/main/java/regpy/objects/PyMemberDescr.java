package regpy.objects;

import regpy.runtime.Errors;

/** A __slots__ entry: reads and writes one slot of a PyInstance. */
public final class PyMemberDescr extends PyObject {
    public final PyType objclass;
    public final String name;
    public final int index;

    public PyMemberDescr(PyType objclass, String name, int index) { this.objclass = objclass; this.name = name; this.index = index; }

    @Override public PyType type() { return Types.MEMBER_DESCRIPTOR; }

    /** Slot storage for instances whose layout is a builtin type (class L(list): __slots__ = ...). */
    private static final java.util.Map<PyObject, PyObject[]> SIDE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private PyObject[] slotsOf(PyObject obj) {
        if (obj instanceof PyInstance inst && inst.slots.length > index) return inst.slots;
        return SIDE.computeIfAbsent(obj, o -> new PyObject[Math.max(o.type().slotCount, index + 1)]);
    }

    public PyObject get(PyObject obj) {
        if (!obj.type().isSubtype(objclass))
            throw regpy.runtime.Errors.typeError("descriptor '" + name + "' for '" + objclass.getName() + "' objects doesn't apply to a '" + obj.type().getName() + "' object");
        PyObject v = slotsOf(obj)[index];
        if (v == null) throw Errors.attributeError("'" + objclass.getName() + "' object has no attribute '" + name + "'");
        return v;
    }

    public void set(PyObject obj, PyObject value) {
        PyObject[] slots = slotsOf(obj);
        if (value == null && slots[index] == null)
            throw Errors.attributeError("'" + objclass.getName() + "' object has no attribute '" + name + "'");
        slots[index] = value;
    }
}
