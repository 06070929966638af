package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** The builtin iterator types, enumerate, zip, map, filter, reversed. */
public final class IteratorTypes {
    private IteratorTypes() {}

    public static void init(PyType t) {
        t.m0("__iter__", self -> self);
        t.m0("__next__", self -> {
            PyObject v = ((PyIterator) self).next();
            if (v == null) throw Errors.stopIteration();
            return v;
        });
        t.m0("__length_hint__", self -> PyInt.of(((PyIterator) self).lengthHint()));
    }

    /** An iterator computed by a Java function (enumerate, zip, map, filter, reversed). */
    public static final class Fn extends PyObject {
        final PyType type;
        final java.util.function.Supplier<PyObject> next;
        boolean done;
        public Fn(PyType type, java.util.function.Supplier<PyObject> next) { this.type = type; this.next = next; }
        @Override public PyType type() { return type; }
        PyObject step() {
            if (done) return null;
            PyObject v = next.get();
            if (v == null) done = true;
            return v;
        }
    }

    public static void initFnIter(PyType t) { fnIter(t); }

    private static void fnIter(PyType t) {
        t.m0("__iter__", self -> self);
        t.m0("__next__", self -> {
            PyObject v = ((Fn) self).step();
            if (v == null) throw Errors.stopIteration();
            return v;
        });
    }

    public static void initEnumerate(PyType t) {
        fnIter(t);
        t.staticMethod("__new__", (a, k) -> {
            PyObject[] p = Args.parse("enumerate", java.util.Arrays.copyOfRange(a, 1, a.length), k, 1, "iterable", "start");
            PyObject it = Iter.getIter(p[0]);
            PyObject[] n = {p[1] == null ? PyInt.ZERO : Abstract.index(p[1])};
            return new Fn((PyType) a[0], () -> {
                PyObject v = Iter.next(it);
                if (v == null) return null;
                PyObject i = n[0];
                n[0] = Abstract.binaryOp(i, PyInt.ONE, Abstract.ADD);
                return PyTuple.of(i, v);
            });
        });
    }

    public static void initZip(PyType t) {
        fnIter(t);
        t.staticMethod("__new__", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            boolean strict = false;
            for (int i = 0; i < nk; i++) {
                if (!k[i].equals("strict")) throw Errors.typeError("zip() got an unexpected keyword argument '" + k[i] + "'");
                strict = Abstract.isTrue(a[a.length - nk + i]);
            }
            int n = a.length - 1 - nk;
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject src = a[1 + i];
                PyObject it = Iter.getIterOrNull(src);
                if (it == null) throw Errors.typeError("'" + src.type().getName() + "' object is not iterable");
                its[i] = it;
            }
            final boolean st = strict;
            return new Fn((PyType) a[0], () -> {
                if (n == 0) return null;
                PyObject[] row = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    PyObject v = Iter.next(its[i]);
                    if (v == null) {
                        if (st) {
                            if (i > 0) throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                            for (int j = 1; j < n; j++)
                                if (Iter.next(its[j]) != null) throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                        }
                        return null;
                    }
                    row[i] = v;
                }
                return PyTuple.of(row);
            });
        });
    }

    public static void initMap(PyType t) {
        fnIter(t);
        t.staticMethod("__new__", (a, k) -> {
            Args.noKeywords("map", k);
            if (a.length < 3) throw Errors.typeError("map() must have at least two arguments.");
            PyObject f = a[1];
            PyObject[] its = new PyObject[a.length - 2];
            for (int i = 0; i < its.length; i++) its[i] = Iter.getIter(a[2 + i]);
            return new Fn((PyType) a[0], () -> {
                PyObject[] args = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    PyObject v = Iter.next(its[i]);
                    if (v == null) return null;
                    args[i] = v;
                }
                return f.call(args, null);
            });
        });
    }

    public static void initFilter(PyType t) {
        fnIter(t);
        t.staticMethod("__new__", (a, k) -> {
            Args.noKeywords("filter", k);
            if (a.length != 3) throw Errors.typeError("filter expected 2 arguments, got " + (a.length - 1));
            PyObject f = a[1];
            PyObject it = Iter.getIter(a[2]);
            return new Fn((PyType) a[0], () -> {
                while (true) {
                    PyObject v = Iter.next(it);
                    if (v == null) return null;
                    boolean keep = f == PySingleton.NONE ? Abstract.isTrue(v) : Abstract.isTrue(Calls.call(f, v));
                    if (keep) return v;
                }
            });
        });
    }

    public static void initReversed(PyType t) {
        fnIter(t);
        t.staticMethod("__new__", (a, k) -> {
            Args.noKeywords("reversed", k);
            if (a.length != 2) throw Errors.typeError("reversed expected 1 argument, got " + (a.length - 1));
            PyObject seq = a[1];
            PyObject rev = seq.type().lookup("__reversed__");
            if (rev == PySingleton.NONE) throw Errors.typeError("'" + seq.type().getName() + "' object is not reversible");
            if (rev != null) return Calls.callDescr(rev, seq);
            if (seq.type().lookup("__getitem__") == null || seq.type().lookup("__len__") == null || seq instanceof PyDict)
                throw Errors.typeError("'" + seq.type().getName() + "' object is not reversible");
            long[] i = {Abstract.len(seq) - 1};
            return new Fn((PyType) a[0], () -> i[0] < 0 ? null : Abstract.getItem(seq, PyInt.of(i[0]--)));
        });
    }
}
