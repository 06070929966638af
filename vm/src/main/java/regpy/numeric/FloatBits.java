package regpy.numeric;

import java.math.BigInteger;

/**
 * Bit-level helpers for IEEE doubles: correctly rounding an exact binary value, and splitting a
 * double into integer mantissa and exponent. Several kernels (int true division, float.fromhex,
 * exact hypot and sumprod, log of huge ints) reduce to "round this scaled integer once".
 */
final class FloatBits {
    private FloatBits() {}

    static final int MANT_DIG = 53;
    /** Exponent of the least significant bit of the smallest subnormal. */
    static final int MIN_LSB_EXP = -1074;

    /**
     * The double nearest to (q + f) * 2^exp, ties to even, where f is 0 if {@code sticky} is
     * false and some value strictly between 0 and 1 otherwise. Returns +Infinity on overflow
     * (the caller chooses the error). When {@code sticky} is set, q must carry at least two bits
     * below the result's last place (55 significant bits, or exp <= -1076), so that the
     * unknown fraction cannot reach a rounding boundary.
     */
    static double roundScaled(BigInteger q, boolean sticky, int exp) {
        int len = q.bitLength();
        if (len == 0) return 0.0;
        int lsbExp = Math.max(exp + len - MANT_DIG, MIN_LSB_EXP);
        int drop = lsbExp - exp;
        long m;
        if (drop <= 0) {
            m = q.longValue();
            lsbExp = exp;
        } else {
            m = q.shiftRight(drop).longValue();
            boolean half = q.testBit(drop - 1);
            boolean rest = sticky || q.getLowestSetBit() < drop - 1;
            if (half && (rest || (m & 1) != 0)) m++;
        }
        int topBitExp = lsbExp + 63 - Long.numberOfLeadingZeros(m);
        if (topBitExp > 1023) return Double.POSITIVE_INFINITY;
        return Math.scalb((double) m, lsbExp);   // m <= 2^53: both steps exact
    }

    /** Integer mantissa of a finite double: |x| == mantissa(x) * 2^exponent(x). */
    static long mantissa(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        return biased == 0 ? frac : frac | (1L << 52);
    }

    /** Exponent that goes with {@link #mantissa}. */
    static int exponent(double x) {
        int biased = (int) ((Double.doubleToRawLongBits(x) >>> 52) & 0x7ff);
        return (biased == 0 ? 1 : biased) - 1075;
    }

    static boolean isFinite(double x) {
        return !Double.isNaN(x) && !Double.isInfinite(x);
    }

    /** Whether an integral double is odd (false for non-integral or huge values). */
    static boolean isOddInteger(double x) {
        return Math.abs(x) < 0x1p53 && x == Math.rint(x) && ((long) x & 1) != 0;
    }
}
