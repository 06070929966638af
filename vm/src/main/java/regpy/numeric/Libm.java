package regpy.numeric;

/**
 * The C library functions CPython's math module delegates to, in one place. Java has most of
 * them in {@link StrictMath} (fdlibm, reproducible on every JVM); glibc, which CPython uses on
 * Linux, is often correctly rounded where fdlibm is within one ulp, so a rare last-bit
 * difference is possible here and nowhere else. Where HotSpot's intrinsic {@link Math}
 * version matched glibc on more of the test cases it is used instead. The inverse hyperbolic functions and log2,
 * which Java lacks, follow fdlibm's formulas.
 */
final class Libm {
    private Libm() {}

    static final double LN2 = 0.6931471805599453;

    static double exp(double x) { return Math.exp(x); }
    static double exp2(double x) { return Math.pow(2.0, x); }
    static double expm1(double x) { return StrictMath.expm1(x); }
    static double log(double x) { return Math.log(x); }
    static double log10(double x) { return StrictMath.log10(x); }
    static double log1p(double x) { return StrictMath.log1p(x); }
    /**
     * Integral exponents up to 64 are computed exactly and rounded once (glibc's pow is
     * correctly rounded in practice; the JVM's is not always, e.g. 7.0 ** -2).
     */
    static double pow(double x, double y) {
        if (y == Math.rint(y) && Math.abs(y) <= 64 && x != 0 && FloatBits.isFinite(x)) {
            int n = (int) y;
            if (n == 0) return 1.0;
            if (n == 1) return x;
            if (n == 2) return x * x;
            if (n == -1) return 1.0 / x;
            java.math.BigDecimal p = new java.math.BigDecimal(x).pow(Math.abs(n));
            if (n < 0) p = java.math.BigDecimal.ONE.divide(p, new java.math.MathContext(40));
            return Double.parseDouble(p.toString());
        }
        return Math.pow(x, y);
    }
    static double sin(double x) { return StrictMath.sin(x); }
    static double cos(double x) { return Math.cos(x); }
    static double tan(double x) { return Math.tan(x); }
    static double asin(double x) { return StrictMath.asin(x); }
    static double acos(double x) { return StrictMath.acos(x); }
    static double atan(double x) { return StrictMath.atan(x); }
    private static final double PI_HI = Math.PI, PI_LO = 1.2246467991473532e-16;
    private static final double PI_2_HI = Math.PI / 2, PI_2_LO = 6.123233995736766e-17;

    /**
     * atan2 from the arctangent of a ratio of magnitude at most 1, adding the multiple of pi/2
     * in two parts so that the quadrant shift itself rounds only once (fdlibm's own atan2
     * is off by an ulp next to +-pi/2). Zeros, infinities and NaNs take fdlibm's exact path.
     */
    static double atan2(double y, double x) {
        if (y == 0 || x == 0 || !FloatBits.isFinite(x) || !FloatBits.isFinite(y)) return StrictMath.atan2(y, x);
        double ay = Math.abs(y), ax = Math.abs(x), r;
        if (ay <= ax) {
            double t = atan(ay / ax);
            r = x > 0 ? t : PI_HI - (t - PI_LO);
        } else {
            double t = atan(ax / ay);
            r = x > 0 ? PI_2_HI - (t - PI_2_LO) : PI_2_HI + (t + PI_2_LO);
        }
        return Math.copySign(r, y);
    }
    static double sinh(double x) { return StrictMath.sinh(x); }
    static double cosh(double x) { return StrictMath.cosh(x); }
    static double tanh(double x) { return StrictMath.tanh(x); }
    /**
     * Cube root, correctly rounded: fdlibm's estimate (within an ulp or two) is moved to the
     * double whose rounding interval holds the exact root, by cubing the interval's midpoints
     * exactly.
     */
    static double cbrt(double x) {
        double r = StrictMath.cbrt(x);
        if (x == 0 || !FloatBits.isFinite(x)) return r;
        double ax = Math.abs(x);
        r = Math.abs(r);
        java.math.BigDecimal target = new java.math.BigDecimal(ax);
        for (int i = 0; i < 4; i++) {
            if (cube(midpoint(r, Math.nextUp(r))).compareTo(target) < 0) r = Math.nextUp(r);
            else if (cube(midpoint(r, Math.nextDown(r))).compareTo(target) > 0) r = Math.nextDown(r);
            else break;
        }
        return Math.copySign(r, x);
    }

    private static java.math.BigDecimal midpoint(double a, double b) {
        return new java.math.BigDecimal(a).add(new java.math.BigDecimal(b)).multiply(java.math.BigDecimal.valueOf(5, 1));
    }

    private static java.math.BigDecimal cube(java.math.BigDecimal v) {
        return v.multiply(v).multiply(v);
    }

    /**
     * log2 as e + log(m)/ln2 with x = m * 2^e, m in [sqrt(1/2), sqrt(2)): exact for powers of
     * two, and the integer part carries no rounding error.
     */
    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return log(x) / LN2;   // nan, -inf, inf, or <= 0
        int shift = 0;
        if (x < Double.MIN_NORMAL) { x *= 0x1p54; shift = 54; }   // subnormal: normalise first
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);   // [1, 2)
        e -= shift;
        if (m > Math.sqrt(2.0)) { m *= 0.5; e += 1; }
        if (m == 1.0) return e;
        return e + log(m) / LN2;
    }

    static double asinh(double x) {
        double a = Math.abs(x), r;
        if (Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        if (a < 0x1p-28) return x;
        if (a > 0x1p28) r = log(a) + LN2;
        else if (a > 2.0) r = log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        else {
            double t = x * x;
            r = log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 1.0) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : log(x) + LN2;
        if (x == 1.0) return 0.0;
        if (x > 2.0) return log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (a > 1.0) return Double.NaN;
        if (a == 1.0) return x / 0.0;
        if (a < 0x1p-28) return x;
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }
}
