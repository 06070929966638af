package regpy.modules;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import regpy.numeric.*;
import regpy.objects.*;
import regpy.runtime.*;

/** The math module: argument conversion around the kernels of regpy.numeric. */
final class MathModule {
    private MathModule() {}

    /** An int as the numeric package represents it: Long or BigInteger. */
    static Object num(PyInt i) { return i.big != null ? i.big : (Object) i.value; }

    static PyInt pyInt(Object o) {
        if (o instanceof Long l) return PyInt.of(l);
        if (o instanceof BigInteger b) return PyInt.of(b);
        if (o instanceof Integer i) return PyInt.of(i);
        throw new IllegalStateException("not an int: " + o);
    }

    /** float(x) as math functions accept it (ints, floats, __float__, __index__). */
    static double dbl(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return Numbers.toDouble(i);
        if (o.type().lookup("__float__") != null || o.type().lookup("__index__") != null) return regpy.types.FloatType.convert(o);
        throw Errors.typeError("must be real number, not " + o.type().getName());
    }

    static Object intArg(String fname, PyObject o) {
        if (o instanceof PyInt i) return num(i);
        if (o.type().lookup("__index__") != null) return num(Abstract.index(o));
        throw Errors.typeError("'" + o.type().getName() + "' object cannot be interpreted as an integer");
    }

    private static void f1(PyModule m, String name, DoubleUnaryOperator f) {
        m.def(name, (a, k) -> {
            Args.count(name, a, k, 1, 1);
            return PyFloat.of(f.applyAsDouble(dbl(a[0])));
        });
    }

    private static PyObject rounding(PyObject x, String dunder, java.util.function.DoubleFunction<Object> f) {
        if (x instanceof PyInt i) return i.exact();
        PyObject meth = x.type().lookup(dunder);
        if (meth != null && !(x instanceof PyFloat)) return Calls.callDescr(meth, x);
        return pyInt(f.apply(dbl(x)));
    }

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.set("pi", PyFloat.of(MathFunctions.PI));
        m.set("e", PyFloat.of(MathFunctions.E));
        m.set("tau", PyFloat.of(MathFunctions.TAU));
        m.set("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.set("nan", PyFloat.of(Double.NaN));
        f1(m, "sqrt", MathFunctions::sqrt);
        f1(m, "cbrt", MathFunctions::cbrt);
        f1(m, "exp", MathFunctions::exp);
        f1(m, "exp2", MathFunctions::exp2);
        f1(m, "expm1", MathFunctions::expm1);
        f1(m, "log1p", MathFunctions::log1p);
        f1(m, "sin", MathFunctions::sin);
        f1(m, "cos", MathFunctions::cos);
        f1(m, "tan", MathFunctions::tan);
        f1(m, "asin", MathFunctions::asin);
        f1(m, "acos", MathFunctions::acos);
        f1(m, "atan", MathFunctions::atan);
        f1(m, "sinh", MathFunctions::sinh);
        f1(m, "cosh", MathFunctions::cosh);
        f1(m, "tanh", MathFunctions::tanh);
        f1(m, "asinh", MathFunctions::asinh);
        f1(m, "acosh", MathFunctions::acosh);
        f1(m, "atanh", MathFunctions::atanh);
        f1(m, "fabs", MathFunctions::fabs);
        f1(m, "degrees", MathFunctions::degrees);
        f1(m, "radians", MathFunctions::radians);
        f1(m, "erf", SpecialFunctions::erf);
        f1(m, "erfc", SpecialFunctions::erfc);
        f1(m, "gamma", SpecialFunctions::gamma);
        f1(m, "lgamma", SpecialFunctions::lgamma);
        f1(m, "ulp", MathFunctions::ulp);
        m.def("log", (a, k) -> {
            Args.count("log", a, k, 1, 2);
            if (a.length == 2) return PyFloat.of(MathFunctions.log(logArg(a[0]), logArg(a[1])));
            Object x = logArg(a[0]);
            return PyFloat.of(x instanceof Double d ? MathFunctions.log(d.doubleValue()) : MathFunctions.log(x));
        });
        m.def("log2", (a, k) -> { Args.count("log2", a, k, 1, 1); Object x = logArg(a[0]); return PyFloat.of(x instanceof Double d ? MathFunctions.log2(d.doubleValue()) : MathFunctions.log2(x)); });
        m.def("log10", (a, k) -> { Args.count("log10", a, k, 1, 1); Object x = logArg(a[0]); return PyFloat.of(x instanceof Double d ? MathFunctions.log10(d.doubleValue()) : MathFunctions.log10(x)); });
        m.def("pow", (a, k) -> { Args.count("pow", a, k, 2, 2); return PyFloat.of(MathFunctions.pow(dbl(a[0]), dbl(a[1]))); });
        m.def("atan2", (a, k) -> { Args.count("atan2", a, k, 2, 2); return PyFloat.of(MathFunctions.atan2(dbl(a[0]), dbl(a[1]))); });
        m.def("copysign", (a, k) -> { Args.count("copysign", a, k, 2, 2); return PyFloat.of(MathFunctions.copysign(dbl(a[0]), dbl(a[1]))); });
        m.def("fmod", (a, k) -> { Args.count("fmod", a, k, 2, 2); return PyFloat.of(MathFunctions.fmod(dbl(a[0]), dbl(a[1]))); });
        m.def("remainder", (a, k) -> { Args.count("remainder", a, k, 2, 2); return PyFloat.of(MathFunctions.remainder(dbl(a[0]), dbl(a[1]))); });
        m.def("modf", (a, k) -> { Args.count("modf", a, k, 1, 1); double[] r = MathFunctions.modf(dbl(a[0])); return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1])); });
        m.def("frexp", (a, k) -> { Args.count("frexp", a, k, 1, 1); var r = MathFunctions.frexp(dbl(a[0])); return PyTuple.of(PyFloat.of(r.mantissa()), PyInt.of(r.exponent())); });
        m.def("ldexp", (a, k) -> { Args.count("ldexp", a, k, 2, 2); return PyFloat.of(MathFunctions.ldexp(dbl(a[0]), intArg("ldexp", a[1]))); });
        m.def("fma", (a, k) -> { Args.count("fma", a, k, 3, 3); return PyFloat.of(MathFunctions.fma(dbl(a[0]), dbl(a[1]), dbl(a[2]))); });
        m.def("isfinite", (a, k) -> { Args.count("isfinite", a, k, 1, 1); return PyBool.of(MathFunctions.isfinite(dbl(a[0]))); });
        m.def("isinf", (a, k) -> { Args.count("isinf", a, k, 1, 1); return PyBool.of(MathFunctions.isinf(dbl(a[0]))); });
        m.def("isnan", (a, k) -> { Args.count("isnan", a, k, 1, 1); return PyBool.of(MathFunctions.isnan(dbl(a[0]))); });
        m.def("isclose", (a, k) -> {
            PyObject[] p = Args.parse("isclose", a, k, 2, 2, "a", "b", "rel_tol", "abs_tol");
            double rel = p[2] == null ? 1e-9 : dbl(p[2]), abs = p[3] == null ? 0.0 : dbl(p[3]);
            if (rel < 0 || abs < 0) throw Errors.valueError("tolerances must be non-negative");
            return PyBool.of(MathFunctions.isclose(dbl(p[0]), dbl(p[1]), rel, abs));
        });
        m.def("nextafter", (a, k) -> {
            PyObject[] p = Args.parse("nextafter", a, k, 2, 2, "x", "y", "steps");
            return PyFloat.of(p[2] == null ? MathFunctions.nextafter(dbl(p[0]), dbl(p[1])) : MathFunctions.nextafter(dbl(p[0]), dbl(p[1]), intArg("nextafter", p[2])));
        });
        m.def("floor", (a, k) -> { Args.count("floor", a, k, 1, 1); return rounding(a[0], "__floor__", FloatOps::floor); });
        m.def("ceil", (a, k) -> { Args.count("ceil", a, k, 1, 1); return rounding(a[0], "__ceil__", FloatOps::ceil); });
        m.def("trunc", (a, k) -> {
            Args.count("trunc", a, k, 1, 1);
            PyObject t = a[0].type().lookup("__trunc__");
            if (t == null) throw Errors.typeError("type " + a[0].type().getName() + " doesn't define __trunc__ method");
            return Calls.callDescr(t, a[0]);
        });
        m.def("factorial", (a, k) -> {
            Args.count("factorial", a, k, 1, 1);
            if (a[0] instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            return pyInt(MathIntegers.factorial(intArg("factorial", a[0])));
        });
        m.def("gcd", (a, k) -> { Object[] xs = ints("gcd", a, k); return pyInt(MathIntegers.gcd(xs)); });
        m.def("lcm", (a, k) -> { Object[] xs = ints("lcm", a, k); return pyInt(MathIntegers.lcm(xs)); });
        m.def("isqrt", (a, k) -> { Args.count("isqrt", a, k, 1, 1); return pyInt(MathIntegers.isqrt(intArg("isqrt", a[0]))); });
        m.def("comb", (a, k) -> { Args.count("comb", a, k, 2, 2); return pyInt(MathIntegers.comb(intArg("comb", a[0]), intArg("comb", a[1]))); });
        m.def("perm", (a, k) -> {
            Args.count("perm", a, k, 1, 2);
            Object n = intArg("perm", a[0]);
            return pyInt(MathIntegers.perm(n, a.length > 1 && a[1] != PySingleton.NONE ? intArg("perm", a[1]) : null));
        });
        m.def("hypot", (a, k) -> {
            Args.noKeywords("hypot", k);
            double[] xs = new double[a.length];
            for (int i = 0; i < xs.length; i++) xs[i] = dbl(a[i]);
            return PyFloat.of(PreciseSums.hypot(xs));
        });
        m.def("dist", (a, k) -> {
            Args.count("dist", a, k, 2, 2);
            PyObject[] p = Iter.toArray(a[0]), q = Iter.toArray(a[1]);
            if (p.length != q.length) throw Errors.valueError("both points must have the same number of dimensions");
            double[] dp = new double[p.length], dq = new double[q.length];
            for (int i = 0; i < p.length; i++) { dp[i] = dbl(p[i]); dq[i] = dbl(q[i]); }
            return PyFloat.of(PreciseSums.dist(dp, dq));
        });
        m.def("fsum", (a, k) -> {
            Args.count("fsum", a, k, 1, 1);
            PyObject[] items = Iter.toArray(a[0]);
            double[] xs = new double[items.length];
            for (int i = 0; i < xs.length; i++) xs[i] = dbl(items[i]);
            return PyFloat.of(PreciseSums.fsum(xs));
        });
        m.def("prod", (a, k) -> {
            PyObject[] p = Args.parse("prod", a, k, 1, 1, "iterable", "start");
            PyObject acc = p[1] == null ? PyInt.ONE : p[1];
            for (PyObject x : Iter.toArray(p[0])) acc = Abstract.binaryOp(acc, x, Abstract.MUL);
            return acc;
        });
        m.def("sumprod", (a, k) -> {
            Args.count("sumprod", a, k, 2, 2);
            PyObject[] p = Iter.toArray(a[0]), q = Iter.toArray(a[1]);
            if (p.length != q.length) throw Errors.valueError("Inputs are not the same length");
            PyObject acc = PyInt.ZERO;
            for (int i = 0; i < p.length; i++) acc = Abstract.binaryOp(acc, Abstract.binaryOp(p[i], q[i], Abstract.MUL), Abstract.ADD);
            return acc;
        });
        return m;
    }

    private static Object logArg(PyObject o) {
        if (o instanceof PyInt i) return num(i);
        return dbl(o);
    }

    private static Object[] ints(String fname, PyObject[] a, String[] k) {
        Args.noKeywords(fname, k);
        Object[] xs = new Object[a.length];
        for (int i = 0; i < a.length; i++) xs[i] = intArg(fname, a[i]);
        return xs;
    }
}
