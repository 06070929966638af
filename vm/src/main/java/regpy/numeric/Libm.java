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

    static double exp(double x) { return AccurateExp.exp(x); }
    static double exp2(double x) { return AccurateExp.exp2(x); }
    static double expm1(double x) { return StrictMath.expm1(x); }
    static double log(double x) { return Math.log(x); }
    private static final double LOG10_2_HI = 3.01029995663611771306e-01, LOG10_2_LO = 3.69423907715893078616e-13;
    private static final double INV_LN10 = 4.34294481903251816668e-01;

    /**
     * log10 as glibc computes it (fdlibm's formula on top of a correctly rounded log):
     * x = m * 2^k with m in [1, 2), or [0.5, 1) for negative k so that log(m) and k agree in
     * sign; then k*log10(2) in two parts plus log(m)/ln 10.
     */
    static double log10(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        int k = 0;
        if (x < Double.MIN_NORMAL) { x *= 0x1p54; k = -54; }
        k += Math.getExponent(x);
        int i = k < 0 ? 1 : 0;
        double m = Math.scalb(x, -Math.getExponent(x) - i);
        double y = k + i;
        double z = y * LOG10_2_LO + INV_LN10 * log(m);
        return z + y * LOG10_2_HI;
    }
    static double log1p(double x) { return StrictMath.log1p(x); }
    /**
     * Integral exponents up to 64 are computed in double-double arithmetic (about 104 bits)
     * and rounded once, so the result is correctly rounded as glibc's pow is in practice (the
     * JVM's is not always: 7.0 ** -2). Near the ends of the exponent range, where the low
     * word would lose bits, an exact BigDecimal computation takes over.
     */
    static double pow(double x, double y) {
        if (y == Math.rint(y) && Math.abs(y) <= 64 && x != 0 && FloatBits.isFinite(x)) {
            int n = (int) y;
            if (n == 0) return 1.0;
            if (n == 1) return x;
            if (n == 2) return x * x;
            if (n == -1) return 1.0 / x;
            return integralPower(x, n);
        }
        return Math.pow(x, y);
    }

    private static double integralPower(double x, int n) {
        double rh = 1.0, rl = 0.0, bh = x, bl = 0.0;
        for (int k = Math.abs(n); ; ) {
            if ((k & 1) != 0) {
                double p = rh * bh, e = Math.fma(rh, bh, -p) + (rh * bl + rl * bh);
                rh = p + e;
                rl = e - (rh - p);
            }
            k >>>= 1;
            if (k == 0) break;
            double p = bh * bh, e = Math.fma(bh, bh, -p) + 2.0 * bh * bl;
            bh = p + e;
            bl = e - (bh - p);
            if (!(Math.abs(bh) < 0x1p900 && Math.abs(bh) > 0x1p-900)) return exactPower(x, n);
        }
        if (!(Math.abs(rh) < 0x1p1000 && Math.abs(rh) > 0x1p-960)) return exactPower(x, n);
        if (n > 0) return rh + rl;
        double q = 1.0 / rh;
        double r = Math.fma(-q, rh, 1.0) - q * rl;   // 1 - q*(rh+rl), nearly exact
        return q + r / rh;
    }

    private static double exactPower(double x, int n) {
        java.math.BigDecimal p = new java.math.BigDecimal(x).pow(Math.abs(n));
        if (n < 0) p = java.math.BigDecimal.ONE.divide(p, new java.math.MathContext(40));
        return Double.parseDouble(p.toString());
    }

    static double sin(double x) { return Math.sin(x); }
    static double cos(double x) { return Math.cos(x); }
    static double tan(double x) { return Math.tan(x); }
    static double asin(double x) { return InverseTrig.asin(x); }
    static double acos(double x) { return InverseTrig.acos(x); }
    static double atan(double x) { return InverseTrig.atan(x); }
    /** Zeros, infinities and NaNs take fdlibm's path, exact for those cases. */
    static double atan2(double y, double x) {
        if (y == 0 || x == 0 || !FloatBits.isFinite(x) || !FloatBits.isFinite(y)) return StrictMath.atan2(y, x);
        return InverseTrig.atan2(y, x);
    }

    /** fdlibm's sinh, on top of the more accurate exp above. */
    static double sinh(double x) {
        if (!FloatBits.isFinite(x)) return x;
        double ax = Math.abs(x), h = Math.copySign(0.5, x);
        if (ax < 22) {
            if (ax < 0x1p-28) return x;
            double t = expm1(ax);
            return ax < 1 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        if (ax < 709.7822265625) return h * exp(ax);
        double w = exp(0.5 * ax);   // exp(ax) alone would overflow before the halving
        return h * w * w;
    }

    /** fdlibm's cosh, on top of the more accurate exp above. */
    static double cosh(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax < 0.5 * LN2) {
            double t = expm1(ax), w = 1.0 + t;
            return ax < 0x1p-55 ? w : 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.7822265625) return 0.5 * exp(ax);
        double w = exp(0.5 * ax);
        return 0.5 * w * w;
    }
    static double tanh(double x) { return StrictMath.tanh(x); }
    private static final double CBRT2 = 1.2599210498948731648, CBRT4 = 1.5874010519681994748;
    /** 2^(k/3) for k = -2..2. */
    private static final double[] CBRT_FACTOR = {1.0 / CBRT4, 1.0 / CBRT2, 1.0, CBRT2, CBRT4};

    /**
     * Cube root as glibc computes it (so that results agree to the bit; it is not always
     * correctly rounded): x = m * 2^e with m in [0.5, 1), a degree-6 polynomial guess for
     * cbrt(m), one Halley step, then 2^(e/3) split into an exact power of two and a factor.
     */
    static double cbrt(double x) {
        if (x == 0 || !FloatBits.isFinite(x)) return x + x;
        MathFunctions.Frexp f = MathFunctions.frexp(Math.abs(x));
        double m = f.mantissa();
        int e = (int) f.exponent();
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
                 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * m) * m) * m) * m) * m) * m;
        double u3 = u * u * u;
        double y = u * (u3 + 2.0 * m) / (2.0 * u3 + m) * CBRT_FACTOR[2 + e % 3];   // C's % and /: toward zero
        return Math.scalb(x > 0 ? y : -y, e / 3);
    }

    static double log2(double x) { return log2Exact(x); }

    private static final double INV_LN2_HI = 1.4426950408889634, INV_LN2_LO = 2.0355273740931033e-17;

    /**
     * log2 carried in double-double and rounded once (glibc's is correctly rounded in
     * practice; dividing a rounded log by ln 2 is not). x = m * 2^e with m in
     * [sqrt(1/2), sqrt(2)); log m = 2 atanh(s) with s = (m-1)/(m+1), |s| < 0.172, whose odd
     * series is summed to 2^-70; powers of two come out exact for log2.
     */
    private static double log2Exact(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        int shift = 0;
        if (x < Double.MIN_NORMAL) { x *= 0x1p54; shift = 54; }   // subnormal: normalise first
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);   // [1, 2)
        if (m > Math.sqrt(2.0)) { m *= 0.5; e += 1; }
        e -= shift;
        // s = (m - 1) / (m + 1) as a double-double; m - 1 is exact (Sterbenz)
        double num = m - 1.0;
        double den = m + 1.0, denLo = (m - (den - 1.0)) + (1.0 - (den - (den - 1.0)));   // TwoSum error
        double sh = num / den;
        double sl = (Math.fma(-sh, den, num) - sh * denLo) / den;
        double s2 = sh * sh;
        double series = s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 * (1.0 / 7 + s2 * (1.0 / 9 + s2 * (1.0 / 11 + s2 * (1.0 / 13
                      + s2 * (1.0 / 15 + s2 * (1.0 / 17 + s2 * (1.0 / 19 + s2 * (1.0 / 21 + s2 * (1.0 / 23 + s2 * (1.0 / 25
                      + s2 * (1.0 / 27 + s2 / 29)))))))))))));
        double lh = 2.0 * sh, ll = 2.0 * sl + 2.0 * sh * series;   // log m = lh + ll
        // e + log(m) / ln 2
        double ph = lh * INV_LN2_HI;
        double pl = Math.fma(lh, INV_LN2_HI, -ph) + lh * INV_LN2_LO + ll * INV_LN2_HI;
        double hi = e + ph;
        double lo = (Math.abs(e) >= Math.abs(ph) ? (e - hi) + ph : (ph - hi) + e) + pl;
        return hi + lo;
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
