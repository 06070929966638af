package regpy.numeric;

import java.math.BigInteger;

/**
 * hash() of numbers and tuples, bit for bit as CPython 3.13 on a 64-bit build.
 *
 * <p>Numbers hash by value modulo the Mersenne prime P = 2**61 - 1, so that equal values of
 * different types (1, 1.0, True, Fraction(1)) hash alike: a rational n/d hashes to
 * n * d^-1 mod P, with the sign applied afterwards, and -1 (the C API's error value) is
 * replaced by -2. A double is m * 2^e, and 2^61 == 1 (mod P), so its power of two reduces to a
 * rotation by e mod 61.
 */
public final class NumericHash {
    private NumericHash() {}

    public static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    public static final long INF = 314159;
    /** sys.hash_info.imag: the multiplier of the imaginary part's hash. */
    public static final long IMAG = 1000003;

    public static long hashLong(long x) {
        long h = x == Long.MIN_VALUE ? Long.remainderUnsigned(x, MODULUS) : Math.abs(x) % MODULUS;
        if (x < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long hashInt(Object i) {
        if (IntOps.isSmall(i)) return hashLong(IntOps.small(i));
        BigInteger b = (BigInteger) i;
        long h = b.abs().mod(BIG_MODULUS).longValue();
        if (b.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /**
     * hash(x) for a float that is not NaN. CPython 3.13 hashes a NaN by the object's identity,
     * which only the VM knows, so it must not call this for NaN.
     */
    public static long hashDouble(double x) {
        if (Double.isNaN(x)) throw new IllegalArgumentException("NaN hashes by identity");
        if (Double.isInfinite(x)) return x > 0 ? INF : -INF;
        if (x == 0) return 0;
        long m = FloatBits.mantissa(x);   // < 2^53 < P: already reduced
        int e = FloatBits.exponent(x);
        int rot = Math.floorMod(e, 61);
        long h = rotate61(m % MODULUS, rot);
        if (x < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** v * 2^r mod P for v < P: a rotation within 61 bits. */
    private static long rotate61(long v, int r) {
        if (r == 0) return v;
        long h = ((v << r) & MODULUS) | (v >>> (61 - r));
        return h >= MODULUS ? h - MODULUS : h;
    }

    /**
     * hash(complex): hash(real) + 1000003 * hash(imag), in wrapping unsigned arithmetic. A NaN
     * part hashes as {@code nanHash}, which CPython 3.13 takes from the complex object's identity.
     */
    public static long hashComplex(double real, double imag, long nanHash) {
        long hr = Double.isNaN(real) ? nanHash : hashDouble(real);
        long hi = Double.isNaN(imag) ? nanHash : hashDouble(imag);
        long h = hr + IMAG * hi;
        return h == -1 ? -2 : h;
    }

    // ---- tuples: xxHash64's round function over the element hashes --------------------------

    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME_5 = 0x27D4EB2F165667C5L;

    /** Start value of {@link #tupleStep}; use start/step/finish to hash without an array. */
    public static long tupleStart() { return PRIME_5; }

    public static long tupleStep(long acc, long elementHash) {
        acc += elementHash * PRIME_2;
        acc = Long.rotateLeft(acc, 31);
        return acc * PRIME_1;
    }

    public static long tupleFinish(long acc, long length) {
        acc += length ^ (PRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** hash(tuple) from the hashes of its items. */
    public static long hashTuple(long[] elementHashes) {
        long acc = tupleStart();
        for (long h : elementHashes) acc = tupleStep(acc, h);
        return tupleFinish(acc, elementHashes.length);
    }
}
