package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** mappingproxy: the read-only view of a class __dict__. */
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = Types.builtin("mappingproxy", Types.OBJECT, null, MappingProxy::init);
    final PyObject mapping;

    public MappingProxy(PyObject mapping) { this.mapping = mapping; }

    @Override public PyType type() { return TYPE; }

    static PyObject m(PyObject o) { return ((MappingProxy) o).mapping; }

    static void init(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            if (a.length != 2) throw Errors.typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
            return new MappingProxy(a[1]);
        });
        t.m1("__getitem__", (self, key) -> Abstract.getItem(m(self), key));
        t.m1("__contains__", (self, key) -> PyBool.of(Abstract.contains(m(self), key)));
        t.m0("__iter__", self -> Iter.getIter(m(self)));
        t.m0("__len__", self -> PyInt.of(Abstract.len(m(self))));
        t.m0("__repr__", self -> PyStr.of("mappingproxy(" + Abstract.reprString(m(self)) + ")"));
        t.m0("__str__", self -> Abstract.str(m(self)));
        t.m0("keys", self -> Calls.callMethod(m(self), "keys"));
        t.m0("values", self -> Calls.callMethod(m(self), "values"));
        t.m0("items", self -> Calls.callMethod(m(self), "items"));
        t.m0("copy", self -> Calls.callMethod(m(self), "copy"));
        t.mv("get", (self, a, k) -> Calls.call(Attr.getAttr(m(self), "get"), a, k));
        t.m1("__eq__", (self, o) -> Abstract.richCompare(m(self), o, Abstract.EQ));
        t.m1("__or__", (self, o) -> Abstract.binaryOp(Calls.callMethod(m(self), "copy"), o, Abstract.OR));
    }
}
