package regpy.interp;

import regpy.objects.*;
import regpy.runtime.*;

/** Name resolution for module and class bodies (LOAD_NAME and friends). */
public final class Namespaces {
    private Namespaces() {}

    public static PyObject mappingGet(PyObject mapping, PyStr key) {
        if (mapping.getClass() == PyDict.class) return ((PyDict) mapping).get(key);
        try {
            return Abstract.getItem(mapping, key);
        } catch (PyException e) {
            if (e.exc.type().isSubtype(Types.KEY_ERROR)) return null;
            throw e;
        }
    }

    public static PyObject loadName(PyFrame f, PyStr name) {
        PyObject v = f.locals == null ? null : mappingGet(f.locals, name);
        if (v == null) v = f.globals.getStr(name.value);
        if (v == null) v = f.builtins.getStr(name.value);
        if (v == null) throw Errors.nameError(name.value);
        return v;
    }

    public static void storeName(PyFrame f, PyStr name, PyObject v) {
        if (f.locals == null) throw Errors.systemError("no locals found when storing " + Abstract.reprString(name));
        if (f.locals.getClass() == PyDict.class) ((PyDict) f.locals).put(name, v);
        else Abstract.setItem(f.locals, name, v);
    }

    public static void deleteName(PyFrame f, PyStr name) {
        if (f.locals == null) throw Errors.systemError("no locals when deleting " + Abstract.reprString(name));
        if (f.locals instanceof PyDict d && d.getClass() == PyDict.class) {
            if (d.remove(name) == null) throw Errors.nameError(name.value);
            return;
        }
        try {
            Abstract.delItem(f.locals, name);
        } catch (PyException e) {
            if (e.exc.type().isSubtype(Types.KEY_ERROR)) throw Errors.nameError(name.value);
            throw e;
        }
    }

    public static void setupAnnotations(PyFrame f) {
        if (f.locals == null) throw Errors.systemError("no locals found when setting up annotations");
        PyStr key = PyStr.of("__annotations__");
        if (mappingGet(f.locals, key) == null) Abstract.setItem(f.locals, key, new PyDict());
    }

    public static PyObject buildClass(PyFrame f) {
        PyObject bc = f.builtins.getStr("__build_class__");
        if (bc == null) throw Errors.of(Types.NAME_ERROR, "__build_class__ not found");
        return bc;
    }
}
