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

    static boolean compareDoubles(double a, double b, int op) {
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
