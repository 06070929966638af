package regpy.stdlib.collections;

import regpy.objects.*;
import regpy.runtime.*;
import regpy.types.Seqs;

/**
 * The Python face of collections.deque: the type's methods, with CPython 3.13's argument
 * handling and messages. Storage and atomicity live in {@link PyDeque}; this class never calls
 * Python code (item comparison, iteration of an argument) while holding the deque's monitor.
 */
public final class DequeType {
    private DequeType() {}

    public static final PyType DEQUE = Types.builtin("deque", Types.OBJECT, PyDeque.Sub::new, DequeType::init);

    static PyDeque d(PyObject o) { return (PyDeque) o; }

    static PyException mutated() { return Errors.runtimeError("deque mutated during iteration"); }

    static void init(PyType t) {
        t.set("__module__", PyStr.of("collections"));
        t.set("__doc__", PyStr.of("A list-like sequence optimized for data accesses near its endpoints."));
        t.set("__hash__", PySingleton.NONE);
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            return cls == DEQUE ? new PyDeque() : new PyDeque.Sub(cls);
        });
        t.mv("__init__", (self, a, k) -> {
            int npos = a.length - (k == null ? 0 : k.length);
            if (npos > 2) throw Errors.typeError("deque() takes at most 2 arguments (" + npos + " given)");
            PyObject[] p = Args.parse("deque", a, k, 0, "iterable", "maxlen");
            int maxlen = -1;
            if (p[1] != null && p[1] != PySingleton.NONE) {
                if (!(p[1] instanceof PyInt) && p[1].type().lookup("__index__") == null) throw Errors.typeError("an integer is required");
                long m = Abstract.indexLong(p[1]);
                if (m < 0) throw Errors.valueError("maxlen must be non-negative");
                maxlen = (int) Math.min(m, Integer.MAX_VALUE);
            }
            PyObject[] items = p[0] == null ? new PyObject[0] : Iter.toArray(p[0]);
            d(self).reset(items, maxlen);
            return PySingleton.NONE;
        });
        t.getset("maxlen", self -> d(self).maxlen() < 0 ? PySingleton.NONE : PyInt.of(d(self).maxlen()), null);

        // ---- the ends
        t.m1("append", (self, x) -> { d(self).append(x); return PySingleton.NONE; });
        t.m1("appendleft", (self, x) -> { d(self).appendLeft(x); return PySingleton.NONE; });
        t.m0("pop", self -> orEmpty(d(self).pop()));
        t.m0("popleft", self -> orEmpty(d(self).popLeft()));
        t.m1("extend", (self, it) -> { d(self).extend(Iter.toArrayCopy(it)); return PySingleton.NONE; });
        t.m1("extendleft", (self, it) -> { d(self).extendLeft(Iter.toArrayCopy(it)); return PySingleton.NONE; });
        t.m0("clear", self -> { d(self).clear(); return PySingleton.NONE; });
        t.mv("rotate", (self, a, k) -> {
            Args.count("rotate", a, k, 0, 1);
            d(self).rotate(a.length == 0 ? 1 : Abstract.indexLong(a[0]));
            return PySingleton.NONE;
        });
        t.m0("reverse", self -> { d(self).reverse(); return PySingleton.NONE; });

        // ---- positions
        t.m1("__getitem__", (self, key) -> {
            PyDeque q = d(self);
            PyObject v = q.get(q.normalize(index(key)));
            if (v == null) throw Errors.indexError("deque index out of range");
            return v;
        });
        t.m2("__setitem__", (self, key, x) -> {
            PyDeque q = d(self);
            if (!q.set(q.normalize(index(key)), x)) throw Errors.indexError("deque index out of range");
            return PySingleton.NONE;
        });
        t.m1("__delitem__", (self, key) -> {
            PyDeque q = d(self);
            if (!q.delete(q.normalize(index(key)))) throw Errors.indexError("deque index out of range");
            return PySingleton.NONE;
        });
        t.m2("insert", (self, i, x) -> {
            if (!d(self).insert(Abstract.indexLong(i), x)) throw Errors.indexError("deque already at its maximum size");
            return PySingleton.NONE;
        });

        // ---- searching: compare outside the lock, fail if the deque changes meanwhile
        t.m1("count", (self, x) -> {
            PyDeque q = d(self);
            long s = q.state();
            int n = 0;
            for (int i = 0; ; i++) {
                PyObject y = q.getIfState(i, s);
                if (y == null) { if (q.state() != s) throw mutated(); break; }
                if (Abstract.richEqBool(y, x)) n++;
                if (q.state() != s) throw mutated();
            }
            return PyInt.of(n);
        });
        t.m1("__contains__", (self, x) -> PyBool.of(find(d(self), x, 0, Integer.MAX_VALUE) >= 0));
        t.mv("index", (self, a, k) -> {
            Args.count("index", a, k, 1, 3);
            PyDeque q = d(self);
            int n = q.size();
            long start = a.length > 1 ? sliceIndex(a[1]) : 0, stop = a.length > 2 ? sliceIndex(a[2]) : n;
            if (start < 0) start = Math.max(0, start + n);
            if (stop < 0) stop = Math.max(0, stop + n);
            int i = find(q, a[0], (int) Math.min(start, Integer.MAX_VALUE), (int) Math.min(stop, Integer.MAX_VALUE));
            if (i < 0) throw Errors.valueError(Abstract.reprString(a[0]) + " is not in deque");
            return PyInt.of(i);
        });
        t.m1("remove", (self, x) -> {
            PyDeque q = d(self);
            long s = q.state();
            int i = find(q, x, 0, Integer.MAX_VALUE);
            if (i < 0) throw Errors.valueError(Abstract.reprString(x) + " is not in deque");
            // Delete only the very item compared equal: another thread may have moved things since.
            if (!q.deleteIfUnchanged(i, s, q.get(i))) throw Errors.indexError("deque mutated during remove().");
            return PySingleton.NONE;
        });

        // ---- whole-deque operations
        t.m0("__len__", self -> PyInt.of(d(self).size()));
        t.m0("__iter__", self -> new DequeIterator(d(self), false));
        t.m0("__reversed__", self -> new DequeIterator(d(self), true));
        t.m0("__repr__", self -> {
            PyDeque q = d(self);
            String name = self.type().getName();
            if (!Seqs.reprEnter(self)) return PyStr.of("[...]");
            String body;
            try {
                body = Seqs.join(new PyList(), "[", q.toArray(), "]", "[...]");
            } finally {
                Seqs.reprLeave(self);
            }
            return PyStr.of(name + "(" + body + (q.maxlen() >= 0 ? ", maxlen=" + q.maxlen() : "") + ")");
        });
        t.m0("copy", DequeType::copy);
        t.m0("__copy__", DequeType::copy);
        t.m0("__reduce__", self -> {
            PyDeque q = d(self);
            PyObject maxlen = q.maxlen() < 0 ? PySingleton.NONE : PyInt.of(q.maxlen());
            PyObject state = self.getDict() != null && self.getDict().size() > 0 ? self.getDict() : PySingleton.NONE;
            return PyTuple.of(self.type(), PyTuple.of(PyTuple.EMPTY, maxlen), state, new DequeIterator(q, false));
        });
        t.m1("__add__", (self, o) -> {
            if (!(o instanceof PyDeque od)) throw Errors.typeError("can only concatenate deque (not \"" + o.type().getName() + "\") to deque");
            PyDeque r = (PyDeque) copy(self);
            r.extend(od.toArray());
            return r;
        });
        t.m1("__iadd__", (self, o) -> { d(self).extend(Iter.toArrayCopy(o)); return self; });
        t.m1("__mul__", (self, n) -> repeat(self, n, false));
        t.m1("__rmul__", (self, n) -> repeat(self, n, false));
        t.m1("__imul__", (self, n) -> repeat(self, n, true));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmp.length; i++) {
            final int op = i;
            t.m1(cmp[i], (self, o) -> o instanceof PyDeque od ? Seqs.compare(d(self).toArray(), od.toArray(), op) : PySingleton.NOT_IMPLEMENTED);
        }
        t.classMethod("__class_getitem__", (cls, a, k) -> GenericAlias.of(cls, a[0]));
    }

    private static PyObject orEmpty(PyObject x) {
        if (x == null) throw Errors.indexError("pop from an empty deque");
        return x;
    }

    private static long index(PyObject key) {
        if (key instanceof PyInt || key.type().lookup("__index__") != null) return Abstract.indexLong(key);
        throw Errors.typeError("sequence index must be integer, not '" + key.type().getName() + "'");
    }

    private static long sliceIndex(PyObject o) {
        if (o instanceof PyInt || o.type().lookup("__index__") != null) {
            PyInt i = Abstract.index(o);
            return i.big == null ? i.value : (i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        }
        throw Errors.typeError("slice indices must be integers or have an __index__ method");
    }

    /** The first index in [start, stop) holding an item equal to x, or -1; RuntimeError if the deque changes meanwhile. */
    private static int find(PyDeque q, PyObject x, int start, int stop) {
        long s = q.state();
        for (int i = start; i < stop; i++) {
            PyObject y = q.getIfState(i, s);
            if (y == null) { if (q.state() != s) throw mutated(); return -1; }
            boolean eq = Abstract.richEqBool(y, x);
            if (q.state() != s) throw mutated();
            if (eq) return i;
        }
        return -1;
    }

    /** d.copy(): a deque of the same type and bound (a subclass is called as type(d)(d, maxlen)). */
    static PyObject copy(PyObject self) {
        PyDeque q = d(self);
        if (self.getClass() == PyDeque.class) {
            PyDeque r = new PyDeque();
            r.reset(q.toArray(), q.maxlen());
            return r;
        }
        PyObject type = self.type();
        return q.maxlen() < 0 ? Calls.call(type, self) : Calls.call(type, self, PyInt.of(q.maxlen()));
    }

    private static PyObject repeat(PyObject self, PyObject n, boolean inPlace) {
        if (!(n instanceof PyInt) && n.type().lookup("__index__") == null) {
            if (inPlace || n.type().isBuiltin() || n.type().lookup("__rmul__") == null) throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().getName() + "'");
            return PySingleton.NOT_IMPLEMENTED;
        }
        long times = Abstract.indexLong(n);
        PyDeque q = d(self);
        PyObject[] items = q.toArray();
        int maxlen = q.maxlen();
        // A bounded deque keeps only its last maxlen items: build no more than that.
        long total = times <= 0 ? 0 : items.length * times;
        if (maxlen >= 0) total = Math.min(total, maxlen);
        if (total > Integer.MAX_VALUE - 8) throw Errors.memoryError();
        PyObject[] out = new PyObject[(int) total];
        for (int i = 0; i < out.length; i++) out[out.length - 1 - i] = items[items.length - 1 - (i % items.length)];
        PyDeque r = inPlace ? q : (PyDeque) copy(self);
        if (inPlace) q.reset(out, maxlen);
        else { r.clear(); r.extend(out); }
        return r;
    }
}
