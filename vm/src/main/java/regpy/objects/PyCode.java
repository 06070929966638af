package regpy.objects;

import regpy.code.CodeObject;

/**
 * A code object as a Python value. Constants are converted to Python objects once, lazily;
 * engines may attach their own per-code data (e.g. a translated register form) in {@link #engineData}.
 */
public final class PyCode extends PyObject {
    public final CodeObject code;
    private volatile PyObject[] consts;
    /** Per-engine data (issue 6: translated code, call counters); set and read by engines. */
    public volatile Object engineData;
    /** The names as interned PyStr, for LOAD_ATTR and friends. */
    public final PyStr[] names;

    public PyCode(CodeObject code) {
        this.code = code;
        this.names = new PyStr[code.names.length];
        for (int i = 0; i < names.length; i++) names[i] = PyStr.of(code.names[i]);
    }

    @Override public PyType type() { return Types.CODE; }

    public PyObject[] consts() {
        PyObject[] c = consts;
        if (c == null) {
            c = new PyObject[code.consts.length];
            for (int i = 0; i < c.length; i++) c[i] = regpy.runtime.Consts.toPython(code.consts[i]);
            consts = c;
        }
        return c;
    }
}
