package regpy.numeric;

import java.math.BigInteger;

/**
 * Python float arithmetic beyond what a JVM instruction gives: division by zero errors, floor
 * division and modulo with Python's sign rules, power with CPython's special cases, and the
 * conversions to int. {@code +}, {@code -}, {@code *} are plain IEEE operations (Python never
 * raises for them), so the VM uses the JVM's.
 */
public final class FloatOps {
    private FloatOps() {}

    public static double trueDivide(double a, double b) {
        if (b == 0) throw NumericError.zeroDivision("float division by zero");
        return a / b;
    }

    /** a % b: takes the sign of b; an exact zero result carries b's sign. */
    public static double modulo(double a, double b) {
        if (b == 0) throw NumericError.zeroDivision("float modulo by zero");
        return floorMod(a, b);
    }

    public static double floorDivide(double a, double b) {
        if (b == 0) throw NumericError.zeroDivision("float floor division by zero");
        return floorQuotient(a, b, a % b);
    }

    public record FloatDivMod(double quotient, double remainder) {}

    public static FloatDivMod divmod(double a, double b) {
        if (b == 0) throw NumericError.zeroDivision("float divmod()");
        double fmod = a % b;
        return new FloatDivMod(floorQuotient(a, b, fmod), adjustRemainder(fmod, b));
    }

    private static double floorMod(double a, double b) {
        return adjustRemainder(a % b, b);   // Java's % on doubles is C's fmod: exact
    }

    /** fmod's remainder (sign of a) moved to the sign of b; an exact zero takes b's sign. */
    private static double adjustRemainder(double fmod, double b) {
        if (fmod == 0) return Math.copySign(0.0, b);
        return (b < 0) != (fmod < 0) ? fmod + b : fmod;
    }

    /**
     * The floor quotient, b != 0, derived from the exact fmod remainder so that it is integral
     * and q*b + r reproduces a as nearly as doubles allow.
     */
    private static double floorQuotient(double a, double b, double fmod) {
        double div = (a - fmod) / b;   // close to an integer: a - fmod is a multiple of b
        if (fmod != 0 && (b < 0) != (fmod < 0)) div -= 1.0;
        if (div == 0) return Math.copySign(0.0, a / b);
        double floorDiv = Math.floor(div);
        return div - floorDiv > 0.5 ? floorDiv + 1.0 : floorDiv;   // div was just below an integer
    }

    // ---- power ------------------------------------------------------------------------------

    /**
     * True when x ** y has no real value and Python's float ** gives a complex result: a
     * finite negative base with a finite non-integral exponent. The VM checks this before
     * {@link #power} and computes {@code ComplexOps.power(x, 0, y, 0)} instead.
     */
    public static boolean powerNeedsComplex(double x, double y) {
        return x < 0 && !Double.isInfinite(x) && FloatBits.isFinite(y) && y != Math.floor(y);
    }

    /** x ** y for floats (and int ** negative int). See {@link #powerNeedsComplex}. */
    public static double power(double x, double y) {
        if (y == 0) return 1.0;
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) return 1.0;
            return (y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean yOdd = FloatBits.isOddInteger(y);
        if (Double.isInfinite(x)) {
            if (x > 0) return y > 0 ? x : 0.0;
            return y > 0 ? (yOdd ? x : -x) : (yOdd ? -0.0 : 0.0);
        }
        if (x == 0) {
            if (y < 0) throw NumericError.zeroDivision("0.0 cannot be raised to a negative power");
            return yOdd ? x : 0.0;
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.floor(y)) throw new IllegalStateException("complex result: check powerNeedsComplex first");
            x = -x;
            negate = yOdd;
        }
        if (x == 1.0) return negate ? -1.0 : 1.0;
        double r = Libm.pow(x, y);
        if (Double.isInfinite(r)) throw NumericError.overflow("(34, 'Numerical result out of range')");
        return negate ? -r : r;
    }

    // ---- conversions to int -----------------------------------------------------------------

    /** int(x): truncation toward zero; errors for inf and nan. */
    public static Object toInt(double x) {
        if (Math.abs(x) < 0x1p63) return (long) x;
        if (Double.isNaN(x)) throw NumericError.value("cannot convert float NaN to integer");
        if (Double.isInfinite(x)) throw NumericError.overflow("cannot convert float infinity to integer");
        // |x| >= 2^63 is an integer: mantissa times a positive power of two.
        BigInteger m = BigInteger.valueOf(FloatBits.mantissa(x)).shiftLeft(FloatBits.exponent(x));
        return x < 0 ? m.negate() : m;
    }

    public static Object floor(double x) { return toInt(Math.floor(x)); }

    public static Object ceil(double x) { return toInt(Math.ceil(x)); }

    public static Object trunc(double x) { return toInt(x); }

    public static boolean isInteger(double x) {
        return FloatBits.isFinite(x) && x == Math.floor(x);
    }

    public record IntRatio(Object numerator, Object denominator) {}

    /** float.as_integer_ratio(): lowest terms, positive denominator. */
    public static IntRatio asIntegerRatio(double x) {
        if (Double.isInfinite(x)) throw NumericError.overflow("cannot convert Infinity to integer ratio");
        if (Double.isNaN(x)) throw NumericError.value("cannot convert NaN to integer ratio");
        if (x == 0) return new IntRatio(0L, 1L);
        long m = FloatBits.mantissa(x);
        int e = FloatBits.exponent(x);
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        if (x < 0) m = -m;
        if (e >= 0) return new IntRatio(IntOps.normalize(BigInteger.valueOf(m).shiftLeft(e)), 1L);
        return new IntRatio(m, IntOps.normalize(BigInteger.ONE.shiftLeft(-e)));
    }
}
