package regpy.numeric;

import java.math.BigInteger;

/** float.hex() and float.fromhex(). */
public final class FloatHex {
    private FloatHex() {}

    /** float.hex(x): '0x1.8000000000000p+0', subnormals as '0x0.xxxxxxxxxxxxxp-1022'. */
    public static String toHex(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String sign = Double.doubleToRawLongBits(x) < 0 ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        String digits = String.format("%013x", frac);
        int exp = biased == 0 ? -1022 : biased - 1023;
        return sign + "0x" + (biased == 0 ? '0' : '1') + "." + digits + "p" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }

    private static NumericError invalid() {
        return NumericError.value("invalid hexadecimal floating-point string");
    }

    /** float.fromhex(s): correctly rounded, half-even, subnormals included. */
    public static double fromHex(String s) {
        int i = 0, end = s.length();
        while (i < end && Character.isWhitespace(s.charAt(i))) i++;
        while (end > i && Character.isWhitespace(s.charAt(end - 1))) end--;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) negative = s.charAt(i++) == '-';
        String rest = s.substring(i, end).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (rest.equals("nan")) return negative ? -Double.NaN : Double.NaN;
        int p = 0, n = rest.length();
        if (rest.startsWith("0x")) p = 2;
        StringBuilder hex = new StringBuilder();
        int fractionDigits = 0;
        while (p < n && Character.digit(rest.charAt(p), 16) >= 0) hex.append(rest.charAt(p++));
        if (p < n && rest.charAt(p) == '.') {
            p++;
            while (p < n && Character.digit(rest.charAt(p), 16) >= 0) { hex.append(rest.charAt(p++)); fractionDigits++; }
        }
        if (hex.isEmpty()) throw invalid();
        BigInteger exponent = BigInteger.ZERO;
        if (p < n && rest.charAt(p) == 'p') {
            p++;
            int start = p;
            if (p < n && (rest.charAt(p) == '+' || rest.charAt(p) == '-')) p++;
            int digitsStart = p;
            while (p < n && rest.charAt(p) >= '0' && rest.charAt(p) <= '9') p++;
            if (p == digitsStart) throw invalid();
            exponent = new BigInteger(rest.substring(start, p));
        }
        if (p != n) throw invalid();
        for (int k = 0; k < hex.length(); k++) if (!isAsciiHex(hex.charAt(k))) throw invalid();
        BigInteger mantissa = new BigInteger(hex.toString(), 16);
        double r = 0.0;
        if (mantissa.signum() != 0) {
            // value = mantissa * 2^(exponent - 4 * fractionDigits); clamp absurd exponents first.
            BigInteger e2 = exponent.subtract(BigInteger.valueOf(4L * fractionDigits));
            NumericError tooLarge = NumericError.overflow("hexadecimal value too large to represent as a float");
            if (e2.compareTo(BigInteger.valueOf(1 << 20)) > 0) throw tooLarge;
            if (e2.compareTo(BigInteger.valueOf(-(1 << 20))) >= 0) {
                long top = e2.longValue() + mantissa.bitLength();   // value < 2^top
                if (top > 1025) throw tooLarge;
                if (top >= -1080) {
                    r = FloatBits.roundScaled(mantissa, false, e2.intValue());
                    if (Double.isInfinite(r)) throw tooLarge;
                }
            }
        }
        return negative ? -r : r;
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
}
