package regpy.types;

import regpy.code.Repr;
import regpy.objects.*;
import regpy.runtime.*;

/** float. */
public final class FloatType {
    private FloatType() {}

    static double val(PyObject o) { return ((PyFloat) o).value; }

    /** The other operand as a double, or NaN-free null when it is not a real number. */
    static Double other(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return Numbers.toDouble(i);
        return null;
    }

    public static void init(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            Args.noKeywords("float", k);
            if (a.length > 2) throw Errors.typeError("float expected at most 1 argument, got " + (a.length - 1));
            double v = a.length == 1 ? 0.0 : convert(a[1]);
            return cls == Types.FLOAT ? PyFloat.of(v) : new PyFloat.Sub(cls, v);
        });
        t.m0("__repr__", self -> PyStr.of(Repr.floatRepr(val(self))));
        t.m0("__hash__", self -> PyInt.of(Numbers.hashFloat(val(self))));
        t.m0("__bool__", self -> PyBool.of(val(self) != 0));
        t.m0("__float__", self -> self.getClass() == PyFloat.class ? self : PyFloat.of(val(self)));
        t.m0("__int__", self -> Numbers.fromDouble(val(self)));
        t.m0("__trunc__", self -> Numbers.fromDouble(val(self)));
        t.m0("__floor__", self -> Numbers.fromDouble(Math.floor(val(self))));
        t.m0("__ceil__", self -> Numbers.fromDouble(Math.ceil(val(self))));
        t.m0("__neg__", self -> PyFloat.of(-val(self)));
        t.m0("__pos__", self -> PyFloat.of(val(self)));
        t.m0("__abs__", self -> PyFloat.of(Math.abs(val(self))));
        t.m0("is_integer", self -> PyBool.of(val(self) == Math.rint(val(self)) && !Double.isInfinite(val(self))));
        t.m0("conjugate", self -> PyFloat.of(val(self)));
        t.getset("real", self -> PyFloat.of(val(self)), null);
        t.getset("imag", self -> PyFloat.of(0.0), null);
        t.m0("hex", self -> PyStr.of(hex(val(self))));
        t.m0("as_integer_ratio", self -> asIntegerRatio(val(self)));
        t.mv("__round__", (self, a, k) -> round(val(self), a.length == 0 ? PySingleton.NONE : a[0]));
        String[] names = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"};
        for (int i = 0; i < names.length; i++) {
            final int op = i;
            if (Numbers.floatOp(1.0, 1.0, op) == null) continue;
            t.m1("__" + names[i] + "__", (self, o) -> { Double d = other(o); return d == null ? PySingleton.NOT_IMPLEMENTED : Numbers.floatOp(val(self), d, op); });
            t.m1("__r" + names[i] + "__", (self, o) -> { Double d = other(o); return d == null ? PySingleton.NOT_IMPLEMENTED : Numbers.floatOp(d, val(self), op); });
        }
        t.m1("__divmod__", (self, o) -> { Double d = other(o); return d == null ? PySingleton.NOT_IMPLEMENTED : divmod(val(self), d); });
        t.m1("__rdivmod__", (self, o) -> { Double d = other(o); return d == null ? PySingleton.NOT_IMPLEMENTED : divmod(d, val(self)); });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < 6; i++) {
            final int op = i;
            t.m1(cmp[i], (self, o) -> {
                double x = val(self);
                if (o instanceof PyFloat f) return PyBool.of(cmp(Double.isNaN(x) || Double.isNaN(f.value) ? 2 : Double.compare(x, f.value) == 0 || x == f.value ? 0 : (x < f.value ? -1 : 1), op));
                if (o instanceof PyInt i2) {
                    int c = Numbers.compareIntFloat(i2, x);
                    return PyBool.of(cmp(c == 2 ? 2 : -c, op));
                }
                return PySingleton.NOT_IMPLEMENTED;
            });
        }
        t.m1("__format__", (self, spec) -> PyStr.of(regpy.text.FloatFormat.format(val(self), ((PyStr) spec).value, self.type().getName())));
        t.classMethod("fromhex", (cls, a, k) -> PyFloat.of(fromHex(((PyStr) a[0]).value)));
        t.m0("__getnewargs__", self -> PyTuple.of(PyFloat.of(val(self))));
    }

    static boolean cmp(int c, int op) {
        if (c == 2) return op == Abstract.NE;
        return switch (op) { case 0 -> c < 0; case 1 -> c <= 0; case 2 -> c == 0; case 3 -> c != 0; case 4 -> c > 0; default -> c >= 0; };
    }

    static PyObject divmod(double x, double y) {
        if (y == 0) throw Errors.zeroDivision("float divmod()");
        double[] r = Numbers.floatDivmod(x, y);
        return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1]));
    }

    public static double convert(PyObject x) {
        if (x instanceof PyFloat f) return f.value;
        if (x instanceof PyInt i) return Numbers.toDouble(i);
        if (x instanceof PyStr s) return parse(s.value);
        if (x instanceof PyBytes b) return parse(new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        PyObject f = x.type().lookup("__float__");
        if (f != null) {
            PyObject r = Calls.callDescr(f, x);
            if (!(r instanceof PyFloat rf)) throw Errors.typeError(x.type().getName() + ".__float__ returned non-float (type " + r.type().getName() + ")");
            return rf.value;
        }
        f = x.type().lookup("__index__");
        if (f != null) return Numbers.toDouble(Abstract.index(x));
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().getName() + "'");
    }

    static double parse(String s) {
        try {
            return regpy.text.NumberParsing.parseFloat(s);
        } catch (regpy.text.TextError e) {
            throw Errors.of(Types.exceptions().get(e.pyType()), e.getMessage());
        }
    }

    static PyObject round(double x, PyObject nd) {
        if (nd == PySingleton.NONE) {
            double r = Math.rint(x);
            return Numbers.fromDouble(r);
        }
        long n = Abstract.indexLong(nd);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) return PyFloat.of(x);
        if (n > 323) return PyFloat.of(x);
        if (n < -308) return PyFloat.of(0.0 * x);
        java.math.BigDecimal bd = new java.math.BigDecimal(x).setScale((int) n, java.math.RoundingMode.HALF_EVEN);
        double r = bd.doubleValue();
        if (Double.isInfinite(r)) throw Errors.overflowError("rounded value too large to represent");
        return PyFloat.of(r == 0 ? Math.copySign(0.0, x) : r);
    }

    static PyObject asIntegerRatio(double x) {
        if (Double.isInfinite(x)) throw Errors.overflowError("cannot convert Infinity to integer ratio");
        if (Double.isNaN(x)) throw Errors.valueError("cannot convert NaN to integer ratio");
        java.math.BigDecimal bd = new java.math.BigDecimal(x);
        java.math.BigInteger num, den;
        if (bd.scale() <= 0) { num = bd.toBigInteger(); den = java.math.BigInteger.ONE; }
        else {
            num = bd.unscaledValue();
            den = java.math.BigInteger.TEN.pow(bd.scale());
            java.math.BigInteger g = num.gcd(den);
            num = num.divide(g);
            den = den.divide(g);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    static String hex(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return (1 / x < 0 ? "-" : "") + "0x0.0p+0";
        String h = Double.toHexString(x);  // like 0x1.8p1
        h = h.replace("0x1.0p", "0x1.0000000000000p");
        int p = h.indexOf('p');
        String mant = h.substring(0, p), exp = h.substring(p + 1);
        int dot = mant.indexOf('.');
        String frac = mant.substring(dot + 1);
        while (frac.length() < 13) frac += "0";
        String e = exp.startsWith("-") ? exp : "+" + exp;
        return mant.substring(0, dot + 1) + frac + "p" + e;
    }

    static double fromHex(String s) {
        String t = s.trim().toLowerCase();
        if (t.equals("inf") || t.equals("+inf") || t.equals("infinity")) return Double.POSITIVE_INFINITY;
        if (t.equals("-inf") || t.equals("-infinity")) return Double.NEGATIVE_INFINITY;
        if (t.equals("nan")) return Double.NaN;
        if (!t.contains("p")) t = t + "p0";
        if (!t.contains("0x")) t = t.startsWith("-") ? "-0x" + t.substring(1) : "0x" + t;
        try { return Double.parseDouble(t); } catch (NumberFormatException e) { throw Errors.valueError("invalid hexadecimal floating-point string"); }
    }
}
