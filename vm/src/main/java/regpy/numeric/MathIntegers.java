package regpy.numeric;

import java.math.BigInteger;

/**
 * The integer functions of the math module: factorial, comb, perm, gcd, lcm, isqrt. Arguments
 * and results are Python ints (Long or BigInteger, results normalised). Long products are
 * built by binary splitting so that the big multiplications pair operands of similar size.
 */
public final class MathIntegers {
    private MathIntegers() {}

    private static final String LLONG_MAX = "9223372036854775807";

    public static Object factorial(Object n) {
        if (IntOps.signum(n) < 0) throw NumericError.value("factorial() not defined for negative values");
        if (!IntOps.isSmall(n)) throw NumericError.overflow("factorial() argument should not exceed " + LLONG_MAX);
        long k = IntOps.small(n);
        if (k > Integer.MAX_VALUE) throw NumericError.memory();
        return IntOps.normalize(product(1, k));
    }

    /** math.perm(n, k); k null means perm(n) == factorial(n). */
    public static Object perm(Object n, Object k) {
        if (k == null) return factorial(n);
        if (IntOps.signum(n) < 0) throw NumericError.value("n must be a non-negative integer");
        if (IntOps.signum(k) < 0) throw NumericError.value("k must be a non-negative integer");
        if (IntOps.compare(k, n) > 0) return 0L;
        if (!IntOps.isSmall(k)) throw NumericError.overflow("k must not exceed " + LLONG_MAX);
        long kk = IntOps.small(k);
        if (kk == 0) return 1L;
        BigInteger top = IntOps.big(n);
        return IntOps.normalize(fallingProduct(top, kk));
    }

    public static Object comb(Object n, Object k) {
        if (IntOps.signum(n) < 0) throw NumericError.value("n must be a non-negative integer");
        if (IntOps.signum(k) < 0) throw NumericError.value("k must be a non-negative integer");
        if (IntOps.compare(k, n) > 0) return 0L;
        BigInteger bn = IntOps.big(n), bk = IntOps.big(k);
        BigInteger rest = bn.subtract(bk);
        if (rest.compareTo(bk) < 0) bk = rest;   // C(n, k) == C(n, n-k): use the smaller
        if (bk.bitLength() > 63) throw NumericError.overflow("min(n - k, k) must not exceed " + LLONG_MAX);
        long kk = bk.longValue();
        if (kk == 0) return 1L;
        if (kk > Integer.MAX_VALUE) throw NumericError.memory();
        return IntOps.normalize(fallingProduct(bn, kk).divide(product(1, kk)));
    }

    /** top * (top-1) * ... * (top-k+1). */
    private static BigInteger fallingProduct(BigInteger top, long k) {
        if (top.bitLength() < 62) {
            long t = top.longValue();
            return product(t - k + 1, t);
        }
        return bigProduct(top.subtract(BigInteger.valueOf(k - 1)), k);
    }

    /** lo * (lo+1) * ... * hi for small bounds (empty product is 1). */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long i = lo; i <= hi; i++) {
                long hiBits = Math.multiplyHigh(acc, i);
                if (hiBits != 0 || acc * i < 0) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = i;
                } else {
                    acc *= i;
                }
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** lo * (lo+1) * ... * (lo+count-1) for a big lo. */
    private static BigInteger bigProduct(BigInteger lo, long count) {
        if (count == 1) return lo;
        long half = count / 2;
        return bigProduct(lo, half).multiply(bigProduct(lo.add(BigInteger.valueOf(half)), count - half));
    }

    /** math.gcd(*ints): non-negative; gcd() == 0. */
    public static Object gcd(Object... xs) {
        long small = 0;
        BigInteger big = null;
        for (Object x : xs) {
            if (big == null && IntOps.isSmall(x) && IntOps.small(x) != Long.MIN_VALUE && small != Long.MIN_VALUE) {
                small = gcd(small, Math.abs(IntOps.small(x)));
            } else {
                if (big == null) big = BigInteger.valueOf(small);
                big = big.gcd(IntOps.big(x));
            }
        }
        return big == null ? (Object) small : IntOps.normalize(big);
    }

    private static long gcd(long a, long b) {   // a, b >= 0
        while (b != 0) { long t = a % b; a = b; b = t; }
        return a;
    }

    /** math.lcm(*ints): non-negative; lcm() == 1 and any zero gives 0. */
    public static Object lcm(Object... xs) {
        BigInteger r = BigInteger.ONE;
        for (Object x : xs) {
            BigInteger b = IntOps.big(x).abs();
            if (b.signum() == 0) return 0L;
            r = r.divide(r.gcd(b)).multiply(b);
        }
        return IntOps.normalize(r);
    }

    /** math.isqrt(n): the floor of the exact square root. */
    public static Object isqrt(Object n) {
        if (IntOps.signum(n) < 0) throw NumericError.value("isqrt() argument must be nonnegative");
        if (IntOps.isSmall(n)) {
            long x = IntOps.small(n);
            long r = (long) Math.sqrt((double) x);   // within one of the answer
            while (r * r > x || r > 3037000499L) r--;
            while ((r + 1) <= 3037000499L && (r + 1) * (r + 1) <= x) r++;
            return r;
        }
        return IntOps.normalize(((BigInteger) n).sqrt());
    }
}
