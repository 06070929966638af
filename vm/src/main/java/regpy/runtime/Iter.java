package regpy.runtime;

import java.util.ArrayList;

import regpy.objects.*;

/** The iteration protocol: iter(), next() returning null at the end, and collecting to arrays. */
public final class Iter {
    private Iter() {}

    public static PyObject getIter(PyObject o) {
        PyObject it = getIterOrNull(o);
        if (it == null) throw Errors.typeError("'" + o.type().getName() + "' object is not iterable");
        return it;
    }

    public static PyObject getIterOrNull(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) return new PyIterator(PyIterator.Kind.LIST, o);
        if (c == PyTuple.class) return new PyIterator(PyIterator.Kind.TUPLE, o);
        if (c == PyRange.class && ((PyRange) o).big == null) return new PyIterator(PyIterator.Kind.RANGE, o);
        if (c == PyDict.class) return new PyIterator(PyIterator.Kind.DICT_KEYS, o);
        if (c == PyStr.class) return new PyIterator(PyIterator.Kind.STR, o);
        PyType t = o.type();
        PyObject f = t.lookup("__iter__");
        if (f == PySingleton.NONE) return null;
        if (f != null) {
            PyObject it = Calls.callDescr(f, o);
            if (it.type().lookup("__next__") == null && !(it instanceof PyIterator) && !(it instanceof PyGenerator))
                throw Errors.typeError("iter() returned non-iterator of type '" + it.type().getName() + "'");
            return it;
        }
        if (t.lookup("__getitem__") != null) return new PyIterator(PyIterator.Kind.SEQ, o);
        return null;
    }

    /** next(it): the next value, or null when exhausted (StopIteration swallowed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIterator pi) return pi.next();
        if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.GENERATOR) return Generators.next(g);
        PyObject f = it.type().lookup("__next__");
        if (f == null) throw Errors.typeError("'" + it.type().getName() + "' object is not an iterator");
        try {
            return Calls.callDescr(f, it);
        } catch (PyException e) {
            if (e.exc.type().isSubtype(Types.STOP_ITERATION)) return null;
            throw e;
        }
    }

    /** All items of an iterable. */
    public static PyObject[] toArray(PyObject iterable) {
        Class<?> c = iterable.getClass();
        if (c == PyTuple.class) return ((PyTuple) iterable).items;
        if (c == PyList.class) return ((PyList) iterable).toArray();
        PyObject it = getIter(iterable);
        ArrayList<PyObject> out = new ArrayList<>();
        for (PyObject x; (x = next(it)) != null; ) out.add(x);
        return out.toArray(new PyObject[0]);
    }

    /** Items of an iterable as a fresh array the caller may keep and modify. */
    public static PyObject[] toArrayCopy(PyObject iterable) {
        PyObject[] a = toArray(iterable);
        return iterable.getClass() == PyTuple.class ? a.clone() : a;
    }
}
