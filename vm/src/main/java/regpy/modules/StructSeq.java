package regpy.modules;

import regpy.objects.*;
import regpy.runtime.*;

/** Named tuples implemented in Java (sys.version_info, sys.float_info, time.struct_time ...). */
public final class StructSeq {
    private StructSeq() {}

    /** A tuple subclass named qualName whose fields are readable by name. */
    public static PyType type(String qualName, String... fields) {
        PyType t = new PyType(Types.TYPE, qualName.substring(qualName.lastIndexOf('.') + 1), new PyType[] {Types.TUPLE}, new PyDict());
        t.instanceDict = false;
        for (int i = 0; i < fields.length; i++) {
            final int idx = i;
            t.dict().putStr(fields[i], new PyGetSetDescr(t, fields[i], self -> ((PyTuple) self).items[idx], null));
        }
        String mod = qualName.contains(".") ? qualName.substring(0, qualName.lastIndexOf('.')) : "builtins";
        t.dict().putStr("__module__", PyStr.of(mod));
        t.dict().putStr("n_fields", PyInt.of(fields.length));
        t.dict().putStr("_fields", PyTuple.of(java.util.Arrays.stream(fields).map(PyStr::of).toArray(PyObject[]::new)));
        t.dict().putStr("__repr__", new PyMethodDescr(t, "__repr__", 0, 0, (self, a, k) -> {
            StringBuilder sb = new StringBuilder(qualName).append('(');
            PyObject[] items = ((PyTuple) self).items;
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(fields[i]).append('=').append(Abstract.reprString(items[i]));
            }
            return PyStr.of(sb.append(')').toString());
        }));
        return t;
    }

    public static PyObject make(PyType t, PyObject... values) { return new PyTuple.Sub(t, values); }
}
