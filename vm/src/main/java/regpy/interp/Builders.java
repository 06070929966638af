package regpy.interp;

import regpy.objects.*;
import regpy.runtime.*;

/** Unpacking, star-argument and with-statement helpers used by the interpreter's opcodes. */
public final class Builders {
    private Builders() {}

    public static PyObject[] starItems(PyObject it) {
        if (Iter.getIterOrNull(it) == null && !(it instanceof PyTuple || it instanceof PyList))
            throw Errors.typeError("Value after * must be an iterable, not " + it.type().getName());
        return Iter.toArray(it);
    }

    public static PyObject callArgsTuple(PyObject func, PyObject callargs) {
        if (Iter.getIterOrNull(callargs) == null)
            throw Errors.typeError(Calls.describe(func) + " argument after * must be an iterable, not " + callargs.type().getName());
        return PyTuple.of(Iter.toArrayCopy(callargs));
    }

    public static void dictUpdate(PyDict d, PyObject other) {
        if (other instanceof PyDict od) { d.putAll(od); return; }
        PyObject keysFn = Attr.getAttrOrNull(other, "keys");
        if (keysFn == null) throw Errors.typeError("'" + other.type().getName() + "' object is not a mapping");
        for (PyObject k : Iter.toArray(Calls.call0(keysFn))) d.put(k, Abstract.getItem(other, k));
    }

    public static void dictMerge(PyDict d, PyObject other, PyObject func) {
        PyObject[] keys;
        if (other instanceof PyDict od) keys = od.keysArray();
        else {
            PyObject keysFn = Attr.getAttrOrNull(other, "keys");
            if (keysFn == null)
                throw Errors.typeError(Calls.describe(func) + " argument after ** must be a mapping, not " + other.type().getName());
            keys = Iter.toArray(Calls.call0(keysFn));
        }
        for (PyObject k : keys) {
            if (!(k instanceof PyStr)) throw Errors.typeError("keywords must be strings");
            if (d.containsKey(k))
                throw Errors.typeError(Calls.describe(func) + " got multiple values for keyword argument '" + ((PyStr) k).value + "'");
            d.put(k, Abstract.getItem(other, k));
        }
    }

    public static PyObject[] unpack(PyObject seq, int n) {
        PyObject[] items;
        if (seq instanceof PyTuple t && seq.getClass() == PyTuple.class) items = t.items;
        else if (seq.getClass() == PyList.class) items = ((PyList) seq).toArray();
        else {
            PyObject it = Iter.getIterOrNull(seq);
            if (it == null) throw Errors.typeError("cannot unpack non-iterable " + seq.type().getName() + " object");
            items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject v = Iter.next(it);
                if (v == null) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                items[i] = v;
            }
            if (Iter.next(it) != null) throw Errors.valueError("too many values to unpack (expected " + n + ")");
            return items;
        }
        if (items.length < n) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        if (items.length > n) throw Errors.valueError("too many values to unpack (expected " + n + ")");
        return items;
    }

    public static PyObject[] unpackEx(PyObject seq, int before, int after) {
        if (Iter.getIterOrNull(seq) == null) throw Errors.typeError("cannot unpack non-iterable " + seq.type().getName() + " object");
        PyObject[] all = Iter.toArray(seq);
        if (all.length < before + after)
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + all.length + ")");
        PyObject[] out = new PyObject[before + 1 + after];
        System.arraycopy(all, 0, out, 0, before);
        int midLen = all.length - before - after;
        PyObject[] mid = new PyObject[midLen];
        System.arraycopy(all, before, mid, 0, midLen);
        out[before] = new PyList(mid);
        System.arraycopy(all, before + midLen, out, before + 1, after);
        return out;
    }

    /** BEFORE_WITH: returns {bound __exit__, result of __enter__()}. */
    public static PyObject[] beforeWith(PyObject mgr, boolean async) {
        PyType t = mgr.type();
        String enter = async ? "__aenter__" : "__enter__";
        String exit = async ? "__aexit__" : "__exit__";
        PyObject en = t.lookup(enter);
        String proto = async ? "the asynchronous context manager protocol" : "the context manager protocol";
        if (en == null) throw Errors.typeError("'" + t.getName() + "' object does not support " + proto);
        PyObject ex = t.lookup(exit);
        if (ex == null) throw Errors.typeError("'" + t.getName() + "' object does not support " + proto + " (missed " + exit + " method)");
        PyObject boundExit = Attr.descrGet(ex, mgr, t);
        PyObject res = Calls.callDescr(en, mgr);
        if (async) res = Generators.getAwaitable(res, 1);
        return new PyObject[] {boundExit, res};
    }
}
