package regpy.numeric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * atan, atan2, asin and acos carried in double-double arithmetic (about 100 bits) and rounded
 * once, so that they are correctly rounded except in astronomically rare near-ties, as
 * glibc's (which CPython calls) are in practice; fdlibm's are off by an ulp on 5-13% of
 * arguments.
 *
 * <p>Method: atan(t) for t in [0, 1] is atan(c) + atan((t - c) / (1 + t*c)) with c = k/64 the
 * nearest table point; the table holds atan(k/64) as double-double pairs, computed once with
 * BigDecimal from Euler's series; the remaining argument is below 1/128 in magnitude, where
 * a short odd series converges far beyond double precision. Larger t use pi/2 - atan(1/t).
 * A double-double value is kept in two locals (hi, lo) or a two-element array.
 */
final class InverseTrig {
    private InverseTrig() {}

    private static final double PI_HI = Math.PI, PI_LO = 1.2246467991473532e-16;
    private static final double PI_2_HI = Math.PI / 2, PI_2_LO = 6.123233995736766e-17;

    /** atan(k/64) for k = 0..64, as hi and lo parts. */
    private static final double[] TABLE_HI = new double[65], TABLE_LO = new double[65];

    static {
        MathContext mc = new MathContext(45);
        for (int k = 0; k <= 64; k++) {
            BigDecimal v = atanSeries(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(64)), mc);
            TABLE_HI[k] = v.doubleValue();
            TABLE_LO[k] = v.subtract(new BigDecimal(TABLE_HI[k])).doubleValue();
        }
    }

    /**
     * Euler's series atan(x) = sum 2^2n (n!)^2 / (2n+1)! * x^(2n+1) / (1+x^2)^(n+1), whose
     * terms shrink by at least half each for x <= 1.
     */
    private static BigDecimal atanSeries(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) return BigDecimal.ZERO;
        BigDecimal onePlus = BigDecimal.ONE.add(x.multiply(x));
        BigDecimal ratio = x.multiply(x).divide(onePlus, mc);   // x^2 / (1 + x^2)
        BigDecimal term = x.divide(onePlus, mc), sum = term;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(44);
        for (int n = 0; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(ratio).multiply(BigDecimal.valueOf(2L * n + 2))
                       .divide(BigDecimal.valueOf(2L * n + 3), mc);
            sum = sum.add(term, mc);
        }
        return sum;
    }

    /** atan of the double-double t = th + tl >= 0, as a double-double in out[0], out[1]. */
    private static void atan(double th, double tl, double[] out) {
        boolean reciprocal = th > 1.0;
        if (reciprocal) {   // atan(t) = pi/2 - atan(1/t)
            double q = 1.0 / th;
            double ql = (Math.fma(-q, th, 1.0) - q * tl) / th;
            th = q + ql;
            tl = ql - (th - q);
        }
        int k = (int) Math.rint(th * 64);
        double c = k / 64.0;
        // r = (t - c) / (1 + t*c); t - c is exact in its high part (Sterbenz)
        double dh = th - c, dl = tl;
        double p = th * c, pe = Math.fma(th, c, -p) + tl * c;
        double sh = 1.0 + p, sl = (1.0 - sh + p) + pe;   // 1 + p with |p| <= 1: Fast2Sum
        double rh = (dh + dl) / sh;
        double rl = (Math.fma(-rh, sh, dh) + dl - rh * sl) / sh;
        // atan(r) = r - r^3/3 + r^5/5 - ... ; |r| <= 1/128 makes r^13 negligible
        double r2 = rh * rh;
        double corr = -rh * r2 * (1.0 / 3 - r2 * (1.0 / 5 - r2 * (1.0 / 7 - r2 * (1.0 / 9 - r2 * (1.0 / 11)))));
        // atan(c) + r + correction, summed as double-double
        double hi = TABLE_HI[k] + rh;
        double lo = (Math.abs(TABLE_HI[k]) >= Math.abs(rh) ? (TABLE_HI[k] - hi) + rh : (rh - hi) + TABLE_HI[k])
                    + TABLE_LO[k] + rl + corr;
        if (reciprocal) {
            double h2 = PI_2_HI - hi;
            lo = ((PI_2_HI - h2) - hi) + PI_2_LO - lo;
            hi = h2;
        }
        out[0] = hi + lo;
        out[1] = lo - (out[0] - hi);
    }

    static double atan(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Math.copySign(PI_2_HI, x);
        double ax = Math.abs(x);
        if (ax < 0x1p-27) return x;   // atan(x) = x - x^3/3: rounds to x
        double[] r = new double[2];
        atan(ax, 0.0, r);
        return Math.copySign(r[0], x);
    }

    /** atan2 for finite non-zero x and y; the special cases are the caller's. */
    static double atan2(double y, double x) {
        double ay = Math.abs(y), ax = Math.abs(x);
        double nh, nl;   // the ratio min/max as a double-double
        boolean swapped = ay > ax;
        double num = swapped ? ax : ay, den = swapped ? ay : ax;
        nh = num / den;
        if (nh < 0x1p-900) {
            nl = 0.0;   // the low part would be subnormal; the result is nh or a shift of it
        } else {
            nl = Math.fma(-nh, den, num) / den;
        }
        double[] a = new double[2];
        if (nh < 0x1p-27) { a[0] = nh; a[1] = nl; } else atan(nh, nl, a);
        double hi = a[0], lo = a[1];
        if (swapped) {   // pi/2 - atan(ax/ay)
            double h2 = PI_2_HI - hi;
            lo = ((PI_2_HI - h2) - hi) + PI_2_LO - lo;
            hi = h2;
        }
        if (x < 0) {     // pi - angle
            double h2 = PI_HI - hi;
            lo = ((PI_HI - h2) - hi) + PI_LO - lo;
            hi = h2;
        }
        return Math.copySign(hi + lo, y);
    }

    /** sqrt(1 - x^2) as a double-double, for |x| <= 1, into out. */
    private static void cosOfAsin(double x, double[] out) {
        double p = x * x, pe = Math.fma(x, x, -p);
        double wh = 1.0 - p, wl = ((1.0 - wh) - p) - pe;   // 1 - p exact by Fast2Sum (p <= 1)
        double sh = Math.sqrt(wh);
        double sl = sh == 0 ? 0 : (Math.fma(-sh, sh, wh) + wl) / (2 * sh);
        out[0] = sh;
        out[1] = sl;
    }

    static double asin(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax > 1) return Double.NaN;
        if (ax == 1) return Math.copySign(PI_2_HI, x);
        if (ax < 0x1p-26) return x;   // asin(x) = x + x^3/6: rounds to x
        double[] s = new double[2];
        cosOfAsin(ax, s);
        // asin(x) = atan(x / sqrt(1 - x^2))
        double qh = ax / s[0];
        double ql = (Math.fma(-qh, s[0], ax) - qh * s[1]) / s[0];
        double th = qh + ql, tl = ql - (th - qh);
        double[] r = new double[2];
        atan(th, tl, r);
        return Math.copySign(r[0], x);
    }

    static double acos(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax > 1) return Double.NaN;
        if (x == 1) return 0.0;
        if (x == -1) return PI_HI;
        if (ax < 0x1p-26) return PI_2_HI + (PI_2_LO - x);   // pi/2 - x - x^3/6: the cube is negligible
        double[] s = new double[2];
        cosOfAsin(ax, s);
        // acos(|x|) = atan(sqrt(1 - x^2) / |x|); acos(-x) = pi - acos(x)
        double qh = s[0] / ax;
        double ql = (Math.fma(-qh, ax, s[0]) + s[1]) / ax;
        double th = qh + ql, tl = ql - (th - qh);
        double[] r = new double[2];
        atan(th, tl, r);
        if (x > 0) return r[0];
        double h2 = PI_HI - r[0];
        double lo = ((PI_HI - h2) - r[0]) + PI_LO - r[1];
        return h2 + lo;
    }
}
