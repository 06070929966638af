package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** range and slice. */
public final class RangeType {
    private RangeType() {}

    static PyRange r(PyObject o) { return (PyRange) o; }

    static java.math.BigInteger arg(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null)
            throw Errors.typeError("'" + o.type().getName() + "' object cannot be interpreted as an integer");
        return Abstract.index(o).toBig();
    }

    static PyObject bigIter(PyRange x) {
        java.math.BigInteger[] cur = {x.bigStart()};
        java.math.BigInteger[] left = {x.bigLength()};
        return new IteratorTypes.Fn(LONGRANGE_ITERATOR, () -> {
            if (left[0].signum() <= 0) return null;
            PyObject v = PyInt.of(cur[0]);
            cur[0] = cur[0].add(x.bigStep());
            left[0] = left[0].subtract(java.math.BigInteger.ONE);
            return v;
        });
    }

    static final PyType LONGRANGE_ITERATOR = Types.builtin("longrange_iterator", Types.OBJECT, null, IteratorTypes::initFnIter);

    public static void init(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            Args.noKeywords("range", k);
            int n = a.length - 1;
            if (n == 0) throw Errors.typeError("range expected at least 1 argument, got 0");
            if (n > 3) throw Errors.typeError("range expected at most 3 arguments, got " + n);
            java.math.BigInteger start = java.math.BigInteger.ZERO, stop, step = java.math.BigInteger.ONE;
            if (n == 1) stop = arg(a[1]);
            else { start = arg(a[1]); stop = arg(a[2]); if (n == 3) step = arg(a[3]); }
            if (step.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
            return PyRange.of(start, stop, step);
        });
        t.m0("__repr__", self -> {
            PyRange x = r(self);
            return PyStr.of("range(" + x.bigStart() + ", " + x.bigStop() + (!x.bigStep().equals(java.math.BigInteger.ONE) ? ", " + x.bigStep() : "") + ")");
        });
        t.m0("__len__", self -> {
            if (r(self).big != null) throw Errors.overflowError("Python int too large to convert to C ssize_t");
            return PyInt.of(r(self).length);
        });
        t.m0("__bool__", self -> PyBool.of(r(self).bigLength().signum() != 0));
        t.m0("__iter__", self -> r(self).big != null ? bigIter(r(self)) : new PyIterator(PyIterator.Kind.RANGE, self));
        t.m0("__reversed__", self -> {
            PyRange x = r(self);
            if (x.big != null) return bigIter(PyRange.of(x.bigStart().add(x.bigLength().subtract(java.math.BigInteger.ONE).multiply(x.bigStep())), x.bigStart().subtract(x.bigStep()), x.bigStep().negate()));
            return new PyIterator(PyIterator.Kind.RANGE, new PyRange(x.start + (x.length - 1) * x.step, x.start - x.step, -x.step));
        });
        t.m1("__getitem__", (self, key) -> {
            PyRange x = r(self);
            if (x.big != null && !(key instanceof PySlice)) {
                java.math.BigInteger i = Abstract.index(key).toBig();
                if (i.signum() < 0) i = i.add(x.bigLength());
                if (i.signum() < 0 || i.compareTo(x.bigLength()) >= 0) throw Errors.indexError("range object index out of range");
                return PyInt.of(x.bigStart().add(i.multiply(x.bigStep())));
            }
            if (key instanceof PySlice s) {
                long[] ix = Slices.indices(s, x.length);
                return new PyRange(x.get(ix[0]), x.get(ix[0]) + ix[3] * ix[2] * x.step, ix[2] * x.step);
            }
            long i = Abstract.seqIndex(key, "range");
            if (i < 0) i += x.length;
            if (i < 0 || i >= x.length) throw Errors.indexError("range object index out of range");
            return PyInt.of(x.get(i));
        });
        t.m1("__contains__", (self, v) -> PyBool.of(contains(r(self), v)));
        t.m1("index", (self, v) -> {
            PyRange x = r(self);
            if (v instanceof PyInt i && i.big == null && contains(x, v)) return PyInt.of((i.value - x.start) / x.step);
            throw Errors.valueError(Abstract.reprString(v) + " is not in range");
        });
        t.m1("count", (self, v) -> PyInt.of(contains(r(self), v) ? 1 : 0));
        t.getset("start", self -> PyInt.of(r(self).bigStart()), null);
        t.getset("stop", self -> PyInt.of(r(self).bigStop()), null);
        t.getset("step", self -> PyInt.of(r(self).bigStep()), null);
        t.m1("__eq__", (self, o) -> {
            if (!(o instanceof PyRange y)) return PySingleton.NOT_IMPLEMENTED;
            PyRange x = r(self);
            if (x.length != y.length) return PyBool.FALSE;
            if (x.length == 0) return PyBool.TRUE;
            return PyBool.of(x.start == y.start && (x.length == 1 || x.step == y.step));
        });
        t.m0("__hash__", self -> PyInt.of(Seqs.hashTuple(new PyObject[] {PyInt.of(r(self).length), PyInt.of(r(self).start), PyInt.of(r(self).step)})));
    }

    static boolean contains(PyRange x, PyObject v) {
        if (x.big != null) {
            if (!(v instanceof PyInt i)) return false;
            java.math.BigInteger n = i.toBig(), st = x.bigStart(), sp = x.bigStop(), stp = x.bigStep();
            boolean in = stp.signum() > 0 ? n.compareTo(st) >= 0 && n.compareTo(sp) < 0 : n.compareTo(st) <= 0 && n.compareTo(sp) > 0;
            return in && n.subtract(st).mod(stp.abs()).signum() == 0;
        }
        if (v instanceof PyInt i && i.big == null) {
            long n = i.value;
            if (x.step > 0 ? (n < x.start || n >= x.stop) : (n > x.start || n <= x.stop)) return false;
            return (n - x.start) % x.step == 0;
        }
        for (long k = 0; k < x.length; k++) if (Abstract.richEqBool(PyInt.of(x.get(k)), v)) return true;
        return false;
    }

    public static void initSlice(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            int n = a.length - 1;
            if (n == 0) throw Errors.typeError("slice expected at least 1 argument, got 0");
            if (n == 1) return new PySlice(PySingleton.NONE, a[1], PySingleton.NONE);
            return new PySlice(a[1], a[2], n > 2 ? a[3] : PySingleton.NONE);
        });
        t.getset("start", self -> ((PySlice) self).start, null);
        t.getset("stop", self -> ((PySlice) self).stop, null);
        t.getset("step", self -> ((PySlice) self).step, null);
        t.m0("__repr__", self -> {
            PySlice s = (PySlice) self;
            return PyStr.of("slice(" + Abstract.reprString(s.start) + ", " + Abstract.reprString(s.stop) + ", " + Abstract.reprString(s.step) + ")");
        });
        t.m1("indices", (self, n) -> {
            long[] r = Slices.indices((PySlice) self, Abstract.indexLong(n));
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        t.m1("__eq__", (self, o) -> {
            if (!(o instanceof PySlice b)) return PySingleton.NOT_IMPLEMENTED;
            PySlice a = (PySlice) self;
            return Seqs.compare(new PyObject[] {a.start, a.stop, a.step}, new PyObject[] {b.start, b.stop, b.step}, Abstract.EQ);
        });
    }
}
