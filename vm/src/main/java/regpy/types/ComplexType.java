package regpy.types;

import regpy.code.Repr;
import regpy.objects.*;
import regpy.runtime.*;

/** complex. */
public final class ComplexType {
    private ComplexType() {}

    static double[] parts(PyObject o) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat f) return new double[] {f.value, 0};
        if (o instanceof PyInt i) return new double[] {Numbers.toDouble(i), 0};
        return null;
    }

    public static void init(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            PyObject[] p = Args.parse("complex", java.util.Arrays.copyOfRange(a, 1, a.length), k, 0, "real", "imag");
            double re = 0, im = 0;
            boolean realIsComplex = false;
            if (p[0] instanceof PyStr s) {
                if (p[1] != null) throw Errors.typeError("complex() can't take second arg if first is a string");
                double[] v = regpy.text.NumberParsing.parseComplex(s.value);
                re = v[0]; im = v[1];
            } else if (p[0] != null) {
                PyObject c = p[0];
                if (!(c instanceof PyComplex) && c.type().lookup("__complex__") != null) c = Calls.callDescr(c.type().lookup("__complex__"), c);
                double[] v = parts(c);
                if (v == null) throw Errors.typeError("complex() first argument must be a string or a number, not '" + p[0].type().getName() + "'");
                re = v[0]; im = v[1];
                realIsComplex = c instanceof PyComplex;
            }
            if (p[1] != null) {
                double[] v = parts(p[1]);
                if (v == null) throw Errors.typeError("complex() second argument must be a number, not '" + p[1].type().getName() + "'");
                if (p[1] instanceof PyComplex) re -= v[1];
                im = realIsComplex ? im + v[0] : v[0];
            }
            PyType cls = (PyType) a[0];
            return cls == Types.COMPLEX ? new PyComplex(re, im) : new PyComplex.Sub(cls, re, im);
        });
        t.m0("__repr__", self -> PyStr.of(Repr.complex(((PyComplex) self).real, ((PyComplex) self).imag)));
        t.getset("real", self -> PyFloat.of(((PyComplex) self).real), null);
        t.getset("imag", self -> PyFloat.of(((PyComplex) self).imag), null);
        t.m0("conjugate", self -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        t.m0("__abs__", self -> PyFloat.of(Math.hypot(((PyComplex) self).real, ((PyComplex) self).imag)));
        t.m0("__neg__", self -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag));
        t.m0("__pos__", self -> self);
        t.m0("__bool__", self -> PyBool.of(((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0));
        t.m0("__hash__", self -> {
            PyComplex c = (PyComplex) self;
            long h = Numbers.hashFloat(c.real) + 1000003L * Numbers.hashFloat(c.imag);
            return PyInt.of(h == -1 ? -2 : h);
        });
        t.m1("__eq__", (self, o) -> { double[] b = parts(o); if (b == null) return PySingleton.NOT_IMPLEMENTED; double[] a = parts(self); return PyBool.of(a[0] == b[0] && a[1] == b[1]); });
        t.m1("__ne__", (self, o) -> { double[] b = parts(o); if (b == null) return PySingleton.NOT_IMPLEMENTED; double[] a = parts(self); return PyBool.of(!(a[0] == b[0] && a[1] == b[1])); });
        int[] ops = {Abstract.ADD, Abstract.SUB, Abstract.MUL, Abstract.TRUEDIV, Abstract.POW};
        String[] names = {"add", "sub", "mul", "truediv", "pow"};
        for (int i = 0; i < ops.length; i++) {
            final int op = ops[i];
            t.m1("__" + names[i] + "__", (self, o) -> { double[] b = parts(o); return b == null ? PySingleton.NOT_IMPLEMENTED : arith(parts(self), b, op); });
            t.m1("__r" + names[i] + "__", (self, o) -> { double[] b = parts(o); return b == null ? PySingleton.NOT_IMPLEMENTED : arith(b, parts(self), op); });
        }
        t.m1("__format__", (self, spec) -> PyStr.of(regpy.text.FloatFormat.formatComplex(((PyComplex) self).real, ((PyComplex) self).imag, ((PyStr) spec).value, "complex")));
    }

    static PyObject arith(double[] a, double[] b, int op) {
        switch (op) {
            case Abstract.ADD: return new PyComplex(a[0] + b[0], a[1] + b[1]);
            case Abstract.SUB: return new PyComplex(a[0] - b[0], a[1] - b[1]);
            case Abstract.MUL: return new PyComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
            case Abstract.TRUEDIV: {
                double d = b[0] * b[0] + b[1] * b[1];
                if (d == 0) throw Errors.zeroDivision("complex division by zero");
                return new PyComplex((a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d);
            }
            default: {
                if (b[0] == 0 && b[1] == 0) return new PyComplex(1, 0);
                if (a[0] == 0 && a[1] == 0) {
                    if (b[1] != 0 || b[0] < 0) throw Errors.zeroDivision("zero to a negative or complex power");
                    return new PyComplex(0, 0);
                }
                if (b[1] == 0 && b[0] == Math.rint(b[0]) && Math.abs(b[0]) <= 100) {
                    int n = (int) b[0];
                    double[] r = {1, 0}, base = n < 0 ? new double[] {a[0] / (a[0] * a[0] + a[1] * a[1]), -a[1] / (a[0] * a[0] + a[1] * a[1])} : a;
                    for (int i = 0; i < Math.abs(n); i++) r = new double[] {r[0] * base[0] - r[1] * base[1], r[0] * base[1] + r[1] * base[0]};
                    return new PyComplex(r[0], r[1]);
                }
                double mod = Math.hypot(a[0], a[1]), arg = Math.atan2(a[1], a[0]);
                double len = Math.pow(mod, b[0]) * Math.exp(-b[1] * arg), phase = arg * b[0] + b[1] * Math.log(mod);
                return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
            }
        }
    }
}
