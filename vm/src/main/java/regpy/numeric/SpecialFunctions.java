package regpy.numeric;

import java.math.BigInteger;

/**
 * math.erf, erfc, gamma and lgamma.
 *
 * <p>CPython 3.13 takes erf and erfc from the C library; glibc's (2.36) are Sun's fdlibm
 * rational approximations (freely licensed), evaluated in a pipelined order; both the
 * coefficients and that order are used here, so the roundings are the same. gamma and lgamma are
 * CPython's own: the Lanczos approximation with g = 6.0246800407767296 and the 13-term sum
 * published by Boost, with a reflection formula for negative arguments.
 */
public final class SpecialFunctions {
    private SpecialFunctions() {}

    // ---- erf / erfc (fdlibm) ----------------------------------------------------------------

    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};

    /** exp(-x*x - 0.5625) * exp(R/S) with x*x split so the large part is exact. */
    private static double tailExp(double x, double rOverS) {
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
        return Libm.exp(-z * z - 0.5625) * Libm.exp((z - x) * (z + x) + rOverS);
    }

    /**
     * The tail's rational function in s = 1/x^2. glibc evaluates these polynomials (and the
     * others below) in pairs of terms combined with s^2, s^4, s^6 rather than by Horner's
     * rule; that order is kept so that the roundings, and so the results, are glibc's.
     */
    private static double tailRatio(double ax, int splitHighWord) {
        double s = 1.0 / (ax * ax), s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
        if ((int) (Double.doubleToRawLongBits(ax) >>> 32) < splitHighWord) {   // ax < 1/0.35 by the high word
            double r = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
            double q = (1.0 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7])
                     + (s4 * s4) * SA[8];
            return r / q;
        }
        double r = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
        double q = (1.0 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
        return r / q;
    }

    /** erf(x)/x - 1 on |x| < 0.84375, as a rational function of z = x^2. */
    private static double smallRatio(double z) {
        double z2 = z * z, z4 = z2 * z2;
        double r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
        double q = (1.0 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
        return r / q;
    }

    /** erf(1 + s) - erx on 0.84375 <= |x| < 1.25. */
    private static double middleRatio(double s) {
        double s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
        double p = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
        double q = (1.0 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
        return p / q;
    }

    public static double erf(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Math.copySign(1.0, x);
        double ax = Math.abs(x);
        if (ax < 0.84375) {
            if (ax < 0x1p-28) {
                if (ax < Double.MIN_NORMAL * 16) return (8 * x + 8 * EFX * x) / 8;   // no spurious underflow
                return x + EFX * x;
            }
            double z = x * x;
            return x + x * smallRatio(z);
        }
        if (ax < 1.25) {
            double s = ax - 1.0;
            double pq = middleRatio(s);
            return x >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ax >= 6) return x >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
        double r = tailExp(ax, tailRatio(ax, 0x4006DB6E));
        return x >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return x > 0 ? 0.0 : 2.0;
        double ax = Math.abs(x);
        if (ax < 0.84375) {
            if (ax < 0x1p-56) return 1.0 - x;
            double z = x * x;
            double y = smallRatio(z);
            if (x < 0.25) return 1.0 - (x + x * y);
            double r = x * y + (x - 0.5);
            return 0.5 - r;
        }
        if (ax < 1.25) {
            double s = ax - 1.0;
            double pq = middleRatio(s);
            return x >= 0 ? (1.0 - ERX) - pq : 1.0 + (ERX + pq);
        }
        if (ax < 28) {
            if (x < -6) return 2.0 - 1e-300;
            double r = tailExp(ax, tailRatio(ax, 0x4006DB6D));
            return x > 0 ? r / ax : 2.0 - r / ax;
        }
        return x > 0 ? 0.0 : 2.0 - 1e-300;
    }

    // ---- gamma / lgamma (Lanczos) -----------------------------------------------------------

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** Coefficients of x(x+1)...(x+11), lowest power first. */
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0,
        105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    /** gamma(1) .. gamma(23): the factorials 0! .. 22!, exact or correctly rounded. */
    private static final double[] GAMMA_INTEGRAL = new double[23];

    static {
        BigInteger f = BigInteger.ONE;
        for (int i = 0; i < GAMMA_INTEGRAL.length; i++) {
            if (i > 0) f = f.multiply(BigInteger.valueOf(i));
            GAMMA_INTEGRAL[i] = f.doubleValue();
        }
    }

    /**
     * The Lanczos rational sum for x > 0. For large x the polynomials are evaluated in 1/x,
     * which keeps them from overflowing.
     */
    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x) for finite x, reduced first so that pi*x carries no large rounding error. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Libm.sin(Math.PI * y);
            case 1 -> Libm.cos(Math.PI * (y - 0.5));
            case 2 -> Libm.sin(Math.PI * (1.0 - y));
            case 3 -> -Libm.cos(Math.PI * (y - 1.5));
            default -> Libm.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    public static double gamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) {
            if (x > 0) return x;
            throw NumericError.domain();
        }
        if (x == Math.floor(x)) {
            if (x <= 0) throw NumericError.domain();
            if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[(int) x - 1];
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) throw NumericError.range();
            return r;
        }
        if (ax > 200.0) {
            if (x < 0) return 0.0 / sinpi(x);   // underflows to a signed zero
            throw NumericError.range();
        }
        // x + g - 0.5 rounds; z compensates for that rounding error (to first order).
        double y = ax + LANCZOS_G_MINUS_HALF, q, z;
        if (ax > LANCZOS_G_MINUS_HALF) {
            q = y - ax;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            q = y - LANCZOS_G_MINUS_HALF;
            z = q - ax;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0) {
            r = -Math.PI / sinpi(ax) / ax * Libm.exp(y) / lanczosSum(ax);
            r -= z * r;
            if (ax < 140.0) {
                r /= Libm.pow(y, ax - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, ax / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(ax) / Libm.exp(y);
            r += z * r;
            if (ax < 140.0) {
                r *= Libm.pow(y, ax - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, ax / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) throw NumericError.range();
        return r;
    }

    public static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0) throw NumericError.domain();
            return 0.0;   // lgamma(1) == lgamma(2) == 0
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) return -Libm.log(ax);
        double r = Libm.log(lanczosSum(ax)) - LANCZOS_G;
        r += (ax - 0.5) * (Libm.log(ax + LANCZOS_G - 0.5) - 1);
        if (x < 0) r = LOG_PI - Libm.log(Math.abs(sinpi(ax))) - Libm.log(ax) - r;
        if (Double.isInfinite(r)) throw NumericError.range();
        return r;
    }
}
