package regpy.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import regpy.objects.*;
import regpy.runtime.*;

/** The builtins module. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    private static volatile PyModule module;

    public static PyModule module() {
        PyModule m = module;
        if (m == null) {
            synchronized (BuiltinsModule.class) {
                if (module == null) module = create();
                m = module;
            }
        }
        return m;
    }

    public static PyDict dict() { return module().dict; }

    private static PyModule create() {
        PyModule m = new PyModule("builtins");
        PyDict d = m.dict;
        Object[][] types = {
            {"object", Types.OBJECT}, {"type", Types.TYPE}, {"int", Types.INT}, {"bool", Types.BOOL}, {"float", Types.FLOAT},
            {"complex", Types.COMPLEX}, {"str", Types.STR}, {"bytes", Types.BYTES}, {"bytearray", Types.BYTEARRAY},
            {"list", Types.LIST}, {"tuple", Types.TUPLE}, {"dict", Types.DICT}, {"set", Types.SET}, {"frozenset", Types.FROZENSET},
            {"range", Types.RANGE}, {"slice", Types.SLICE}, {"property", Types.PROPERTY}, {"classmethod", Types.CLASSMETHOD},
            {"staticmethod", Types.STATICMETHOD}, {"super", Types.SUPER}, {"enumerate", Types.ENUMERATE}, {"zip", Types.ZIP},
            {"map", Types.MAP}, {"filter", Types.FILTER}, {"reversed", Types.REVERSED},
        };
        for (Object[] t : types) d.putStr((String) t[0], (PyObject) t[1]);
        for (var e : Types.exceptions().entrySet()) if (!e.getKey().startsWith("_")) d.putStr(e.getKey(), e.getValue());
        d.putStr("EnvironmentError", Types.OS_ERROR);
        d.putStr("IOError", Types.OS_ERROR);
        d.putStr("memoryview", regpy.types.MemoryViewType.TYPE);
        d.putStr("None", PySingleton.NONE);
        d.putStr("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        d.putStr("Ellipsis", PySingleton.ELLIPSIS);
        d.putStr("True", PyBool.TRUE);
        d.putStr("False", PyBool.FALSE);
        d.putStr("__debug__", PyBool.TRUE);
        d.putStr("__build_class__", new PyBuiltinFunction("__build_class__", m, ClassBuilder::buildClass));
        d.putStr("__import__", new PyBuiltinFunction("__import__", m, regpy.importer.Importer::builtinImport));
        d.putStr("open", new PyBuiltinFunction("open", m, PyFile::open));
        BuiltinFunctions.define(m);
        return m;
    }

    /** dir(obj) default: instance dict keys plus class attributes, sorted. */
    public static PyObject defaultDir(PyObject o) {
        TreeSet<String> names = new TreeSet<>();
        PyDict d = o.getDict();
        if (d != null) for (PyObject k : d.keysArray()) if (k instanceof PyStr s) names.add(s.value);
        for (PyType t : o.type().getMro()) for (PyObject k : t.dict().keysArray()) if (k instanceof PyStr s) names.add(s.value);
        return strList(names);
    }

    public static PyObject typeDir(PyType t) {
        TreeSet<String> names = new TreeSet<>();
        for (PyType m : t.getMro()) for (PyObject k : m.dict().keysArray()) if (k instanceof PyStr s) names.add(s.value);
        return strList(names);
    }

    static PyList strList(java.util.Collection<String> names) {
        List<PyObject> out = new ArrayList<>();
        for (String n : names) out.add(PyStr.of(n));
        return new PyList(out.toArray(new PyObject[0]));
    }

    /** frame.f_locals / locals(): the locals dict of module/class frames, a snapshot for functions. */
    public static PyObject frameLocals(PyFrame f) {
        if (f.locals != null) return f.locals;
        PyDict d = new PyDict();
        var co = f.code;
        for (int i = 0; i < co.nlocalsplus(); i++) {
            PyObject v = f.slots[i];
            if (v instanceof PyCell c && (co.localspluskinds[i] & (regpy.code.CodeObject.CO_FAST_CELL | regpy.code.CodeObject.CO_FAST_FREE)) != 0) v = c.contents;
            if (v != null && (co.localspluskinds[i] & regpy.code.CodeObject.CO_FAST_HIDDEN) == 0) d.putStr(co.localsplusnames[i], v);
        }
        return d;
    }
}
