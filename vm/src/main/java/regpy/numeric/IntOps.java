package regpy.numeric;

import java.math.BigInteger;

/**
 * Python int arithmetic. An int is a {@code Long} when it fits, else a {@code BigInteger};
 * every result is normalised (a value that fits in a long comes back as a Long). Booleans and
 * Integers are accepted as inputs too (bool is an int subclass).
 *
 * <p>Each operation has a {@code (long, long)} form, which stays in long arithmetic unless the
 * exact result does not fit, and an {@code (Object, Object)} form that dispatches. A VM that
 * wants the fast path without boxing can inline {@link Math#addExact} and friends and call
 * these only when they throw.
 */
public final class IntOps {
    private IntOps() {}

    static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

    // ---- representation ---------------------------------------------------------------------

    /** The canonical form of an int: Long when it fits in 64 bits, else the BigInteger. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() <= 63 ? (Object) b.longValue() : b;
    }

    /** True for the Java types the VM uses to hold Python ints. */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof Integer;
    }

    /** Any int representation as a BigInteger. */
    public static BigInteger big(Object o) {
        if (o instanceof Long l) return BigInteger.valueOf(l);
        if (o instanceof BigInteger b) return b;
        return BigInteger.valueOf(small(o));
    }

    /** True if the int fits in a long (and so is not a BigInteger after normalisation). */
    static boolean isSmall(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof Integer;
    }

    /** The long value of a small int representation; see {@link #isSmall}. */
    static long small(Object o) {
        // an if-chain rather than a pattern switch: this sits on every int operation's fast path
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof Integer i) return i;
        throw new IllegalArgumentException("not a small int: " + o);
    }

    public static int signum(Object o) {
        return isSmall(o) ? Long.signum(small(o)) : ((BigInteger) o).signum();
    }

    // ---- + - * and unary --------------------------------------------------------------------

    public static Object add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        return r;
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return add(x.longValue(), y.longValue());
        if (isSmall(a) && isSmall(b)) return add(small(a), small(b));
        return normalize(big(a).add(big(b)));
    }

    public static Object subtract(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        return r;
    }

    public static Object subtract(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return subtract(x.longValue(), y.longValue());
        if (isSmall(a) && isSmall(b)) return subtract(small(a), small(b));
        return normalize(big(a).subtract(big(b)));
    }

    public static Object multiply(long a, long b) {
        long lo = a * b;
        if (Math.multiplyHigh(a, b) != (lo >> 63)) return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        return lo;
    }

    public static Object multiply(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return multiply(x.longValue(), y.longValue());
        if (isSmall(a) && isSmall(b)) return multiply(small(a), small(b));
        return normalize(big(a).multiply(big(b)));
    }

    public static Object negate(long a) {
        return a == Long.MIN_VALUE ? TWO_63 : (Object) (-a);
    }

    public static Object negate(Object a) {
        return isSmall(a) ? negate(small(a)) : normalize(((BigInteger) a).negate());
    }

    public static Object abs(Object a) {
        return signum(a) < 0 ? negate(a) : (isSmall(a) ? (Object) small(a) : a);
    }

    /** ~a, which is -(a+1) and never leaves its representation class except at the edges. */
    public static Object invert(Object a) {
        return isSmall(a) ? (Object) ~small(a) : normalize(((BigInteger) a).not());
    }

    // ---- floor division and modulo ----------------------------------------------------------

    /** Quotient and remainder of Python's divmod. */
    public record DivMod(Object quotient, Object remainder) {}

    private static final String DIV_BY_ZERO = "integer division or modulo by zero";
    private static final String MOD_BY_ZERO = "integer modulo by zero";

    public static Object floorDivide(long a, long b) {
        if (b == 0) throw NumericError.zeroDivision(DIV_BY_ZERO);
        if (a == Long.MIN_VALUE && b == -1) return TWO_63;
        return Math.floorDiv(a, b);
    }

    public static Object floorDivide(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return floorDivide(x.longValue(), y.longValue());
        if (isSmall(a) && isSmall(b)) return floorDivide(small(a), small(b));
        if (signum(b) == 0) throw NumericError.zeroDivision(DIV_BY_ZERO);
        return normalize(bigDivMod(big(a), big(b))[0]);
    }

    public static long modulo(long a, long b) {
        if (b == 0) throw NumericError.zeroDivision(MOD_BY_ZERO);
        return Math.floorMod(a, b);
    }

    public static Object modulo(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return modulo(x.longValue(), y.longValue());
        if (isSmall(a) && isSmall(b)) return modulo(small(a), small(b));
        if (signum(b) == 0) throw NumericError.zeroDivision(MOD_BY_ZERO);
        return normalize(floorMod(big(a), big(b)));
    }

    public static DivMod divmod(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            long x = small(a), y = small(b);
            if (y == 0) throw NumericError.zeroDivision(DIV_BY_ZERO);
            return new DivMod(floorDivide(x, y), Math.floorMod(x, y));
        }
        if (signum(b) == 0) throw NumericError.zeroDivision(DIV_BY_ZERO);
        BigInteger[] qr = bigDivMod(big(a), big(b));
        return new DivMod(normalize(qr[0]), normalize(qr[1]));
    }

    /** Floor division and its remainder (which takes the divisor's sign); b != 0. */
    static BigInteger[] bigDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** a mod b with the sign of b, as Python's %; b != 0. */
    static BigInteger floorMod(BigInteger a, BigInteger b) {
        BigInteger r = a.remainder(b);
        return r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r;
    }

    // ---- true division ----------------------------------------------------------------------

    /** int / int, correctly rounded however large the operands. */
    public static double trueDivide(long a, long b) {
        if (b == 0) throw NumericError.zeroDivision("division by zero");
        // Both exactly representable: one IEEE division is the correctly rounded result.
        if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53)) return (double) a / (double) b;
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    public static double trueDivide(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return trueDivide(x.longValue(), y.longValue());
        if (isSmall(a) && isSmall(b)) return trueDivide(small(a), small(b));
        return trueDivide(big(a), big(b));
    }

    static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw NumericError.zeroDivision("division by zero");
        boolean negative = (a.signum() < 0) != (b.signum() < 0);   // 0 / -5 is -0.0
        BigInteger n = a.abs(), d = b.abs();
        if (n.signum() == 0) return negative ? -0.0 : 0.0;
        int magnitude = n.bitLength() - d.bitLength();   // n/d lies in [2^(m-1), 2^(m+1))
        if (magnitude > 1025) throw NumericError.overflow("integer division result too large for a float");
        if (magnitude < -1080) return negative ? -0.0 : 0.0;
        // Scale so the quotient carries 55+ bits (two below double precision for rounding),
        // or keeps bits down to 2^-1076 when the result is subnormal.
        int scale = Math.max(magnitude - 55, -1076);
        if (scale >= 0) d = d.shiftLeft(scale);
        else n = n.shiftLeft(-scale);
        BigInteger[] qr = n.divideAndRemainder(d);
        double r = FloatBits.roundScaled(qr[0], qr[1].signum() != 0, scale);
        if (Double.isInfinite(r)) throw NumericError.overflow("integer division result too large for a float");
        return negative ? -r : r;
    }

    // ---- power ------------------------------------------------------------------------------

    /**
     * a ** b. A negative exponent gives a float (both operands converted, as CPython does);
     * otherwise an exact int.
     */
    public static Object power(Object a, Object b) {
        if (signum(b) < 0) return FloatOps.power(toDouble(a), toDouble(b));
        if (isSmall(a) && isSmall(b)) return powerSmall(small(a), small(b));
        return bigPower(big(a), b);
    }

    private static Object powerSmall(long base, long exp) {
        long result = 1, b = base, e = exp;
        while (true) {
            if ((e & 1) != 0) {
                long hi = Math.multiplyHigh(result, b), lo = result * b;
                if (hi != (lo >> 63)) return bigPower(BigInteger.valueOf(base), exp);
                result = lo;
            }
            e >>>= 1;
            if (e == 0) return result;
            long hi = Math.multiplyHigh(b, b), lo = b * b;
            if (hi != (lo >> 63)) return bigPower(BigInteger.valueOf(base), exp);
            b = lo;
        }
    }

    private static Object bigPower(BigInteger base, Object exp) {
        if (base.signum() == 0) return signum(exp) == 0 ? 1L : 0L;
        if (base.equals(BigInteger.ONE)) return 1L;
        if (base.equals(BigInteger.ONE.negate())) return big(exp).testBit(0) ? -1L : 1L;
        // Results beyond what a BigInteger can hold would exhaust CPython's memory too.
        if (!isSmall(exp) || (double) small(exp) * base.abs().bitLength() > Integer.MAX_VALUE - 64)
            throw NumericError.memory();
        return normalize(base.pow((int) small(exp)));
    }

    /** pow(a, b, m): modular power; a negative exponent asks for the modular inverse. */
    public static Object power(Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) throw NumericError.value("pow() 3rd argument cannot be 0");
        BigInteger am = mod.abs();
        BigInteger base = big(a).mod(am), exp = big(b);
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException notInvertible) {
                throw NumericError.value("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, am);
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return normalize(r);
    }

    // ---- shifts and bitwise (two's complement on arbitrary sizes) ---------------------------

    public static Object leftShift(Object a, Object count) {
        if (signum(count) < 0) throw NumericError.value("negative shift count");
        if (signum(a) == 0) return 0L;
        if (!isSmall(count)) throw NumericError.overflow("too many digits in integer");
        long n = small(count);
        if (isSmall(a)) {
            long x = small(a);
            if (n < 63 && (x << n) >> n == x) return x << n;
        }
        // CPython stores 30 bits a digit and refuses sizes past 2^61 digits; below that it
        // tries to allocate. A BigInteger holds at most 2^31 bits.
        if (n / 30 >= (1L << 61)) throw NumericError.overflow("too many digits in integer");
        if (n > Integer.MAX_VALUE - 64L) throw NumericError.memory();
        return normalize(big(a).shiftLeft((int) n));
    }

    /** a >> count: floor division by 2**count. */
    public static Object rightShift(Object a, Object count) {
        if (signum(count) < 0) throw NumericError.value("negative shift count");
        int sign = signum(a);
        if (isSmall(a)) {
            long x = small(a);
            if (!isSmall(count) || small(count) >= 64) return sign < 0 ? -1L : 0L;
            return x >> small(count);
        }
        if (!isSmall(count) || small(count) >= Integer.MAX_VALUE) return sign < 0 ? -1L : 0L;
        return normalize(((BigInteger) a).shiftRight((int) small(count)));
    }

    public static Object and(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) return small(a) & small(b);
        return normalize(big(a).and(big(b)));
    }

    public static Object or(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) return small(a) | small(b);
        return normalize(big(a).or(big(b)));
    }

    public static Object xor(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) return small(a) ^ small(b);
        return normalize(big(a).xor(big(b)));
    }

    /** int.bit_length(): bits in |a|, excluding sign and leading zeros. */
    public static long bitLength(Object a) {
        if (isSmall(a)) {
            long x = small(a);
            return 64 - Long.numberOfLeadingZeros(x < 0 ? -x : x);   // -MIN_VALUE stays MIN_VALUE: 64 bits
        }
        return ((BigInteger) a).abs().bitLength();
    }

    /** int.bit_count(): ones in the binary expansion of |a|. */
    public static long bitCount(Object a) {
        if (isSmall(a)) {
            long x = small(a);
            return Long.bitCount(x < 0 ? -x : x);
        }
        return ((BigInteger) a).abs().bitCount();
    }

    // ---- comparisons ------------------------------------------------------------------------

    public static int compare(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) return Long.compare(small(a), small(b));
        return big(a).compareTo(big(b));
    }

    // ---- conversion to float ----------------------------------------------------------------

    /** float(i): correctly rounded (half-even); OverflowError past the largest double. */
    public static double toDouble(Object a) {
        if (isSmall(a)) return (double) small(a);
        double d = ((BigInteger) a).doubleValue();   // correctly rounded since JDK 8
        if (Double.isInfinite(d)) throw NumericError.overflow("int too large to convert to float");
        return d;
    }
}
