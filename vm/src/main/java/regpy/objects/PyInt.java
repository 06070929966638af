package regpy.objects;

import java.math.BigInteger;

/**
 * int: a long, with a BigInteger only when the value does not fit in 64 bits (big is then
 * non-null and value is unused). Values from -5 to 1024 are cached.
 */
public class PyInt extends PyObject {
    public final long value;
    /** Non-null only for values outside the long range. */
    public final BigInteger big;

    private static final int CACHE_LOW = -5, CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new PyInt(i + CACHE_LOW);
    }
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE), LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static final PyInt ZERO = of(0), ONE = of(1), MINUS_ONE = of(-1);

    protected PyInt(long value) { this.value = value; this.big = null; }
    protected PyInt(BigInteger big) { this.value = 0; this.big = big; }
    protected PyInt(long value, BigInteger big) { this.value = value; this.big = big; }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) return CACHE[(int) v - CACHE_LOW];
        return new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) return of(v.longValue());
        return new PyInt(v);
    }

    @Override public PyType type() { return Types.INT; }

    public boolean isBig() { return big != null; }
    public BigInteger toBig() { return big != null ? big : BigInteger.valueOf(value); }
    public int signum() { return big != null ? big.signum() : Long.signum(value); }

    /** The value as an int, or -1 with fits=false semantics left to callers (see Abstract.index). */
    public boolean fitsInt() { return big == null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE; }

    public double toDouble() {
        return big != null ? big.doubleValue() : (double) value;
    }

    /** An instance of an int subclass. */
    public static final class Sub extends PyInt {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type, PyInt v) {
            super(v.value, v.big);
            this.type = type;
            this.dict = type.instanceDict ? new PyDict() : null;
        }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
        @Override public PyInt exact() { return big != null ? PyInt.of(big) : PyInt.of(value); }
    }

    /** The plain int with this value (strips subclass and bool). */
    public PyInt exact() { return this; }
}
