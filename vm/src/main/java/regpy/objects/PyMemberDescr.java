package regpy.objects;

import regpy.runtime.Errors;

/** A __slots__ entry: reads and writes one slot of a PyInstance. */
public final class PyMemberDescr extends PyObject {
    public final PyType objclass;
    public final String name;
    public final int index;

    public PyMemberDescr(PyType objclass, String name, int index) { this.objclass = objclass; this.name = name; this.index = index; }

    @Override public PyType type() { return Types.MEMBER_DESCRIPTOR; }

    public PyObject get(PyObject obj) {
        PyObject v = ((PyInstance) obj).slots[index];
        if (v == null) throw Errors.attributeError("'" + objclass.getName() + "' object has no attribute '" + name + "'");
        return v;
    }

    public void set(PyObject obj, PyObject value) {
        PyInstance inst = (PyInstance) obj;
        if (value == null && inst.slots[index] == null)
            throw Errors.attributeError("'" + objclass.getName() + "' object has no attribute '" + name + "'");
        inst.slots[index] = value;
    }
}
