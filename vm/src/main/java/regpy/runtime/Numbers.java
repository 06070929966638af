package regpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import regpy.objects.*;

/**
 * int and float arithmetic for the operator fast paths and the int/float types: long with
 * exact overflow checks, BigInteger beyond, Python's floor semantics and error messages, and
 * CPython's numeric hash (hash(1) == hash(1.0) == hash(True)).
 */
public final class Numbers {
    private Numbers() {}

    static final long HASH_MODULUS = (1L << 61) - 1;
    static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    // ---- hashing -------------------------------------------------------------------------------

    public static long hashInt(PyInt i) {
        long h;
        if (i.big == null) {
            long v = i.value;
            if (v == Long.MIN_VALUE) h = -(Long.MAX_VALUE % HASH_MODULUS + 1) % HASH_MODULUS;
            else h = v < 0 ? -((-v) % HASH_MODULUS) : v % HASH_MODULUS;
        } else {
            BigInteger a = i.big.abs().mod(BIG_MODULUS);
            h = i.big.signum() < 0 ? -a.longValue() : a.longValue();
        }
        return h == -1 ? -2 : h;
    }

    public static long hashFloat(double x) {
        if (Double.isInfinite(x)) return x > 0 ? 314159 : -314159;
        if (Double.isNaN(x)) return 0;
        if (x == Math.rint(x) && Math.abs(x) < 9.2e18) return hashInt(PyInt.of((long) x));
        int sign = x < 0 ? -1 : 1;
        double m = Math.abs(x);
        int e = Math.getExponent(m) + 1;          // frexp: m = f * 2**e with 0.5 <= f < 1
        m = m / Math.pow(2, e);
        if (Math.getExponent(x) == Double.MIN_EXPONENT - 1) { // subnormal
            e = Math.getExponent(m * 0x1p54) + 1 - 54;
            m = Math.abs(x) * 0x1p54 / Math.pow(2, e + 54);
        }
        long h = 0;
        while (m != 0) {
            h = ((h << 28) & HASH_MODULUS) | h >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            h += y;
            if (h >= HASH_MODULUS) h -= HASH_MODULUS;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        h = ((h << e) & HASH_MODULUS) | h >>> (61 - e);
        h *= sign;
        return h == -1 ? -2 : h;
    }

    // ---- conversions ---------------------------------------------------------------------------

    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        PyInt i = (PyInt) o;
        if (i.big == null) return i.value;
        double d = i.big.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
        return d;
    }

    public static PyInt fromDouble(double d) {
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Math.abs(d) < 9.0e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
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
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        if (i.big == null && Math.abs(i.value) < (1L << 53)) return Double.compare((double) i.value, d) ;
        return new BigDecimal(i.toBig()).compareTo(new BigDecimal(d));
    }

    // ---- int arithmetic ------------------------------------------------------------------------

    public static PyObject intOp(PyInt a, PyInt b, int op) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            switch (op) {
                case Abstract.ADD: { long r = x + y; if (((x ^ r) & (y ^ r)) < 0) break; return PyInt.of(r); }
                case Abstract.SUB: { long r = x - y; if (((x ^ y) & (x ^ r)) < 0) break; return PyInt.of(r); }
                case Abstract.MUL: {
                    long hi = Math.multiplyHigh(x, y), lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
                    break;
                }
                case Abstract.FLOORDIV:
                    if (y == 0) throw Errors.zeroDivision("integer division or modulo by zero");
                    if (x == Long.MIN_VALUE && y == -1) break;
                    return PyInt.of(Math.floorDiv(x, y));
                case Abstract.MOD:
                    if (y == 0) throw Errors.zeroDivision("integer modulo by zero");
                    return PyInt.of(Math.floorMod(x, y));
                case Abstract.AND: return PyInt.of(x & y);
                case Abstract.OR: return PyInt.of(x | y);
                case Abstract.XOR: return PyInt.of(x ^ y);
                case Abstract.RSHIFT:
                    if (y < 0) throw Errors.valueError("negative shift count");
                    return PyInt.of(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                case Abstract.LSHIFT:
                    if (y < 0) throw Errors.valueError("negative shift count");
                    if (x == 0) return PyInt.ZERO;
                    if (y < 63 && (x << y) >> y == x) return PyInt.of(x << y);
                    break;
                case Abstract.TRUEDIV:
                    if (y == 0) throw Errors.zeroDivision("division by zero");
                    if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) return PyFloat.of((double) x / (double) y);
                    break;
                case Abstract.POW:
                    return intPow(a, b);
                default:
                    return Abstract.NI;
            }
        }
        return bigOp(a.toBig(), b.toBig(), op, a, b);
    }

    private static PyObject bigOp(BigInteger x, BigInteger y, int op, PyInt a, PyInt b) {
        switch (op) {
            case Abstract.ADD: return PyInt.of(x.add(y));
            case Abstract.SUB: return PyInt.of(x.subtract(y));
            case Abstract.MUL: return PyInt.of(x.multiply(y));
            case Abstract.FLOORDIV: {
                if (y.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
                return PyInt.of(floorDiv(x, y));
            }
            case Abstract.MOD: {
                if (y.signum() == 0) throw Errors.zeroDivision("integer modulo by zero");
                return PyInt.of(x.subtract(floorDiv(x, y).multiply(y)));
            }
            case Abstract.AND: return PyInt.of(x.and(y));
            case Abstract.OR: return PyInt.of(x.or(y));
            case Abstract.XOR: return PyInt.of(x.xor(y));
            case Abstract.LSHIFT: {
                if (y.signum() < 0) throw Errors.valueError("negative shift count");
                if (y.bitLength() > 31) throw Errors.overflowError("too many digits in integer");
                return PyInt.of(x.shiftLeft(y.intValue()));
            }
            case Abstract.RSHIFT: {
                if (y.signum() < 0) throw Errors.valueError("negative shift count");
                if (y.bitLength() > 31) return PyInt.of(x.signum() < 0 ? -1 : 0);
                return PyInt.of(x.shiftRight(y.intValue()));
            }
            case Abstract.TRUEDIV: {
                if (y.signum() == 0) throw Errors.zeroDivision("division by zero");
                return PyFloat.of(trueDiv(x, y));
            }
            case Abstract.POW: return intPow(a, b);
            default: return Abstract.NI;
        }
    }

    public static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    static double trueDiv(BigInteger x, BigInteger y) {
        double r = new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(r)) throw Errors.overflowError("integer division result too large for a float");
        return r;
    }

    public static PyObject intPow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double x = toDouble(a);
            if (x == 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            return PyFloat.of(Math.pow(x, toDouble(b)));
        }
        if (a.big == null) {
            long x = a.value;
            if (x == 1 || x == 0 && b.signum() > 0) return PyInt.of(x);
            if (x == -1) return PyInt.of(b.toBig().testBit(0) ? -1 : 1);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) throw Errors.memoryError();
        long e = b.value;
        if (a.big == null) {
            long x = a.value, r = 1;
            boolean ok = true;
            long base = x;
            long n = e;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(r, base), lo = r * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    r = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(base, base), lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    base = lo;
                }
            }
            if (ok) return PyInt.of(r);
        }
        BigInteger x = a.toBig();
        if ((long) x.bitLength() * e > 400_000_000L) throw Errors.memoryError();
        return PyInt.of(x.pow((int) e));
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return PyInt.of(-a.value);
        return PyInt.of(a.toBig().negate());
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) return PyInt.of(~a.value);
        return PyInt.of(a.big.not());
    }

    // ---- float arithmetic -----------------------------------------------------------------------

    /** A float operation, or null when the operator does not apply to floats. */
    public static PyObject floatOp(double x, double y, int op) {
        switch (op) {
            case Abstract.ADD: return PyFloat.of(x + y);
            case Abstract.SUB: return PyFloat.of(x - y);
            case Abstract.MUL: return PyFloat.of(x * y);
            case Abstract.TRUEDIV:
                if (y == 0) throw Errors.zeroDivision("float division by zero");
                return PyFloat.of(x / y);
            case Abstract.FLOORDIV:
                if (y == 0) throw Errors.zeroDivision("float floor division by zero");
                return PyFloat.of(floatDivmod(x, y)[0]);
            case Abstract.MOD:
                if (y == 0) throw Errors.zeroDivision("float modulo by zero");
                return PyFloat.of(floatDivmod(x, y)[1]);
            case Abstract.POW: return floatPow(x, y);
            default: return null;
        }
    }

    /** Python's float divmod: floor quotient and a remainder with the sign of y. */
    public static double[] floatDivmod(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) { mod += y; div -= 1.0; }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floordiv, mod};
    }

    public static PyObject floatPow(double x, double y) {
        if (y == 0) return PyFloat.of(1.0);
        if (x == 0 && y < 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            // negative base, fractional exponent: complex result
            double mag = Math.pow(-x, y), ang = Math.PI * y;
            return new PyComplex(mag * Math.cos(ang), mag * Math.sin(ang));
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y))
            throw Errors.of(Types.OVERFLOW_ERROR, PyInt.of(34), PyStr.of("Numerical result out of range"));
        return PyFloat.of(r);
    }
}
