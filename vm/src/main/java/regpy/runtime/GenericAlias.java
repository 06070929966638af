package regpy.runtime;

import regpy.objects.*;

/** types.GenericAlias: list[int] and friends (repr, __origin__, __args__, calling the origin). */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = Types.builtin("types.GenericAlias", Types.OBJECT, null, GenericAlias::init);
    public final PyObject origin;
    public final PyTuple args;

    GenericAlias(PyObject origin, PyTuple args) { this.origin = origin; this.args = args; }

    public static GenericAlias of(PyObject origin, PyObject args) {
        return new GenericAlias(origin, args instanceof PyTuple t ? t : PyTuple.of(args));
    }

    @Override public PyType type() { return TYPE; }
    @Override public PyObject call(PyObject[] a, String[] kw) { return origin.call(a, kw); }

    private static String argRepr(PyObject o) {
        if (o instanceof PyType t) {
            PyObject m = t.dict().getStr("__module__");
            String mod = m instanceof PyStr s ? s.value : "builtins";
            return mod.equals("builtins") ? t.getQualname() : mod + "." + t.getQualname();
        }
        if (o == PySingleton.ELLIPSIS) return "...";
        return Abstract.reprString(o);
    }

    static void init(PyType t) {
        t.m0("__repr__", self -> {
            GenericAlias g = (GenericAlias) self;
            StringBuilder sb = new StringBuilder(argRepr(g.origin)).append('[');
            for (int i = 0; i < g.args.items.length; i++) { if (i > 0) sb.append(", "); sb.append(argRepr(g.args.items[i])); }
            if (g.args.items.length == 0) sb.append("()");
            return PyStr.of(sb.append(']').toString());
        });
        t.getset("__origin__", self -> ((GenericAlias) self).origin, null);
        t.getset("__args__", self -> ((GenericAlias) self).args, null);
        t.m1("__eq__", (self, o) -> o instanceof GenericAlias g
                ? PyBool.of(Abstract.richEqBool(((GenericAlias) self).origin, g.origin) && Abstract.richEqBool(((GenericAlias) self).args, g.args))
                : PySingleton.NOT_IMPLEMENTED);
        t.m0("__hash__", self -> PyInt.of(Abstract.hash(((GenericAlias) self).origin) ^ Abstract.hash(((GenericAlias) self).args)));
    }
}
