package regpy.numeric;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/**
 * The float functions of Python's math module, with CPython's error rules: a NaN result from a
 * non-NaN argument is "math domain error" (ValueError); an infinite result from a finite
 * argument is "math range error" (OverflowError) for functions that can overflow, and a domain
 * error for the others (log(0.0)). Arguments are already floats: the VM converts ints with
 * {@link IntOps#toDouble}, except for the log family, which accepts huge ints itself.
 * Integer functions are in {@link MathIntegers}, erf/gamma in {@link SpecialFunctions}.
 */
public final class MathFunctions {
    private MathFunctions() {}

    public static final double PI = Math.PI, E = Math.E, TAU = 2 * Math.PI;
    public static final double INF = Double.POSITIVE_INFINITY, NAN = Double.NaN;

    /** Apply CPython's one-argument error rules to r = f(x). */
    static double checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw NumericError.domain();
        if (Double.isInfinite(r) && FloatBits.isFinite(x)) throw canOverflow ? NumericError.range() : NumericError.domain();
        return r;
    }

    /** The same rules for r = f(x, y). */
    static double checked(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw NumericError.domain();
        if (Double.isInfinite(r) && FloatBits.isFinite(x) && FloatBits.isFinite(y)) throw NumericError.range();
        return r;
    }

    public static double sqrt(double x) { return checked(x, Math.sqrt(x), false); }
    public static double cbrt(double x) { return checked(x, Libm.cbrt(x), false); }
    public static double exp(double x) { return checked(x, Libm.exp(x), true); }
    public static double exp2(double x) { return checked(x, Libm.exp2(x), true); }
    public static double expm1(double x) { return checked(x, Libm.expm1(x), true); }
    public static double log1p(double x) { return checked(x, Libm.log1p(x), false); }
    public static double sin(double x) { return checked(x, Libm.sin(x), false); }
    public static double cos(double x) { return checked(x, Libm.cos(x), false); }
    public static double tan(double x) { return checked(x, Libm.tan(x), false); }
    public static double asin(double x) { return checked(x, Libm.asin(x), false); }
    public static double acos(double x) { return checked(x, Libm.acos(x), false); }
    public static double atan(double x) { return checked(x, Libm.atan(x), false); }
    public static double sinh(double x) { return checked(x, Libm.sinh(x), true); }
    public static double cosh(double x) { return checked(x, Libm.cosh(x), true); }
    public static double tanh(double x) { return checked(x, Libm.tanh(x), false); }
    public static double asinh(double x) { return checked(x, Libm.asinh(x), false); }
    public static double acosh(double x) { return checked(x, Libm.acosh(x), false); }
    public static double atanh(double x) { return checked(x, Libm.atanh(x), false); }
    public static double fabs(double x) { return Math.abs(x); }
    public static double atan2(double y, double x) { return Libm.atan2(y, x); }
    public static double copysign(double x, double y) { return Math.copySign(x, y); }
    public static double degrees(double x) { return x * (180.0 / Math.PI); }
    public static double radians(double x) { return x * (Math.PI / 180.0); }
    public static boolean isfinite(double x) { return FloatBits.isFinite(x); }
    public static boolean isinf(double x) { return Double.isInfinite(x); }
    public static boolean isnan(double x) { return Double.isNaN(x); }

    // ---- logarithms (float or arbitrarily large int arguments) ------------------------------

    public static double log(double x) { return checked(x, Libm.log(x), false); }
    public static double log2(double x) { return checked(x, Libm.log2(x), false); }
    public static double log10(double x) { return checked(x, Libm.log10(x), false); }

    /**
     * math.log(x) for x a Double or any int; huge ints go through their bit length instead of
     * a float (which would overflow).
     */
    public static double log(Object x) {
        return x instanceof Double d ? log(d.doubleValue()) : logInt(x, Libm::log, Libm.LN2);
    }

    public static double log2(Object x) {
        return x instanceof Double d ? log2(d.doubleValue()) : logInt(x, Libm::log2, 1.0);
    }

    public static double log10(Object x) {
        return x instanceof Double d ? log10(d.doubleValue()) : logInt(x, Libm::log10, Libm.log10(2.0));
    }

    /** math.log(x, base); each argument a Double or an int. */
    public static double log(Object x, Object base) {
        double num = log(x), den = log(base);
        if (den == 0) throw NumericError.zeroDivision("float division by zero");
        return num / den;
    }

    private static double logInt(Object i, DoubleUnaryOperator f, double logOf2) {
        if (IntOps.signum(i) <= 0) throw NumericError.domain();
        if (IntOps.isSmall(i)) return f.applyAsDouble((double) IntOps.small(i));
        BigInteger b = (BigInteger) i;
        double d = b.doubleValue();
        if (!Double.isInfinite(d)) return f.applyAsDouble(d);
        // i = m * 2^e with m in [0.5, 1) rounded to double precision
        int e = b.bitLength();
        BigInteger top = b.shiftRight(e - 55);
        boolean sticky = b.getLowestSetBit() < e - 55;
        double m = FloatBits.roundScaled(top, sticky, -55);
        if (m == 1.0) { m = 0.5; e++; }   // rounded up to the next power of two
        return f.applyAsDouble(m) + logOf2 * e;
    }

    // ---- two-argument functions -------------------------------------------------------------

    /** math.pow: like float ** but never complex, and with the math module's errors. */
    public static double pow(double x, double y) {
        if (!FloatBits.isFinite(x) || !FloatBits.isFinite(y)) {
            if (Double.isNaN(x)) return y == 0 ? 1.0 : x;
            if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
            if (Double.isInfinite(x)) {
                boolean oddY = FloatBits.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) return oddY ? x : Math.abs(x);
                if (y == 0) return 1.0;
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            double ax = Math.abs(x);   // y is infinite
            if (ax == 1.0) return 1.0;
            if (y > 0 && ax > 1.0) return y;
            if (y < 0 && ax < 1.0) return -y;
            return 0.0;
        }
        double r = Libm.pow(x, y);
        if (Double.isNaN(r)) throw NumericError.domain();
        if (Double.isInfinite(r)) throw x == 0 ? NumericError.domain() : NumericError.range();
        return r;
    }

    public static double fmod(double x, double y) {
        if (Double.isInfinite(y) && FloatBits.isFinite(x)) return x;
        return checked(x, y, x % y);
    }

    /** IEEE 754 remainder: x - n*y with n the nearest integer to x/y, ties to even. */
    public static double remainder(double x, double y) {
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x) || y == 0) throw NumericError.domain();
        if (Double.isInfinite(y)) return x;
        return Math.IEEEremainder(x, y);
    }

    /** math.modf: (fractional part, integral part), both with x's sign. */
    public static double[] modf(double x) {
        if (Double.isInfinite(x)) return new double[] {Math.copySign(0.0, x), x};
        if (Double.isNaN(x)) return new double[] {x, x};
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return new double[] {Math.copySign(x - ip, x), ip};
    }

    public record Frexp(double mantissa, long exponent) {}

    /** math.frexp: x == m * 2**e with 0.5 <= |m| < 1. */
    public static Frexp frexp(double x) {
        if (x == 0 || !FloatBits.isFinite(x)) return new Frexp(x, 0);
        long m = FloatBits.mantissa(x);
        int e = FloatBits.exponent(x) + 64 - Long.numberOfLeadingZeros(m);
        return new Frexp(Math.scalb(x, -e), e);
    }

    /** math.ldexp(x, i) with i any int. */
    public static double ldexp(double x, Object i) {
        if (x == 0 || !FloatBits.isFinite(x)) return x;
        BigInteger e = IntOps.big(i);
        int n = e.compareTo(BigInteger.valueOf(5000)) > 0 ? 5000
              : e.compareTo(BigInteger.valueOf(-5000)) < 0 ? -5000 : e.intValue();
        double r = Math.scalb(x, n);
        if (Double.isInfinite(r)) throw NumericError.range();
        return r;
    }

    public static double fma(double x, double y, double z) {
        double r = Math.fma(x, y, z);
        if (FloatBits.isFinite(r)) return r;
        boolean anyNan = Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(z);
        if (Double.isNaN(r)) {
            if (!anyNan) throw NumericError.value("invalid operation in fma");
        } else if (FloatBits.isFinite(x) && FloatBits.isFinite(y) && FloatBits.isFinite(z)) {
            throw NumericError.overflow("overflow in fma");
        }
        return r;
    }

    /** math.isclose; NaN is close to nothing, an infinity only to itself. */
    public static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0 || absTol < 0) throw NumericError.value("tolerances must be non-negative");
        if (a == b) return true;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return false;
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    // ---- neighbours -------------------------------------------------------------------------

    public static double nextafter(double x, double y) { return Math.nextAfter(x, y); }

    /**
     * math.nextafter(x, y, steps=n): n representable doubles from x toward y, stopping at y.
     * Doubles are ordered like their bit patterns read as sign-magnitude integers, with both
     * zeros on the same step.
     */
    public static double nextafter(double x, double y, Object steps) {
        if (IntOps.signum(steps) < 0) throw NumericError.value("steps must be a non-negative integer");
        if (IntOps.signum(steps) == 0 || Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (!IntOps.isSmall(steps)) return y;   // 2^63 steps and more cross every double
        long n = IntOps.small(steps);
        long kx = orderKey(x), ky = orderKey(y);
        if (kx == ky) return y;
        long distance = kx < ky ? ky - kx : kx - ky;   // unsigned: fits in 64 bits
        if (Long.compareUnsigned(distance, n) <= 0) return y;
        long k = kx < ky ? kx + n : kx - n;
        return k == 0 ? Math.copySign(0.0, x) : fromOrderKey(k);
    }

    private static long orderKey(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private static double fromOrderKey(long k) {
        return Double.longBitsToDouble(k < 0 ? Long.MIN_VALUE - k : k);
    }

    public static double ulp(double x) {
        if (Double.isNaN(x)) return x;
        return Math.ulp(x);
    }
}
