package regpy.runtime;

import java.math.BigInteger;

import regpy.numeric.ComplexOps;
import regpy.numeric.Complex;
import regpy.numeric.FloatOps;
import regpy.numeric.IntConversions;
import regpy.numeric.IntOps;
import regpy.numeric.NumericError;
import regpy.numeric.NumericHash;
import regpy.numeric.Rounding;
import regpy.objects.*;

/**
 * The adapter between PyInt/PyFloat values and the exact kernels of {@link regpy.numeric}:
 * it unwraps operands, calls the kernel, wraps the result and turns a kernel's
 * {@link NumericError} into the Python exception. The only arithmetic kept here is the long
 * fast paths of the int operators, which are exact as they stand (overflow falls through to
 * the kernel).
 */
public final class Numbers {
    private Numbers() {}

    // ---- adapting values -----------------------------------------------------------------------

    /** The kernels' int representation: Long, or BigInteger beyond 64 bits. */
    static Object kernel(PyInt i) { return i.big == null ? (Object) i.value : i.big; }

    static PyInt wrap(Object kernelInt) {
        return kernelInt instanceof Long l ? PyInt.of(l) : PyInt.of((BigInteger) kernelInt);
    }

    private static PyException raise(NumericError e) { return Errors.internal(e); }

    // ---- hashing -------------------------------------------------------------------------------

    public static long hashInt(PyInt i) {
        return i.big == null ? NumericHash.hashLong(i.value) : NumericHash.hashInt(i.big);
    }

    /** hash(float). NaN hashes to 0 here (CPython 3.13 uses the object's identity). */
    public static long hashFloat(double x) {
        return Double.isNaN(x) ? 0 : NumericHash.hashDouble(x);
    }

    // ---- conversions ---------------------------------------------------------------------------

    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        PyInt i = (PyInt) o;
        if (i.big == null) return i.value;
        try {
            return IntOps.toDouble(i.big);
        } catch (NumericError e) {
            throw raise(e);
        }
    }

    public static PyInt fromDouble(double d) {
        try {
            return wrap(FloatOps.toInt(d));
        } catch (NumericError e) {
            throw raise(e);
        }
    }

    public static boolean compareDoubles(double a, double b, int op) {
        return switch (op) {
            case Abstract.LT -> a < b; case Abstract.LE -> a <= b; case Abstract.EQ -> a == b;
            case Abstract.NE -> a != b; case Abstract.GT -> a > b; default -> a >= b;
        };
    }

    /** Exact comparison of an int with a float (-1, 0, 1), or 2 when the float is NaN. */
    public static int compareIntFloat(PyInt i, double d) {
        if (Double.isNaN(d)) return 2;
        return i.big == null ? IntConversions.compare(i.value, d) : IntConversions.compare(i.big, d);
    }

    /** round(i, ndigits) for an int and an int ndigits. */
    public static PyInt round(PyInt i, PyInt ndigits) {
        return wrap(Rounding.round(kernel(i), kernel(ndigits)));
    }

    // ---- the inlinable fast paths ---------------------------------------------------------------
    //
    // One small method per operator, for exact int (a long, not a subclass, not bool) and exact
    // float operands, returning null whenever the answer is not a cheap one (an overflow, a zero
    // divisor, any other type): the caller then takes the generic path, which decides exactly
    // as before. Classes are compared with ==, never instanceof: subclasses of int and float
    // may override the operators.
    //
    // Abstract's per-operator entries (Abstract.add & co., which the spun engine calls directly,
    // and which Abstract.binaryOp switches to) call one of these. Where binaryOp is inlined, the
    // call's profile is binaryOp's, shared by every operator, so C2 may judge it cold, and then
    // inlines it only if it is at most 35 bytecodes (MaxInlineSize): hence each operator is just
    // "longs ? xL : doubles ? xD : null" (at most 34 bytecodes) and the work sits in the L and D
    // methods, which are hot relative to their single caller.

    /** Both operands are exact ints that fit in a long. */
    static boolean longs(PyObject a, PyObject b) {
        return a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null && ((PyInt) b).big == null;
    }

    /** An exact float and an exact float or long-sized int, either way round (the int converts as float(i) would). */
    static boolean doubles(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyFloat.class) return cb == PyFloat.class || cb == PyInt.class && ((PyInt) b).big == null;
        return cb == PyFloat.class && ca == PyInt.class && ((PyInt) a).big == null;
    }

    /** The value of an operand {@link #doubles} accepted. */
    static double d(PyObject o) { return o.getClass() == PyFloat.class ? ((PyFloat) o).value : (double) ((PyInt) o).value; }

    static long l(PyObject o) { return ((PyInt) o).value; }

    public static PyObject add(PyObject a, PyObject b) { return longs(a, b) ? addL(a, b) : doubles(a, b) ? addD(a, b) : null; }
    public static PyObject sub(PyObject a, PyObject b) { return longs(a, b) ? subL(a, b) : doubles(a, b) ? subD(a, b) : null; }
    public static PyObject mul(PyObject a, PyObject b) { return longs(a, b) ? mulL(a, b) : doubles(a, b) ? mulD(a, b) : null; }
    public static PyObject trueDiv(PyObject a, PyObject b) { return longs(a, b) ? trueDivL(a, b) : doubles(a, b) ? trueDivD(a, b) : null; }
    public static PyObject floorDiv(PyObject a, PyObject b) { return longs(a, b) ? floorDivL(a, b) : null; }
    public static PyObject mod(PyObject a, PyObject b) { return longs(a, b) ? modL(a, b) : null; }
    public static PyObject and(PyObject a, PyObject b) { return longs(a, b) ? PyInt.of(l(a) & l(b)) : null; }
    public static PyObject or(PyObject a, PyObject b) { return longs(a, b) ? PyInt.of(l(a) | l(b)) : null; }
    public static PyObject xor(PyObject a, PyObject b) { return longs(a, b) ? PyInt.of(l(a) ^ l(b)) : null; }
    public static PyObject lshift(PyObject a, PyObject b) { return longs(a, b) ? lshiftL(a, b) : null; }
    public static PyObject rshift(PyObject a, PyObject b) { return longs(a, b) ? rshiftL(a, b) : null; }

    private static PyObject addL(PyObject a, PyObject b) {
        long x = l(a), y = l(b), r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? null : PyInt.of(r);
    }

    private static PyObject subL(PyObject a, PyObject b) {
        long x = l(a), y = l(b), r = x - y;
        return ((x ^ y) & (x ^ r)) < 0 ? null : PyInt.of(r);
    }

    private static PyObject mulL(PyObject a, PyObject b) {
        long x = l(a), y = l(b), lo = x * y;
        return Math.multiplyHigh(x, y) != (lo >> 63) ? null : PyInt.of(lo);
    }

    /** int / int when both are exact as doubles: one rounding of the exact quotient, as CPython's. */
    private static PyObject trueDivL(PyObject a, PyObject b) {
        long x = l(a), y = l(b);
        return y == 0 || Math.abs(x) > DOUBLE_EXACT || Math.abs(y) > DOUBLE_EXACT ? null : new PyFloat((double) x / (double) y);
    }

    private static final long DOUBLE_EXACT = 1L << 53;

    private static PyObject floorDivL(PyObject a, PyObject b) {
        long x = l(a), y = l(b);
        return y == 0 || y == -1 && x == Long.MIN_VALUE ? null : PyInt.of(Math.floorDiv(x, y));
    }

    private static PyObject modL(PyObject a, PyObject b) {
        long y = l(b);
        return y == 0 ? null : PyInt.of(Math.floorMod(l(a), y));
    }

    private static PyObject lshiftL(PyObject a, PyObject b) {
        long x = l(a), y = l(b);
        if (y < 0 || y > 63) return null;
        long r = x << y;
        return r >> y != x ? null : PyInt.of(r);
    }

    private static PyObject rshiftL(PyObject a, PyObject b) {
        long y = l(b);
        return y < 0 ? null : PyInt.of(l(a) >> Math.min(y, 63));
    }

    private static PyObject addD(PyObject a, PyObject b) { return new PyFloat(d(a) + d(b)); }
    private static PyObject subD(PyObject a, PyObject b) { return new PyFloat(d(a) - d(b)); }
    private static PyObject mulD(PyObject a, PyObject b) { return new PyFloat(d(a) * d(b)); }

    /** A zero divisor goes the generic way (ZeroDivisionError). */
    private static PyObject trueDivD(PyObject a, PyObject b) {
        double y = d(b);
        return y == 0 ? null : new PyFloat(d(a) / y);
    }

    /**
     * a OP b for exact ints, floats and their mixes: 1 true, 0 false, -1 not handled here. An int
     * compares with a float exactly (not through a rounded double), as CPython does.
     */
    public static int compare(PyObject a, PyObject b, int op) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class) {
            PyInt x = (PyInt) a;
            if (cb == PyInt.class) {
                PyInt y = (PyInt) b;
                if (x.big == null && y.big == null) return Abstract.cmpResult(Long.compare(x.value, y.value), op) ? 1 : 0;
                return -1;
            }
            if (cb == PyFloat.class) return compareMixed(compareIntFloat(x, ((PyFloat) b).value), op);
            return -1;
        }
        if (ca == PyFloat.class) {
            if (cb == PyFloat.class) return compareDoubles(((PyFloat) a).value, ((PyFloat) b).value, op) ? 1 : 0;
            if (cb == PyInt.class) return compareMixed(-compareIntFloat((PyInt) b, ((PyFloat) a).value), op);
        }
        return -1;
    }

    /** The result of an int/float comparison from {@link #compareIntFloat}'s answer (2 or -2: NaN, unordered). */
    private static int compareMixed(int c, int op) {
        if (c == 2 || c == -2) return op == Abstract.NE ? 1 : 0;
        return Abstract.cmpResult(c, op) ? 1 : 0;
    }

    // ---- int arithmetic ------------------------------------------------------------------------

    public static PyObject intOp(PyInt a, PyInt b, int op) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            // Exact long fast paths; anything that may overflow falls through to the kernels.
            switch (op) {
                case Abstract.ADD: { long r = x + y; if (((x ^ r) & (y ^ r)) < 0) break; return PyInt.of(r); }
                case Abstract.SUB: { long r = x - y; if (((x ^ y) & (x ^ r)) < 0) break; return PyInt.of(r); }
                case Abstract.MUL: {
                    long hi = Math.multiplyHigh(x, y), lo = x * y;
                    if (hi == (lo >> 63)) return PyInt.of(lo);
                    break;
                }
                case Abstract.AND: return PyInt.of(x & y);
                case Abstract.OR: return PyInt.of(x | y);
                case Abstract.XOR: return PyInt.of(x ^ y);
                default: break;
            }
        }
        try {
            return kernelOp(kernel(a), kernel(b), op);
        } catch (NumericError e) {
            throw raise(e);
        }
    }

    private static PyObject kernelOp(Object x, Object y, int op) {
        return switch (op) {
            case Abstract.ADD -> wrap(IntOps.add(x, y));
            case Abstract.SUB -> wrap(IntOps.subtract(x, y));
            case Abstract.MUL -> wrap(IntOps.multiply(x, y));
            case Abstract.FLOORDIV -> wrap(IntOps.floorDivide(x, y));
            case Abstract.MOD -> wrap(IntOps.modulo(x, y));
            case Abstract.AND -> wrap(IntOps.and(x, y));
            case Abstract.OR -> wrap(IntOps.or(x, y));
            case Abstract.XOR -> wrap(IntOps.xor(x, y));
            case Abstract.LSHIFT -> wrap(IntOps.leftShift(x, y));
            case Abstract.RSHIFT -> wrap(IntOps.rightShift(x, y));
            case Abstract.TRUEDIV -> PyFloat.of(IntOps.trueDivide(x, y));
            case Abstract.POW -> powResult(IntOps.power(x, y));
            default -> Abstract.NI;
        };
    }

    /** int ** int is an int, or a float for a negative exponent. */
    private static PyObject powResult(Object r) {
        return r instanceof Double d ? PyFloat.of(d) : wrap(r);
    }

    public static PyObject intPow(PyInt a, PyInt b) {
        try {
            return powResult(IntOps.power(kernel(a), kernel(b)));
        } catch (NumericError e) {
            throw raise(e);
        }
    }

    /** pow(a, e, m) for ints: modular power, a negative exponent through the inverse. */
    public static PyInt powMod(PyInt a, PyInt e, PyInt m) {
        try {
            return wrap(IntOps.power(kernel(a), kernel(e), kernel(m)));
        } catch (NumericError ex) {
            throw raise(ex);
        }
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return PyInt.of(-a.value);
        return wrap(IntOps.negate(kernel(a)));
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) return PyInt.of(~a.value);
        return wrap(IntOps.invert(a.big));
    }

    // ---- float arithmetic -----------------------------------------------------------------------

    /** A float operation, or null when the operator does not apply to floats. */
    public static PyObject floatOp(double x, double y, int op) {
        try {
            return switch (op) {
                case Abstract.ADD -> PyFloat.of(x + y);
                case Abstract.SUB -> PyFloat.of(x - y);
                case Abstract.MUL -> PyFloat.of(x * y);
                case Abstract.TRUEDIV -> PyFloat.of(FloatOps.trueDivide(x, y));
                case Abstract.FLOORDIV -> PyFloat.of(FloatOps.floorDivide(x, y));
                case Abstract.MOD -> PyFloat.of(FloatOps.modulo(x, y));
                case Abstract.POW -> floatPow(x, y);
                default -> null;
            };
        } catch (NumericError e) {
            throw raise(e);
        }
    }

    /** Python's float divmod: floor quotient and a remainder with the sign of y. */
    public static double[] floatDivmod(double x, double y) {
        try {
            FloatOps.FloatDivMod r = FloatOps.divmod(x, y);
            return new double[] {r.quotient(), r.remainder()};
        } catch (NumericError e) {
            throw raise(e);
        }
    }

    /** float ** float: a complex result for a negative base and a fractional exponent. */
    public static PyObject floatPow(double x, double y) {
        try {
            if (FloatOps.powerNeedsComplex(x, y)) {
                Complex c = ComplexOps.power(x, 0.0, y, 0.0);
                return new PyComplex(c.real(), c.imag());
            }
            return PyFloat.of(FloatOps.power(x, y));
        } catch (NumericError e) {
            throw raise(e);
        }
    }
}
