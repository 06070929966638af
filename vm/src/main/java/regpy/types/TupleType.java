package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** tuple. */
public final class TupleType {
    private TupleType() {}

    static PyObject[] it(PyObject o) { return ((PyTuple) o).items; }

    public static void init(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            if (cls == Types.TUPLE) Args.noKeywords("tuple", k);
            if (a.length > 2) throw Errors.typeError("tuple expected at most 1 argument, got " + (a.length - 1));
            PyObject[] items = a.length == 1 ? new PyObject[0] : Iter.toArrayCopy(a[1]);
            return cls == Types.TUPLE ? PyTuple.of(items) : new PyTuple.Sub(cls, items);
        });
        t.m0("__repr__", self -> PyStr.of(it(self).length == 1 ? Seqs.join(self, "(", it(self), ",)", "(...)") : Seqs.join(self, "(", it(self), ")", "(...)")));
        t.m0("__len__", self -> PyInt.of(it(self).length));
        t.m0("__hash__", self -> PyInt.of(Seqs.hashTuple(it(self))));
        t.m0("__iter__", self -> new PyIterator(PyIterator.Kind.TUPLE, self));
        t.m1("__getitem__", (self, key) -> {
            if (key instanceof PySlice s) return PyTuple.of(Seqs.slice(it(self), s));
            return it(self)[Seqs.index(key, it(self).length, "tuple")];
        });
        t.m1("__contains__", (self, v) -> {
            for (PyObject x : it(self)) if (Abstract.richEqBool(x, v)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        t.m1("__add__", (self, o) -> {
            if (!(o instanceof PyTuple ot)) return PySingleton.NOT_IMPLEMENTED;
            PyObject[] r = java.util.Arrays.copyOf(it(self), it(self).length + ot.items.length);
            System.arraycopy(ot.items, 0, r, it(self).length, ot.items.length);
            return PyTuple.of(r);
        });
        t.m1("__mul__", (self, n) -> n instanceof PyInt ? PyTuple.of(Seqs.repeat(it(self), Abstract.indexLong(n))) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__rmul__", (self, n) -> n instanceof PyInt ? PyTuple.of(Seqs.repeat(it(self), Abstract.indexLong(n))) : PySingleton.NOT_IMPLEMENTED);
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < 6; i++) {
            final int op = i;
            t.m1(cmp[i], (self, o) -> o instanceof PyTuple ot ? Seqs.compare(it(self), ot.items, op) : PySingleton.NOT_IMPLEMENTED);
        }
        t.mv("index", (self, a, k) -> {
            Args.count("index", a, k, 1, 3);
            PyObject[] items = it(self);
            long[] r = Slices.indices(new PySlice(a.length > 1 ? a[1] : PySingleton.NONE, a.length > 2 ? a[2] : PySingleton.NONE, PySingleton.NONE), items.length);
            for (int i = (int) r[0]; i < r[1]; i++) if (Abstract.richEqBool(items[i], a[0])) return PyInt.of(i);
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        t.m1("count", (self, v) -> {
            int c = 0;
            for (PyObject x : it(self)) if (Abstract.richEqBool(x, v)) c++;
            return PyInt.of(c);
        });
        t.m0("__getnewargs__", self -> PyTuple.of(PyTuple.of(it(self))));
        t.classMethod("__class_getitem__", (cls, a, k) -> GenericAlias.of(cls, a[0]));
    }
}
