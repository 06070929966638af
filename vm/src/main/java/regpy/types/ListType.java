package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** list. */
public final class ListType {
    private ListType() {}

    static PyList l(PyObject o) { return (PyList) o; }

    public static void init(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            return cls == Types.LIST ? new PyList() : new PyList.Sub(cls);
        });
        t.mv("__init__", (self, a, k) -> {
            if (self.type() == Types.LIST) Args.noKeywords("list", k);
            if (a.length > 1) throw Errors.typeError("list expected at most 1 argument, got " + a.length);
            l(self).setAll(a.length == 0 ? new PyObject[0] : Iter.toArrayCopy(a[0]));
            return PySingleton.NONE;
        });
        t.m0("__repr__", self -> PyStr.of(Seqs.join(self, "[", l(self).toArray(), "]", "[...]")));
        t.m0("__len__", self -> PyInt.of(l(self).size()));
        t.m0("__iter__", self -> new PyIterator(PyIterator.Kind.LIST, self));
        t.m0("__reversed__", self -> new PyIterator(PyIterator.Kind.LIST_REVERSED, self));
        t.set("__hash__", PySingleton.NONE);
        t.m1("__getitem__", (self, key) -> {
            PyObject[] items = l(self).toArray();
            if (key instanceof PySlice s) return new PyList(Seqs.slice(items, s));
            return items[Seqs.index(key, items.length, "list")];
        });
        t.m2("__setitem__", (self, key, v) -> { setItem(l(self), key, v); return PySingleton.NONE; });
        t.m1("__delitem__", (self, key) -> { delItem(l(self), key); return PySingleton.NONE; });
        t.m1("__contains__", (self, v) -> {
            for (PyObject x : l(self).toArray()) if (Abstract.richEqBool(x, v)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        t.m1("__add__", (self, o) -> {
            if (!(o instanceof PyList ol)) return PySingleton.NOT_IMPLEMENTED;
            PyObject[] a = l(self).toArray(), b = ol.toArray();
            PyObject[] r = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return new PyList(r);
        });
        t.m1("__iadd__", (self, o) -> { l(self).extend(Iter.toArrayCopy(o)); return self; });
        t.m1("__mul__", (self, n) -> n instanceof PyInt || n.type().lookup("__index__") != null ? new PyList(Seqs.repeat(l(self).toArray(), Abstract.indexLong(n))) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__rmul__", (self, n) -> n instanceof PyInt || n.type().lookup("__index__") != null ? new PyList(Seqs.repeat(l(self).toArray(), Abstract.indexLong(n))) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__imul__", (self, n) -> { l(self).setAll(Seqs.repeat(l(self).toArray(), Abstract.indexLong(n))); return self; });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < 6; i++) {
            final int op = i;
            t.m1(cmp[i], (self, o) -> o instanceof PyList ol ? Seqs.compare(l(self).toArray(), ol.toArray(), op) : PySingleton.NOT_IMPLEMENTED);
        }
        t.m1("append", (self, v) -> { l(self).append(v); return PySingleton.NONE; });
        t.m1("extend", (self, v) -> { l(self).extend(Iter.toArrayCopy(v)); return PySingleton.NONE; });
        t.m2("insert", (self, i, v) -> { l(self).insert((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Abstract.indexLong(i))), v); return PySingleton.NONE; });
        t.mv("pop", (self, a, k) -> {
            Args.count("pop", a, k, 0, 1);
            PyList list = l(self);
            PyObject v = list.pop(a.length == 0 ? -1 : Abstract.indexLong(a[0]));
            if (v == null) throw Errors.indexError(list.size() == 0 ? "pop from empty list" : "pop index out of range");
            return v;
        });
        t.m1("remove", (self, v) -> {
            // Compares on a snapshot (== may run Python code), then removes the item found only if
            // it is still at that index; when another thread moved it, looks again.
            PyList list = l(self);
            while (true) {
                PyObject[] items = list.toArray();
                int i = 0;
                while (i < items.length && !Abstract.richEqBool(items[i], v)) i++;
                if (i == items.length) throw Errors.valueError("list.remove(x): x not in list");
                if (list.removeIfAt(i, items[i])) return PySingleton.NONE;
            }
        });
        t.mv("index", (self, a, k) -> {
            Args.count("index", a, k, 1, 3);
            PyObject[] items = l(self).toArray();
            long[] r = Slices.indices(new PySlice(a.length > 1 ? a[1] : PySingleton.NONE, a.length > 2 ? a[2] : PySingleton.NONE, PySingleton.NONE), items.length);
            for (int i = (int) r[0]; i < r[1]; i++) if (Abstract.richEqBool(items[i], a[0])) return PyInt.of(i);
            throw Errors.valueError(Abstract.reprString(a[0]) + " is not in list");
        });
        t.m1("count", (self, v) -> {
            int c = 0;
            for (PyObject x : l(self).toArray()) if (Abstract.richEqBool(x, v)) c++;
            return PyInt.of(c);
        });
        t.m0("clear", self -> { l(self).clear(); return PySingleton.NONE; });
        t.m0("copy", self -> new PyList(l(self).toArray()));
        t.m0("reverse", self -> { l(self).reverse(); return PySingleton.NONE; });
        t.mv("sort", (self, a, k) -> {
            PyObject[] p = Args.parse("sort", a, k, 0, 0, "key", "reverse");
            sort(l(self), p[0], p[1] != null && Abstract.isTrue(p[1]));
            return PySingleton.NONE;
        });
        t.classMethod("__class_getitem__", (cls, a, k) -> GenericAlias.of(cls, a[0]));
    }

    /**
     * list.sort. As in CPython the list is empty while it is sorted and a change made meanwhile
     * (by a key function, a comparison, another thread) ends in "list modified during sort".
     * When no Python code can run during the sort (no key, items of built-in types that compare
     * natively), the whole sort holds the list's monitor: it is then atomic, as it is under
     * CPython's GIL, and other threads' appends wait instead of being lost. Otherwise Python code
     * runs and the monitor is not held across it (a comparison may wait for another thread that
     * uses the list), so other threads may see the list empty, as they may in CPython.
     */
    public static void sort(PyList list, PyObject key, boolean reverse) {
        if (key == null || key == PySingleton.NONE) {
            synchronized (list) {
                if (nativelyOrdered(list.toArray())) {
                    sortContents(list, null, reverse);
                    return;
                }
            }
        }
        sortContents(list, key, reverse);
    }

    /** True when comparing these items runs no Python code: int, bool, float, str, bytes, and tuples of them. */
    private static boolean nativelyOrdered(PyObject[] items) {
        for (PyObject x : items) {
            PyType t = x.type();
            if (t == Types.TUPLE) {
                if (!nativelyOrdered(((PyTuple) x).items)) return false;
            } else if (t != Types.INT && t != Types.BOOL && t != Types.FLOAT && t != Types.STR && t != Types.BYTES) {
                return false;
            }
        }
        return true;
    }

    private static void sortContents(PyList list, PyObject key, boolean reverse) {
        PyObject[] items = list.toArray();
        list.setAll(new PyObject[0]);
        try {
            PyObject[] keys = items;
            if (key != null && key != PySingleton.NONE) {
                keys = new PyObject[items.length];
                for (int i = 0; i < items.length; i++) keys[i] = Calls.call(key, items[i]);
            }
            Seqs.sort(keys, items, reverse);
        } finally {
            boolean modified = list.size() != 0;
            list.setAll(items);
            if (modified) throw Errors.valueError("list modified during sort");
        }
    }

    static void setItem(PyList list, PyObject key, PyObject v) {
        if (key instanceof PySlice s) {
            PyObject[] vals = Iter.toArrayCopy(v);
            synchronized (list) {
                int n = list.size();
                long[] r = Slices.indices(s, n);
                if (r[2] == 1) {
                    int lo = (int) r[0], hi = (int) Math.max(r[0], r[1]);
                    list.replace(lo, hi, vals);
                } else {
                    if (vals.length != r[3])
                        throw Errors.valueError("attempt to assign sequence of size " + vals.length + " to extended slice of size " + r[3]);
                    for (int i = 0, j = (int) r[0]; i < r[3]; i++, j += (int) r[2]) list.set(j, vals[i]);
                }
            }
            return;
        }
        synchronized (list) {
            int i = Seqs.index(key, list.size(), "list assignment");
            list.set(i, v);
        }
    }

    static void delItem(PyList list, PyObject key) {
        synchronized (list) {
            if (key instanceof PySlice s) {
                long[] r = Slices.indices(s, list.size());
                if (r[2] == 1) { if (r[3] > 0) list.replace((int) r[0], (int) (r[0] + r[3]), new PyObject[0]); return; }
                PyObject[] items = list.toArray();
                boolean[] del = new boolean[items.length];
                for (int i = 0, j = (int) r[0]; i < r[3]; i++, j += (int) r[2]) del[j] = true;
                java.util.List<PyObject> keep = new java.util.ArrayList<>();
                for (int i = 0; i < items.length; i++) if (!del[i]) keep.add(items[i]);
                list.setAll(keep.toArray(new PyObject[0]));
                return;
            }
            list.removeAt(Seqs.index(key, list.size(), "list assignment"));
        }
    }
}
