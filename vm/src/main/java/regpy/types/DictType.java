package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** dict and its key/value/item views. */
public final class DictType {
    private DictType() {}

    static PyDict d(PyObject o) { return (PyDict) o; }

    /** dict_keys, dict_values, dict_items. */
    public static final class View extends PyObject {
        final PyDict dict;
        final PyIterator.Kind kind;
        View(PyDict dict, PyIterator.Kind kind) { this.dict = dict; this.kind = kind; }
        @Override public PyType type() {
            return kind == PyIterator.Kind.DICT_KEYS ? Types.DICT_KEYS : kind == PyIterator.Kind.DICT_VALUES ? Types.DICT_VALUES : Types.DICT_ITEMS;
        }
        PyObject[] items() {
            if (kind == PyIterator.Kind.DICT_KEYS) return dict.keysArray();
            if (kind == PyIterator.Kind.DICT_VALUES) return dict.valuesArray();
            PyObject[] kv = dict.itemsArray();
            PyObject[] out = new PyObject[kv.length / 2];
            for (int i = 0; i < out.length; i++) out[i] = PyTuple.of(kv[2 * i], kv[2 * i + 1]);
            return out;
        }
    }

    public static void update(PyDict d, PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos > 1) throw Errors.typeError("dict expected at most 1 argument, got " + npos);
        if (npos == 1) {
            PyObject src = a[0];
            if (src instanceof PyDict sd) d.putAll(sd);
            else if (Attr.getAttrOrNull(src, "keys") != null) {
                for (PyObject key : Iter.toArray(Calls.callMethod(src, "keys"))) d.put(key, Abstract.getItem(src, key));
            } else {
                PyObject[] items = Iter.toArray(src);
                for (int i = 0; i < items.length; i++) {
                    PyObject[] pair;
                    if (Iter.getIterOrNull(items[i]) == null)
                        throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    pair = Iter.toArray(items[i]);
                    if (pair.length != 2)
                        throw Errors.valueError("dictionary update sequence element #" + i + " has length " + pair.length + "; 2 is required");
                    d.put(pair[0], pair[1]);
                }
            }
        }
        for (int i = 0; i < nkw; i++) d.put(PyStr.of(k[i]), a[npos + i]);
    }

    public static void init(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            return cls == Types.DICT ? new PyDict() : new PyDict.Sub(cls);
        });
        t.mv("__init__", (self, a, k) -> { update(d(self), a, k); return PySingleton.NONE; });
        t.m0("__repr__", self -> {
            if (!Seqs.reprEnter(self)) return PyStr.of("{...}");
            try {
                PyObject[] kv = d(self).itemsArray();
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < kv.length; i += 2) {
                    if (i > 0) sb.append(", ");
                    sb.append(Abstract.repr(kv[i]).value).append(": ").append(Abstract.repr(kv[i + 1]).value);
                }
                return PyStr.of(sb.append('}').toString());
            } finally {
                Seqs.reprLeave(self);
            }
        });
        t.m0("__len__", self -> PyInt.of(d(self).size()));
        t.m0("__iter__", self -> new PyIterator(PyIterator.Kind.DICT_KEYS, self));
        t.m0("__reversed__", self -> new PyIterator(PyIterator.Kind.TUPLE, PyTuple.of(reversed(d(self).keysArray()))));
        t.set("__hash__", PySingleton.NONE);
        t.m1("__getitem__", (self, key) -> {
            PyObject v = d(self).get(key);
            if (v != null) return v;
            if (self.getClass() != PyDict.class) {
                PyObject missing = self.type().lookup("__missing__");
                if (missing != null) return Calls.callDescr(missing, self, key);
            }
            throw Errors.keyError(key);
        });
        t.m2("__setitem__", (self, key, v) -> { d(self).put(key, v); return PySingleton.NONE; });
        t.m1("__delitem__", (self, key) -> {
            if (d(self).remove(key) == null) throw Errors.keyError(key);
            return PySingleton.NONE;
        });
        t.m1("__contains__", (self, key) -> PyBool.of(d(self).containsKey(key)));
        t.m1("__eq__", (self, o) -> o instanceof PyDict od ? PyBool.of(dictEq(d(self), od)) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__ne__", (self, o) -> o instanceof PyDict od ? PyBool.of(!dictEq(d(self), od)) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__or__", (self, o) -> {
            if (!(o instanceof PyDict od)) return PySingleton.NOT_IMPLEMENTED;
            PyDict r = d(self).copy();
            r.putAll(od);
            return self.type() == Types.DICT ? r : Calls.call(self.type(), r);
        });
        t.m1("__ior__", (self, o) -> { update(d(self), new PyObject[] {o}, null); return self; });
        t.mv("get", (self, a, k) -> {
            Args.count("get", a, k, 1, 2);
            PyObject v = d(self).get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PySingleton.NONE;
        });
        t.mv("setdefault", (self, a, k) -> {
            Args.count("setdefault", a, k, 1, 2);
            return d(self).setDefault(a[0], a.length > 1 ? a[1] : PySingleton.NONE);
        });
        t.mv("pop", (self, a, k) -> {
            Args.count("pop", a, k, 1, 2);
            PyObject v = d(self).remove(a[0]);
            if (v != null) return v;
            if (a.length > 1) return a[1];
            throw Errors.keyError(a[0]);
        });
        t.m0("popitem", self -> {
            PyObject[] kv = d(self).popLast();
            if (kv == null) throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
            return PyTuple.of(kv[0], kv[1]);
        });
        t.m0("keys", self -> new View(d(self), PyIterator.Kind.DICT_KEYS));
        t.m0("values", self -> new View(d(self), PyIterator.Kind.DICT_VALUES));
        t.m0("items", self -> new View(d(self), PyIterator.Kind.DICT_ITEMS));
        t.mv("update", (self, a, k) -> { update(d(self), a, k); return PySingleton.NONE; });
        t.m0("clear", self -> { d(self).clear(); return PySingleton.NONE; });
        t.m0("copy", self -> d(self).copy());
        t.classMethod("fromkeys", (cls, a, k) -> {
            Args.count("fromkeys", a, k, 1, 2);
            PyObject r = Calls.call0(cls);
            PyObject v = a.length > 1 ? a[1] : PySingleton.NONE;
            for (PyObject key : Iter.toArray(a[0])) Abstract.setItem(r, key, v);
            return r;
        });
        t.classMethod("__class_getitem__", (cls, a, k) -> GenericAlias.of(cls, a[0]));
    }

    static PyObject[] reversed(PyObject[] a) {
        PyObject[] r = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) r[i] = a[a.length - 1 - i];
        return r;
    }

    static boolean dictEq(PyDict a, PyDict b) {
        if (a.size() != b.size()) return false;
        PyObject[] kv = a.itemsArray();
        for (int i = 0; i < kv.length; i += 2) {
            PyObject v = b.get(kv[i]);
            if (v == null || !Abstract.richEqBool(kv[i + 1], v)) return false;
        }
        return true;
    }

    private static void viewCommon(PyType t, String name) {
        t.m0("__len__", self -> PyInt.of(((View) self).dict.size()));
        t.m0("__iter__", self -> new PyIterator(((View) self).kind, ((View) self).dict));
        t.m0("__reversed__", self -> new PyIterator(PyIterator.Kind.TUPLE, PyTuple.of(reversed(((View) self).items()))));
        t.m0("__repr__", self -> PyStr.of(name + "(" + Seqs.join(self, "[", ((View) self).items(), "]", "...") + ")"));
        t.getset("mapping", self -> ((View) self).dict, null);
    }

    private static void setLike(PyType t) {
        t.m1("__contains__", (self, o) -> {
            View v = (View) self;
            if (v.kind == PyIterator.Kind.DICT_KEYS) return PyBool.of(v.dict.containsKey(o));
            if (!(o instanceof PyTuple tp) || tp.items.length != 2) return PyBool.FALSE;
            PyObject val = v.dict.get(tp.items[0]);
            return PyBool.of(val != null && Abstract.richEqBool(val, tp.items[1]));
        });
        for (String op : new String[] {"__and__", "__or__", "__sub__", "__xor__"}) {
            t.m1(op, (self, o) -> {
                if (Iter.getIterOrNull(o) == null) return PySingleton.NOT_IMPLEMENTED;
                PySet a = new PySet(false), b = new PySet(false);
                for (PyObject x : ((View) self).items()) a.add(x);
                for (PyObject x : Iter.toArray(o)) b.add(x);
                return Calls.callDescr(Types.SET.lookup(op), a, b);
            });
            String rop = "__r" + op.substring(2);
            t.m1(rop, (self, o) -> {
                if (Iter.getIterOrNull(o) == null) return PySingleton.NOT_IMPLEMENTED;
                PySet a = new PySet(false), b = new PySet(false);
                for (PyObject x : ((View) self).items()) a.add(x);
                for (PyObject x : Iter.toArray(o)) b.add(x);
                return Calls.callDescr(Types.SET.lookup(op), b, a);
            });
        }
        t.m1("__eq__", (self, o) -> {
            PySet a = new PySet(false);
            for (PyObject x : ((View) self).items()) a.add(x);
            PySet b = new PySet(false);
            if (!(o instanceof View) && !(o instanceof PySet)) return PySingleton.NOT_IMPLEMENTED;
            for (PyObject x : Iter.toArray(o)) b.add(x);
            return Calls.callDescr(Types.SET.lookup("__eq__"), a, b);
        });
        t.m1("isdisjoint", (self, o) -> {
            for (PyObject x : Iter.toArray(o)) if (Abstract.contains(self, x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
    }

    public static void initKeysView(PyType t) { viewCommon(t, "dict_keys"); setLike(t); }
    public static void initValuesView(PyType t) { viewCommon(t, "dict_values"); }
    public static void initItemsView(PyType t) { viewCommon(t, "dict_items"); setLike(t); }
}
