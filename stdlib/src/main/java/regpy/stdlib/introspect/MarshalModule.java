package regpy.stdlib.introspect;

import regpy.code.Marshal;
import regpy.objects.*;
import regpy.runtime.Args;
import regpy.runtime.Calls;
import regpy.runtime.Errors;
import regpy.runtime.Attr;
import regpy.runtime.PyException;

/**
 * {@code marshal}: dumps/loads/dump/load over the translator's {@link Marshal} (format version 4),
 * with Python values converted by {@link Values}.
 */
final class MarshalModule {
    private MarshalModule() {}

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.set("version", PyInt.of(Marshal.VERSION));
        m.def("dumps", (a, k) -> {
            PyObject[] p = Args.parse("dumps", a, k, 1, 2, "value", "version", "allow_code");
            return new PyBytes(dumps(p[0], p[2]));
        });
        m.def("loads", (a, k) -> {
            PyObject[] p = Args.parse("loads", a, k, 1, 1, "bytes", "allow_code");
            if (!(p[0] instanceof PyBytes b)) throw Errors.typeError("a bytes-like object is required, not '" + p[0].type().getName() + "'");
            return loads(b.bytes(), p[1]);
        });
        m.def("dump", (a, k) -> {
            PyObject[] p = Args.parse("dump", a, k, 2, 3, "value", "file", "version", "allow_code");
            Calls.call(Attr.getAttr(p[1], "write"), new PyBytes(dumps(p[0], p[3])));
            return PySingleton.NONE;
        });
        m.def("load", (a, k) -> {
            PyObject[] p = Args.parse("load", a, k, 1, 1, "file", "allow_code");
            PyObject data = Calls.call0(Attr.getAttr(p[0], "read"));
            if (!(data instanceof PyBytes b)) throw Errors.typeError("file.read() returned not bytes but " + data.type().getName());
            return loads(b.bytes(), p[1]);
        });
        return m;
    }

    private static boolean allowCode(PyObject flag) { return flag == null || regpy.runtime.Abstract.isTrue(flag); }

    static byte[] dumps(PyObject value, PyObject allowCodeFlag) {
        Object v;
        try {
            v = Values.toMarshal(value);
        } catch (Values.Unsupported u) {
            throw Errors.valueError("unmarshallable object");
        }
        if (!allowCode(allowCodeFlag) && containsCode(v)) throw Errors.valueError("unmarshallable object");
        return Marshal.dumps(v);
    }

    private static boolean containsCode(Object v) {
        if (v instanceof regpy.code.CodeObject) return true;
        if (v instanceof regpy.code.Const.Tuple t) return t.items().stream().anyMatch(MarshalModule::containsCode);
        if (v instanceof Marshal.PyList l) return l.items().stream().anyMatch(MarshalModule::containsCode);
        return false;
    }

    static PyObject loads(byte[] data, PyObject allowCodeFlag) {
        Object v;
        try {
            v = Marshal.loads(data);
        } catch (Marshal.MarshalError e) {
            throw error(e.getMessage());
        } catch (IndexOutOfBoundsException e) {
            throw error("marshal data too short");      // a value cut off in the middle
        } catch (RuntimeException e) {
            throw error("bad marshal data");
        }
        if (!allowCode(allowCodeFlag) && containsCode(v)) throw Errors.valueError("unmarshalling code objects is disallowed");
        return Values.toPython(v);
    }

    private static PyException error(String msg) {
        boolean eof = msg.contains("EOF") || msg.contains("too short");
        return Errors.of(eof ? Types.EOF_ERROR : Types.VALUE_ERROR, msg);
    }
}
