package regpy.types;

import java.math.BigInteger;

import regpy.objects.*;
import regpy.runtime.*;
import regpy.text.IntFormat;
import regpy.text.NumberParsing;

/** int and bool. */
public final class IntType {
    private IntType() {}

    static PyInt exact(PyObject o) { return ((PyInt) o).exact(); }

    public static String str(PyInt i) { return i.big == null ? Long.toString(i.value) : IntFormat.toDecimal(i.big); }

    public static void init(PyType t) {
        t.staticMethod("__new__", IntType::intNew);
        t.m0("__repr__", self -> PyStr.of(str((PyInt) self)));
        t.m0("__hash__", self -> PyInt.of(Numbers.hashInt((PyInt) self)));
        t.m0("__bool__", self -> PyBool.of(((PyInt) self).signum() != 0));
        t.m0("__index__", IntType::exact);
        t.m0("__int__", IntType::exact);
        t.m0("__float__", self -> PyFloat.of(Numbers.toDouble(self)));
        t.m0("__neg__", self -> Numbers.negate(exact(self)));
        t.m0("__pos__", IntType::exact);
        t.m0("__abs__", self -> ((PyInt) self).signum() < 0 ? Numbers.negate(exact(self)) : exact(self));
        t.m0("__invert__", self -> Numbers.invert(exact(self)));
        t.m0("__trunc__", IntType::exact);
        t.m0("__floor__", IntType::exact);
        t.m0("__ceil__", IntType::exact);
        t.mv("__round__", (self, a, k) -> {
            if (a.length == 0 || a[0] == PySingleton.NONE) return exact(self);
            return Numbers.round(exact(self), Abstract.index(a[0]));
        });
        String[] names = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"};
        for (int i = 0; i < names.length; i++) {
            final int op = i;
            if (i == Abstract.MATMUL) continue;
            if (i == Abstract.POW) continue;
            t.m1("__" + names[i] + "__", (self, o) -> o instanceof PyInt oi ? Numbers.intOp(exact(self), oi.exact(), op) : PySingleton.NOT_IMPLEMENTED);
            t.m1("__r" + names[i] + "__", (self, o) -> o instanceof PyInt oi ? Numbers.intOp(oi.exact(), exact(self), op) : PySingleton.NOT_IMPLEMENTED);
        }
        t.mv("__pow__", (self, a, k) -> {
            if (!(a[0] instanceof PyInt e)) return PySingleton.NOT_IMPLEMENTED;
            if (a.length > 1 && a[1] != PySingleton.NONE) return powMod(exact(self), e, a[1]);
            return Numbers.intPow(exact(self), e.exact());
        });
        t.mv("__rpow__", (self, a, k) -> a[0] instanceof PyInt b ? Numbers.intPow(b.exact(), exact(self)) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__divmod__", (self, o) -> o instanceof PyInt oi ? divmod(exact(self), oi.exact()) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__rdivmod__", (self, o) -> o instanceof PyInt oi ? divmod(oi.exact(), exact(self)) : PySingleton.NOT_IMPLEMENTED);
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < 6; i++) {
            final int op = i;
            t.m1(cmp[i], (self, o) -> {
                if (o instanceof PyInt oi) return Abstract.richCompare(exact(self), oi.exact(), op);
                return PySingleton.NOT_IMPLEMENTED;
            });
        }
        t.m1("__format__", (self, spec) -> {
            PyInt i = (PyInt) self;
            String sp = ((PyStr) spec).value;
            if (sp.isEmpty()) return Abstract.str(self);
            String tn = self.type().getName();
            if (sp.matches(".*[eEfFgG%]$")) return PyStr.of(regpy.text.FloatFormat.format(Numbers.toDouble(exact(self)), sp, tn));
            return PyStr.of(i.big == null ? IntFormat.format(i.value, sp, tn) : IntFormat.format(i.big, sp, tn));
        });
        t.m0("bit_length", self -> PyInt.of(((PyInt) self).toBig().abs().bitLength()));
        t.m0("bit_count", self -> PyInt.of(((PyInt) self).toBig().abs().bitCount()));
        t.m0("conjugate", IntType::exact);
        t.m0("is_integer", self -> PyBool.TRUE);
        t.m0("as_integer_ratio", self -> PyTuple.of(exact(self), PyInt.ONE));
        t.getset("real", IntType::exact, null);
        t.getset("imag", self -> PyInt.ZERO, null);
        t.getset("numerator", IntType::exact, null);
        t.getset("denominator", self -> PyInt.ONE, null);
        t.mv("to_bytes", IntType::toBytes);
        t.classMethod("from_bytes", IntType::fromBytes);
        t.m0("__getnewargs__", self -> PyTuple.of(exact(self)));
        t.m0("__sizeof__", self -> PyInt.of(28));
    }

    public static void initBool(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            Args.noKeywords("bool", k);
            if (a.length > 2) throw Errors.typeError("bool expected at most 1 argument, got " + (a.length - 1));
            return PyBool.of(a.length > 1 && Abstract.isTrue(a[1]));
        });
        t.m0("__repr__", self -> PyStr.of(self == PyBool.TRUE ? "True" : "False"));
        t.m1("__and__", (self, o) -> o instanceof PyBool ? PyBool.of(self == PyBool.TRUE && o == PyBool.TRUE) : o instanceof PyInt oi ? Numbers.intOp(exact(self), oi.exact(), Abstract.AND) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__rand__", (self, o) -> o instanceof PyBool ? PyBool.of(self == PyBool.TRUE && o == PyBool.TRUE) : o instanceof PyInt oi ? Numbers.intOp(oi.exact(), exact(self), Abstract.AND) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__or__", (self, o) -> o instanceof PyBool ? PyBool.of(self == PyBool.TRUE || o == PyBool.TRUE) : o instanceof PyInt oi ? Numbers.intOp(exact(self), oi.exact(), Abstract.OR) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__ror__", (self, o) -> o instanceof PyBool ? PyBool.of(self == PyBool.TRUE || o == PyBool.TRUE) : o instanceof PyInt oi ? Numbers.intOp(oi.exact(), exact(self), Abstract.OR) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__xor__", (self, o) -> o instanceof PyBool ? PyBool.of(self != o) : o instanceof PyInt oi ? Numbers.intOp(exact(self), oi.exact(), Abstract.XOR) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__rxor__", (self, o) -> o instanceof PyBool ? PyBool.of(self != o) : o instanceof PyInt oi ? Numbers.intOp(oi.exact(), exact(self), Abstract.XOR) : PySingleton.NOT_IMPLEMENTED);
    }

    static PyObject divmod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        return PyTuple.of(Numbers.intOp(a, b, Abstract.FLOORDIV), Numbers.intOp(a, b, Abstract.MOD));
    }

    static PyObject powMod(PyInt a, PyInt e, PyObject mo) {
        if (!(mo instanceof PyInt m)) return PySingleton.NOT_IMPLEMENTED;
        return Numbers.powMod(a, e, m);
    }

    static PyObject intNew(PyObject[] a, String[] k) {
        PyType cls = (PyType) a[0];
        PyObject[] p = Args.parse("int", java.util.Arrays.copyOfRange(a, 1, a.length), k, 0, 2, "x", "base");
        PyInt v = p[0] == null ? PyInt.ZERO : convert(p[0], p[1]);
        if (cls == Types.INT) return v;
        if (cls == Types.BOOL) return PyBool.of(v.signum() != 0);
        return new PyInt.Sub(cls, v);
    }

    /** int(x) / int(x, base). */
    public static PyInt convert(PyObject x, PyObject baseObj) {
        if (baseObj != null) {
            long base = Abstract.indexLong(baseObj);
            if (base != 0 && (base < 2 || base > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            if (x instanceof PyStr s) return parse(s.value, (int) base);
            if (x instanceof PyBytes b) return parse(new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1), (int) base);
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        if (x.getClass() == PyInt.class) return (PyInt) x;
        if (x instanceof PyInt i) return i.exact();
        if (x instanceof PyFloat f) return Numbers.fromDouble(f.value);
        if (x instanceof PyStr s) return parse(s.value, 10);
        if (x instanceof PyBytes b) return parse(new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1), 10);
        PyType t = x.type();
        PyObject f = t.lookup("__int__");
        if (f == null) f = t.lookup("__index__");
        if (f != null) {
            PyObject r = Calls.callDescr(f, x);
            if (!(r instanceof PyInt ri)) throw Errors.typeError("__int__ returned non-int (type " + r.type().getName() + ")");
            return ri.exact();
        }
        f = t.lookup("__trunc__");
        if (f != null) return convert(Calls.callDescr(f, x), null);
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + t.getName() + "'");
    }

    static PyInt parse(String s, int base) {
        try {
            return PyInt.of(NumberParsing.parseInt(s, base));
        } catch (regpy.text.TextError e) {
            throw Errors.of(Types.exceptions().get(e.pyType()), e.getMessage());
        }
    }

    static PyObject toBytes(PyObject self, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("to_bytes", a, k, 0, 2, "length", "byteorder", "signed");
        long length = p[0] == null ? 1 : Abstract.indexLong(p[0]);
        String order = p[1] == null ? "big" : ((PyStr) p[1]).value;
        boolean signed = p[2] != null && Abstract.isTrue(p[2]);
        if (length < 0) throw Errors.valueError("length argument must be non-negative");
        BigInteger v = ((PyInt) self).toBig();
        if (!signed && v.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
        byte[] raw = v.toByteArray();
        int needed = signed ? raw.length : (v.bitLength() + 7) / 8;
        if (needed > length) throw Errors.overflowError("int too big to convert");
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, fill);
        for (int i = 0; i < Math.min(raw.length, length); i++) out[(int) length - 1 - i] = raw[raw.length - 1 - i];
        if (order.equals("little")) for (int i = 0, j = out.length - 1; i < j; i++, j--) { byte tmp = out[i]; out[i] = out[j]; out[j] = tmp; }
        else if (!order.equals("big")) throw Errors.valueError("byteorder must be either 'little' or 'big'");
        return new PyBytes(out);
    }

    static PyObject fromBytes(PyObject cls, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("from_bytes", a, k, 1, 2, "bytes", "byteorder", "signed");
        byte[] b = p[0] instanceof PyBytes pb ? pb.bytes() : bytesOf(Iter.toArray(p[0]));
        String order = p[1] == null ? "big" : ((PyStr) p[1]).value;
        boolean signed = p[2] != null && Abstract.isTrue(p[2]);
        byte[] be = b.clone();
        if (order.equals("little")) for (int i = 0, j = be.length - 1; i < j; i++, j--) { byte tmp = be[i]; be[i] = be[j]; be[j] = tmp; }
        BigInteger v = be.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(be) : new BigInteger(1, be);
        PyInt r = PyInt.of(v);
        return cls == Types.INT ? r : Calls.call(cls, r);
    }

    static byte[] bytesOf(PyObject[] items) {
        byte[] out = new byte[items.length];
        for (int i = 0; i < out.length; i++) out[i] = (byte) Abstract.indexLong(items[i]);
        return out;
    }
}
