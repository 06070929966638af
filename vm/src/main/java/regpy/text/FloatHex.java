package regpy.text;

import java.math.BigDecimal;
import java.math.BigInteger;

/** float.hex() and float.fromhex(). */
public final class FloatHex {
    private FloatHex() {}

    /** x.hex(): '0x1.8000000000000p+1', always 13 fraction digits; subnormals as '0x0.…p-1022'. */
    public static String hex(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        int exp = (int) (bits >>> 52 & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String frac = String.format("%013x", mant);
        if (exp == 0) return sign + "0x0." + frac + "p-1022";
        int e = exp - 1023;
        return sign + "0x1." + frac + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    /** float.fromhex(s), correctly rounded (half-even). */
    public static double fromhex(String s) {
        int n = s.length(), i = 0;
        // Py_ISSPACE: ASCII whitespace only
        while (i < n && BytesMethods.isSpace(s.charAt(i))) i++;
        while (n > i && BytesMethods.isSpace(s.charAt(n - 1))) n--;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        String rest = s.substring(i, n);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (rest.equalsIgnoreCase("nan")) return Double.NaN;
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) i += 2;
        StringBuilder digits = new StringBuilder();
        int fracDigits = 0;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) digits.append(s.charAt(i++));
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) { digits.append(s.charAt(i++)); fracDigits++; }
        }
        if (digits.isEmpty()) throw invalid();
        long pexp = 0;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) eneg = s.charAt(i++) == '-';
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (pexp < 1L << 40) pexp = pexp * 10 + (s.charAt(i) - '0'); // saturates far outside double range
                i++;
            }
            if (i == start) throw invalid();
            if (eneg) pexp = -pexp;
        }
        if (i != n) throw invalid();
        BigInteger m = new BigInteger(digits.toString(), 16);
        if (m.signum() == 0) return neg ? -0.0 : 0.0;
        long exp2 = pexp - 4L * fracDigits;
        long top = m.bitLength() - 1 + exp2;
        if (top > 1024) throw tooLarge();
        if (top < -1080) return neg ? -0.0 : 0.0;
        if (exp2 < -1200) { // keep the exact quotient small: only the top bits and a sticky bit matter
            int drop = (int) (-1200 - exp2);
            boolean sticky = m.getLowestSetBit() < drop;
            m = m.shiftRight(drop).shiftLeft(1).or(sticky ? BigInteger.ONE : BigInteger.ZERO);
            exp2 = -1201;
        }
        BigDecimal v = exp2 >= 0 ? new BigDecimal(m.shiftLeft((int) exp2))
                : new BigDecimal(m).divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) -exp2)));
        double d = v.doubleValue();
        if (Double.isInfinite(d)) throw tooLarge();
        return neg ? -d : d;
    }

    private static TextError invalid() {
        return TextError.valueError("invalid hexadecimal floating-point string");
    }

    private static TextError tooLarge() {
        return TextError.overflowError("hexadecimal value too large to represent as a float");
    }
}
