package regpy.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Float reductions that must not lose precision: math.fsum (Shewchuk's exact partials, with
 * CPython's final half-even correction), math.hypot / math.dist (computed exactly, then rounded
 * once), and math.sumprod over floats (exact dot product, rounded once).
 */
public final class PreciseSums {
    private PreciseSums() {}

    // ---- fsum -------------------------------------------------------------------------------

    /**
     * math.fsum. The running sum is kept as non-overlapping partials whose exact sum is the
     * exact sum of the inputs; infinities and NaNs are summed apart so that they cannot
     * poison the partials, and an infinite partial from finite inputs is an overflow.
     */
    public static double fsum(double[] values) {
        double[] partials = new double[8];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        for (double value : values) {
            double x = value;
            int kept = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) { double t = x; x = y; y = t; }
                double hi = x + y;
                double lo = y - (hi - x);   // exact error of hi (Fast2Sum, |x| >= |y|)
                if (lo != 0.0) partials[kept++] = lo;
                x = hi;
            }
            n = kept;
            if (x != 0.0) {
                if (!FloatBits.isFinite(x)) {
                    if (FloatBits.isFinite(value)) throw NumericError.overflow("intermediate overflow in fsum");
                    if (Double.isInfinite(value)) infSum += value;
                    specialSum += value;
                    n = 0;
                } else {
                    if (n == partials.length) partials = java.util.Arrays.copyOf(partials, n * 2);
                    partials[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw NumericError.value("-inf + inf in fsum");
            return specialSum;
        }
        return roundPartials(partials, n);
    }

    /**
     * Sum the partials from the largest down, stopping at the first inexact addition; the
     * remaining partials then only decide a half-way case, which must go to even.
     */
    private static double roundPartials(double[] p, int n) {
        if (n == 0) return 0.0;
        double hi = p[--n], lo = 0.0;
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
            // hi + lo is exactly half-way; the lower partials push it off the half-way point.
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
        return hi;
    }

    // ---- hypot and dist ---------------------------------------------------------------------

    /** math.hypot(*coordinates): correctly rounded Euclidean norm. */
    public static double hypot(double... xs) {
        boolean nan = false;
        for (double x : xs) {
            if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
            if (Double.isNaN(x)) nan = true;
        }
        if (nan) return Double.NaN;
        if (xs.length == 1) return Math.abs(xs[0]);
        int minExp = Integer.MAX_VALUE;
        for (double x : xs) if (x != 0) minExp = Math.min(minExp, FloatBits.exponent(x));
        if (minExp == Integer.MAX_VALUE) return 0.0;
        // sum of squares = T * 2^(2*minExp), T an exact integer
        BigInteger t = BigInteger.ZERO;
        for (double x : xs) {
            if (x == 0) continue;
            BigInteger m = BigInteger.valueOf(FloatBits.mantissa(x));
            t = t.add(m.multiply(m).shiftLeft(2 * (FloatBits.exponent(x) - minExp)));
        }
        return sqrtScaled(t, minExp);
    }

    /** sqrt(t) * 2^exp, correctly rounded; +inf on overflow. */
    static double sqrtScaled(BigInteger t, int exp) {
        int k = Math.max(0, (112 - t.bitLength() + 1) / 2);   // give the root 56+ bits
        BigInteger scaled = t.shiftLeft(2 * k);
        BigInteger root = scaled.sqrt();
        boolean sticky = !root.multiply(root).equals(scaled);
        return FloatBits.roundScaled(root, sticky, exp - k);
    }

    /** math.dist(p, q): the norm of the coordinate differences (each rounded, as in CPython). */
    public static double dist(double[] p, double[] q) {
        if (p.length != q.length) throw NumericError.value("both points must have the same number of dimensions");
        double[] d = new double[p.length];
        for (int i = 0; i < p.length; i++) d[i] = Math.abs(p[i] - q[i]);
        return hypot(d);
    }

    // ---- sumprod ----------------------------------------------------------------------------

    /**
     * math.sumprod over two non-empty float vectors: the exact dot product rounded once. With
     * a non-finite input or product the products are summed as plain floats, which gives
     * IEEE's inf/nan as CPython does. (sumprod of empty vectors is the int 0: the VM's case.)
     */
    public static double sumprod(double[] p, double[] q) {
        if (p.length != q.length) throw NumericError.value("Inputs are not the same length");
        boolean finite = true;   // inputs and products: an overflowing product poisons the sum
        for (int i = 0; i < p.length && finite; i++) finite = FloatBits.isFinite(p[i] * q[i]);
        if (!finite) {
            double s = 0.0;
            for (int i = 0; i < p.length; i++) s += p[i] * q[i];
            return s;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < p.length; i++) sum = sum.add(new BigDecimal(p[i]).multiply(new BigDecimal(q[i])));
        if (sum.signum() == 0) return 0.0;
        return Double.parseDouble(sum.toString());
    }
}
