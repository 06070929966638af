package regpy.types;

import java.util.ArrayList;
import java.util.List;

import regpy.objects.*;
import regpy.runtime.*;

/** types.UnionType: int | str. */
public final class UnionType extends PyObject {
    public static final PyType TYPE = Types.builtin("UnionType", Types.OBJECT, null, UnionType::init);
    final PyTuple args;
    UnionType(PyTuple args) { this.args = args; }
    @Override public PyType type() { return TYPE; }

    public static PyObject of(PyObject a, PyObject b) {
        if (!isUnionable(a) || !isUnionable(b)) return PySingleton.NOT_IMPLEMENTED;
        List<PyObject> out = new ArrayList<>();
        for (PyObject x : new PyObject[] {a, b}) {
            PyObject v = x == PySingleton.NONE ? Types.NONE_TYPE : x;
            if (v instanceof UnionType u) { for (PyObject y : u.args.items) if (!out.contains(y)) out.add(y); }
            else if (!out.contains(v)) out.add(v);
        }
        if (out.size() == 1) return out.get(0);
        return new UnionType(PyTuple.of(out.toArray(new PyObject[0])));
    }

    private static boolean isUnionable(PyObject o) {
        return o == PySingleton.NONE || o instanceof PyType || o instanceof UnionType || o instanceof GenericAlias;
    }

    static void init(PyType t) {
        t.getset("__args__", self -> ((UnionType) self).args, null);
        t.m0("__repr__", self -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject x : ((UnionType) self).args.items) {
                if (sb.length() > 0) sb.append(" | ");
                if (x == Types.NONE_TYPE) sb.append("None");
                else if (x instanceof PyType tp) {
                    PyObject m = tp.dict().getStr("__module__");
                    sb.append(m instanceof PyStr s && !s.value.equals("builtins") ? s.value + "." + tp.getQualname() : tp.getQualname());
                } else sb.append(Abstract.reprString(x));
            }
            return PyStr.of(sb.toString());
        });
        t.m1("__or__", (self, o) -> of(self, o));
        t.m1("__ror__", (self, o) -> of(o, self));
        t.m1("__instancecheck__", (self, o) -> PyBool.of(Abstract.isInstance(o, ((UnionType) self).args)));
        t.m1("__subclasscheck__", (self, o) -> PyBool.of(Abstract.isSubclass(o, ((UnionType) self).args)));
    }
}
