package regpy.interp;

import java.util.ArrayList;
import java.util.List;

import regpy.objects.*;
import regpy.runtime.*;

/** The match statement's runtime checks (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS). */
public final class Matching {
    private Matching() {}

    public static boolean isMapping(PyObject o) {
        PyType t = o.type();
        if (t.isSubtype(Types.DICT)) return true;
        return hasAbcFlag(t, "Mapping");
    }

    public static boolean isSequence(PyObject o) {
        PyType t = o.type();
        if (t.isSubtype(Types.STR) || t.isSubtype(Types.BYTES) || t.isSubtype(Types.BYTEARRAY)) return false;
        if (t.isSubtype(Types.LIST) || t.isSubtype(Types.TUPLE) || t.isSubtype(Types.RANGE)) return true;
        return hasAbcFlag(t, "Sequence");
    }

    /** Classes registered with collections.abc (or inheriting from it) mark themselves with __abc_tpflags__-like names. */
    private static boolean hasAbcFlag(PyType t, String abc) {
        for (PyType m : t.getMro()) {
            if (m.getName().equals(abc) || m.getName().equals("Mutable" + abc)) {
                PyObject mod = m.dict().getStr("__module__");
                if (mod instanceof PyStr s && (s.value.equals("collections.abc") || s.value.equals("_collections_abc"))) return true;
            }
        }
        return false;
    }

    public static PyObject matchKeys(PyObject subject, PyObject keys) {
        PyObject[] ks = ((PyTuple) keys).items;
        PyObject[] values = new PyObject[ks.length];
        PyObject get = Attr.getAttr(subject, "get");
        PyObject dummy = new PyInstance(Types.OBJECT);
        for (int i = 0; i < ks.length; i++) {
            PyObject v = Calls.call(get, ks[i], dummy);
            if (v == dummy) return Abstract.NONE;
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    public static PyObject matchClass(PyObject subject, PyObject cls, int npos, PyTuple kwnames) {
        if (!(cls instanceof PyType t)) throw Errors.typeError("called match pattern must be a class");
        if (!Abstract.isInstance(subject, cls)) return Abstract.NONE;
        List<PyObject> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (npos > 0) {
            PyObject matchArgs = Attr.getAttrOrNull(cls, "__match_args__");
            boolean selfMatch = matchArgs == null && isSelfMatching(t);
            if (matchArgs == null && !selfMatch) {
                throw Errors.typeError(t.getName() + "() accepts 0 positional sub-patterns (" + npos + " given)");
            }
            if (selfMatch) {
                if (npos > 1) throw Errors.typeError(t.getName() + "() accepts 1 positional sub-pattern (" + npos + " given)");
                out.add(subject);
            } else {
                if (!(matchArgs instanceof PyTuple ma)) throw Errors.typeError(t.getName() + ".__match_args__ must be a tuple (got " + matchArgs.type().getName() + ")");
                if (npos > ma.items.length)
                    throw Errors.typeError(t.getName() + "() accepts " + ma.items.length + " positional sub-pattern" + (ma.items.length == 1 ? "" : "s") + " (" + npos + " given)");
                for (int i = 0; i < npos; i++) {
                    if (!(ma.items[i] instanceof PyStr name)) throw Errors.typeError("__match_args__ elements must be strings (got " + ma.items[i].type().getName() + ")");
                    seen.add(name.value);
                    PyObject v = Attr.getAttrOrNull(subject, name.value);
                    if (v == null) return Abstract.NONE;
                    out.add(v);
                }
            }
        }
        for (PyObject k : kwnames.items) {
            String name = ((PyStr) k).value;
            if (seen.contains(name))
                throw Errors.typeError(t.getName() + "() got multiple sub-patterns for attribute '" + name + "'");
            seen.add(name);
            PyObject v = Attr.getAttrOrNull(subject, name);
            if (v == null) return Abstract.NONE;
            out.add(v);
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    private static boolean isSelfMatching(PyType t) {
        PyType[] self = {Types.BOOL, Types.BYTEARRAY, Types.BYTES, Types.DICT, Types.FLOAT, Types.FROZENSET, Types.INT,
                Types.LIST, Types.SET, Types.STR, Types.TUPLE};
        for (PyType s : self) if (t.isSubtype(s)) return true;
        return false;
    }
}
