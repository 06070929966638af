package regpy.cache;

import regpy.objects.PyDict;
import regpy.objects.PyObject;
import regpy.runtime.Errors;

/** The inline cache of one LOAD_GLOBAL instruction. */
public final class GlobalCache {
    public final String name;

    GlobalCache(String name) { this.name = name; }

    /** globals[name], else builtins[name], else NameError: exactly the reference interpreter's LOAD_GLOBAL. */
    public PyObject load(PyDict globals, PyDict builtins) {
        return loadUncached(globals, builtins, name);
    }

    static PyObject loadUncached(PyDict globals, PyDict builtins, String name) {
        PyObject v = globals.getStr(name);
        if (v == null) {
            v = builtins.getStr(name);
            if (v == null) throw Errors.nameError(name);
        }
        return v;
    }
}
