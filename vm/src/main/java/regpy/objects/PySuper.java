package regpy.objects;

/** super(type, obj): attribute lookup starting after type in obj's MRO. */
public final class PySuper extends PyObject {
    public final PyType thisType;
    public final PyObject obj;
    public final PyType objType;
    public PySuper(PyType thisType, PyObject obj, PyType objType) { this.thisType = thisType; this.obj = obj; this.objType = objType; }
    @Override public PyType type() { return Types.SUPER; }
}
