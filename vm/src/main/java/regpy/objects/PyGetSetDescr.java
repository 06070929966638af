package regpy.objects;

import regpy.runtime.Errors;

/** An attribute of a builtin type computed in Java (int.real, function.__name__): a data descriptor. */
public final class PyGetSetDescr extends PyObject {
    public final PyType objclass;
    public final String name;
    private final Fn.Getter getter;
    private final Fn.Setter setter;

    public PyGetSetDescr(PyType objclass, String name, Fn.Getter getter, Fn.Setter setter) {
        this.objclass = objclass;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override public PyType type() { return Types.GETSET_DESCRIPTOR; }

    public PyObject get(PyObject obj) { return getter.get(obj); }

    public void set(PyObject obj, PyObject value) {
        if (setter == null) {
            if (value == null)
                throw Errors.attributeError("attribute '" + name + "' of '" + objclass.getName() + "' objects is not writable");
            throw Errors.attributeError("attribute '" + name + "' of '" + objclass.getName() + "' objects is not writable");
        }
        setter.set(obj, value);
    }
}
