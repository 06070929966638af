package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** set and frozenset. */
public final class SetType {
    private SetType() {}

    static PySet st(PyObject o) { return (PySet) o; }

    static PySet make(PyObject like, PyObject[] items) {
        PySet s = new PySet(like instanceof PySet ps && ps.isFrozen());
        for (PyObject x : items) s.add(x);
        return s;
    }

    static PyObject[] other(PyObject o) { return o instanceof PySet s ? s.toArray() : null; }

    static void common(PyType t, boolean frozen) {
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            PySet s = cls == Types.SET || cls == Types.FROZENSET ? new PySet(frozen) : new PySet.Sub(cls, frozen);
            if (frozen && a.length > 1) for (PyObject x : Iter.toArray(a[1])) s.add(x);
            return s;
        });
        t.m0("__repr__", self -> {
            PyObject[] items = st(self).toArray();
            String name = self.type().getName();
            if (items.length == 0) return PyStr.of(name + "()");
            String body = Seqs.join(self, "{", items, "}", "...");
            return PyStr.of(self.type() == Types.SET ? body : name + "(" + body + ")");
        });
        t.m0("__len__", self -> PyInt.of(st(self).size()));
        t.m0("__iter__", self -> new PyIterator(PyIterator.Kind.SET, self));
        t.m1("__contains__", (self, o) -> PyBool.of(st(self).contains(o instanceof PySet ps && !ps.isFrozen() ? make(new PySet(true), ps.toArray()) : o)));
        t.m1("__or__", (self, o) -> { PyObject[] b = other(o); if (b == null) return PySingleton.NOT_IMPLEMENTED; PySet r = make(self, st(self).toArray()); for (PyObject x : b) r.add(x); return r; });
        t.m1("__and__", (self, o) -> { PyObject[] b = other(o); if (b == null) return PySingleton.NOT_IMPLEMENTED; return intersection(self, b); });
        t.m1("__sub__", (self, o) -> { PyObject[] b = other(o); if (b == null) return PySingleton.NOT_IMPLEMENTED; return difference(self, b); });
        t.m1("__xor__", (self, o) -> { PyObject[] b = other(o); if (b == null) return PySingleton.NOT_IMPLEMENTED; return symdiff(self, b); });
        t.m1("__rsub__", (self, o) -> { PyObject[] b = other(o); if (b == null) return PySingleton.NOT_IMPLEMENTED; return difference(make(self, b), st(self).toArray()); });
        t.m1("__eq__", (self, o) -> o instanceof PySet b ? PyBool.of(st(self).size() == b.size() && subset(st(self), b)) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__ne__", (self, o) -> o instanceof PySet b ? PyBool.of(!(st(self).size() == b.size() && subset(st(self), b))) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__le__", (self, o) -> o instanceof PySet b ? PyBool.of(subset(st(self), b)) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__lt__", (self, o) -> o instanceof PySet b ? PyBool.of(st(self).size() < b.size() && subset(st(self), b)) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__ge__", (self, o) -> o instanceof PySet b ? PyBool.of(subset(b, st(self))) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__gt__", (self, o) -> o instanceof PySet b ? PyBool.of(st(self).size() > b.size() && subset(b, st(self))) : PySingleton.NOT_IMPLEMENTED);
        t.mv("union", (self, a, k) -> { PySet r = make(self, st(self).toArray()); for (PyObject o : a) for (PyObject x : Iter.toArray(o)) r.add(x); return r; });
        t.mv("intersection", (self, a, k) -> { PyObject r = make(self, st(self).toArray()); for (PyObject o : a) r = intersection(r, Iter.toArray(o)); return r; });
        t.mv("difference", (self, a, k) -> { PyObject r = make(self, st(self).toArray()); for (PyObject o : a) r = difference(r, Iter.toArray(o)); return r; });
        t.m1("symmetric_difference", (self, o) -> symdiff(self, Iter.toArray(o)));
        t.m1("issubset", (self, o) -> PyBool.of(subset(st(self), make(new PySet(true), Iter.toArray(o)))));
        t.m1("issuperset", (self, o) -> { for (PyObject x : Iter.toArray(o)) if (!st(self).contains(x)) return PyBool.FALSE; return PyBool.TRUE; });
        t.m1("isdisjoint", (self, o) -> { for (PyObject x : Iter.toArray(o)) if (st(self).contains(x)) return PyBool.FALSE; return PyBool.TRUE; });
        t.m0("copy", self -> make(self, st(self).toArray()));
        t.classMethod("__class_getitem__", (cls, a, k) -> GenericAlias.of(cls, a[0]));
    }

    static boolean subset(PySet a, PySet b) {
        for (PyObject x : a.toArray()) if (!b.contains(x)) return false;
        return true;
    }

    static PySet intersection(PyObject self, PyObject[] b) {
        PySet r = make(self, new PyObject[0]);
        for (PyObject x : b) if (st(self).contains(x)) r.add(x);
        return r;
    }

    static PySet difference(PyObject self, PyObject[] b) {
        PySet other = make(new PySet(true), b);
        PySet r = make(self, new PyObject[0]);
        for (PyObject x : st(self).toArray()) if (!other.contains(x)) r.add(x);
        return r;
    }

    static PySet symdiff(PyObject self, PyObject[] b) {
        PySet r = make(self, st(self).toArray());
        for (PyObject x : make(new PySet(true), b).toArray()) { if (!r.remove(x)) r.add(x); }
        return r;
    }

    public static void initSet(PyType t) {
        common(t, false);
        t.set("__hash__", PySingleton.NONE);
        t.mv("__init__", (self, a, k) -> {
            Args.count("set", a, k, 0, 1);
            st(self).clear();
            if (a.length == 1) for (PyObject x : Iter.toArray(a[0])) st(self).add(x);
            return PySingleton.NONE;
        });
        t.m1("add", (self, x) -> { st(self).add(x); return PySingleton.NONE; });
        t.m1("remove", (self, x) -> { if (!st(self).remove(x)) throw Errors.keyError(x); return PySingleton.NONE; });
        t.m1("discard", (self, x) -> { st(self).remove(x); return PySingleton.NONE; });
        t.m0("pop", self -> { PyObject v = st(self).pop(); if (v == null) throw Errors.keyError(PyStr.of("pop from an empty set")); return v; });
        t.m0("clear", self -> { st(self).clear(); return PySingleton.NONE; });
        t.mv("update", (self, a, k) -> { for (PyObject o : a) for (PyObject x : Iter.toArray(o)) st(self).add(x); return PySingleton.NONE; });
        t.mv("intersection_update", (self, a, k) -> { PySet r = st(self); for (PyObject o : a) { PySet n = intersection(r, Iter.toArray(o)); r.clear(); for (PyObject x : n.toArray()) r.add(x); } return PySingleton.NONE; });
        t.mv("difference_update", (self, a, k) -> { for (PyObject o : a) for (PyObject x : Iter.toArray(o)) st(self).remove(x); return PySingleton.NONE; });
        t.m1("symmetric_difference_update", (self, o) -> { for (PyObject x : make(new PySet(true), Iter.toArray(o)).toArray()) { if (!st(self).remove(x)) st(self).add(x); } return PySingleton.NONE; });
        t.m1("__ior__", (self, o) -> { for (PyObject x : Iter.toArray(o)) st(self).add(x); return self; });
        t.m1("__iand__", (self, o) -> { PySet n = intersection(self, Iter.toArray(o)); st(self).clear(); for (PyObject x : n.toArray()) st(self).add(x); return self; });
        t.m1("__isub__", (self, o) -> { for (PyObject x : Iter.toArray(o)) st(self).remove(x); return self; });
        t.m1("__ixor__", (self, o) -> { for (PyObject x : make(new PySet(true), Iter.toArray(o)).toArray()) { if (!st(self).remove(x)) st(self).add(x); } return self; });
    }

    public static void initFrozenSet(PyType t) {
        common(t, true);
        t.m0("__hash__", self -> {
            PySet s = st(self);
            if (s.cachedHash() != -1) return PyInt.of(s.cachedHash());
            long h = 0;
            for (PyObject x : s.toArray()) { long y = Abstract.hash(x); h ^= ((y ^ (y << 16)) ^ 89869747L) * 3644798167L; }
            h ^= (s.size() + 1) * 1927868237L;
            h = h * 69069L + 907133923L;
            if (h == -1) h = 590923713L;
            s.cacheHash(h);
            return PyInt.of(h);
        });
    }
}
