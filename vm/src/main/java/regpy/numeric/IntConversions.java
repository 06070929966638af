package regpy.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * int's conversions to and from bytes, and exact comparison between an int and a float
 * (no rounding of the int: 2**53 + 1 != float(2**53)).
 */
public final class IntConversions {
    private IntConversions() {}

    // ---- int vs float -----------------------------------------------------------------------

    /**
     * Exact three-way comparison of an int with a float that is not NaN (NaN compares unequal
     * and unordered with everything; the VM decides that before calling).
     */
    public static int compare(Object i, double d) {
        if (Double.isNaN(d)) throw new IllegalArgumentException("NaN is unordered");
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        if (IntOps.isSmall(i)) return compare(IntOps.small(i), d);
        return new BigDecimal((BigInteger) i).compareTo(new BigDecimal(d));
    }

    public static int compare(long a, double d) {
        if (Double.isNaN(d)) throw new IllegalArgumentException("NaN is unordered");
        if (Math.abs(a) <= (1L << 53)) return Double.compare((double) a, d + 0.0);   // +0.0: -0.0 == 0
        if (d >= 0x1p63) return -1;
        if (d < -0x1p63) return 1;
        // d in [-2^63, 2^63): compare integer parts exactly, then the fraction breaks ties.
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        long di = (long) t;
        if (a != di) return a < di ? -1 : 1;
        return Double.compare(0.0, d - t + 0.0);
    }

    /** int == float, exactly; false for NaN. */
    public static boolean equal(Object i, double d) {
        return !Double.isNaN(d) && compare(i, d) == 0;
    }

    // ---- bytes ------------------------------------------------------------------------------

    private static boolean littleEndian(String byteorder) {
        if ("little".equals(byteorder)) return true;
        if ("big".equals(byteorder)) return false;
        throw NumericError.value("byteorder must be either 'little' or 'big'");
    }

    /** int.to_bytes(length, byteorder, signed=signed). */
    public static byte[] toBytes(Object value, long length, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        if (length < 0) throw NumericError.value("length argument must be non-negative");
        BigInteger v = IntOps.big(value);
        if (!signed && v.signum() < 0) throw NumericError.overflow("can't convert negative int to unsigned");
        int bits = v.signum() == 0 ? 0 : signed ? v.bitLength() + 1 : v.bitLength();   // bitLength excludes the sign
        if (length == 0 && signed && v.equals(BigInteger.ONE.negate())) bits = 0;   // CPython gives b''
        if (bits > length * 8) throw NumericError.overflow("int too big to convert");
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray();   // big-endian two's complement, minimal length (+ sign byte)
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int k = 0; k < out.length; k++) {
            int src = twos.length - 1 - k;   // k-th least significant byte
            byte b = src >= 0 ? twos[src] : fill;
            out[little ? k : out.length - 1 - k] = b;
        }
        return out;
    }

    /** int.from_bytes(bytes, byteorder, signed=signed). */
    public static Object fromBytes(byte[] data, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        byte[] bigEndian = data;
        if (little) {
            bigEndian = new byte[data.length];
            for (int k = 0; k < data.length; k++) bigEndian[k] = data[data.length - 1 - k];
        }
        if (bigEndian.length == 0) return 0L;
        BigInteger v = signed ? new BigInteger(bigEndian) : new BigInteger(1, bigEndian);
        return IntOps.normalize(v);
    }
}
