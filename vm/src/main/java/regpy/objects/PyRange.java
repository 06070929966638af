package regpy.objects;

import java.math.BigInteger;

/**
 * range: long bounds on the fast path; ranges whose bounds or length do not fit in a long
 * keep BigIntegers (big != null) and support the operations that make sense for them.
 */
public final class PyRange extends PyObject {
    public final long start, stop, step, length;
    /** {start, stop, step, length} when the range does not fit in longs, else null. */
    public final BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        this.length = n;
        this.big = null;
    }

    private PyRange(BigInteger[] big) {
        this.start = this.stop = this.step = this.length = 0;
        this.big = big;
    }

    /** A range from arbitrary ints; uses the long representation whenever it is exact. */
    public static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger len;
        if (step.signum() > 0) len = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        else len = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
        if (start.bitLength() < 63 && stop.bitLength() < 63 && step.bitLength() < 63 && len.bitLength() < 63)
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        return new PyRange(new BigInteger[] {start, stop, step, len});
    }

    @Override public PyType type() { return Types.RANGE; }
    public long get(long i) { return start + i * step; }

    public BigInteger bigStart() { return big != null ? big[0] : BigInteger.valueOf(start); }
    public BigInteger bigStop() { return big != null ? big[1] : BigInteger.valueOf(stop); }
    public BigInteger bigStep() { return big != null ? big[2] : BigInteger.valueOf(step); }
    public BigInteger bigLength() { return big != null ? big[3] : BigInteger.valueOf(length); }
}
