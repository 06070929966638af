package regpy.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The builtin round() for ints and floats: ties go to even, as in CPython. */
public final class Rounding {
    private Rounding() {}

    /** round(x) with no ndigits: the nearest int, ties to even. */
    public static Object round(double x) {
        return FloatOps.toInt(Math.rint(x));
    }

    /**
     * round(x, ndigits): the double nearest to x rounded to ndigits decimal places, where that
     * rounding is done on x's exact binary value (so round(2.675, 2) == 2.67, because 2.675 is
     * really 2.67499999...). A zero result keeps x's sign.
     */
    public static double round(double x, long ndigits) {
        // Beyond these, every double is already exact at that many digits / rounds to zero.
        final int maxDigits = 323, minDigits = -308;
        if (!FloatBits.isFinite(x) || x == 0 || ndigits > maxDigits) return x;
        if (ndigits < minDigits) return 0.0 * x;
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double r = Double.parseDouble(rounded.toString());   // parseDouble rounds correctly
        if (Double.isInfinite(r)) throw NumericError.overflow("rounded value too large to represent");
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    /** round(i, ndigits) for an int: identity for ndigits >= 0, else half-even to 10**-ndigits. */
    public static Object round(Object i, Object ndigits) {
        if (IntOps.signum(ndigits) >= 0) return IntOps.isSmall(i) ? (Object) IntOps.small(i) : i;
        BigInteger x = IntOps.big(i);
        BigInteger places = IntOps.big(ndigits).negate();
        // |x| < 10^places / 2 rounds to zero; this also spares computing an enormous power.
        if (places.compareTo(BigInteger.valueOf((long) (x.bitLength() * 0.30103) + 2)) > 0) return 0L;
        BigInteger pow10 = BigInteger.TEN.pow(places.intValueExact());
        BigInteger[] qr = IntOps.bigDivMod(x, pow10);
        int cmp = qr[1].shiftLeft(1).compareTo(pow10);
        if (cmp > 0 || (cmp == 0 && qr[0].testBit(0))) qr[0] = qr[0].add(BigInteger.ONE);
        return IntOps.normalize(qr[0].multiply(pow10));
    }
}
