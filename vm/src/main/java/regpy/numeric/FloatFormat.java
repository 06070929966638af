package regpy.numeric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import regpy.code.Repr;

/**
 * The number part of format(x, spec) and '%' formatting for floats: the presentation types
 * e, E, f, F, g, G, % and "none", with precision and the '#' (alternate) flag. Digits are
 * the correctly rounded decimal expansion of x's exact binary value, ties to even, as
 * CPython's dtoa gives. Fill, alignment, width, the '+'/' ' sign options, grouping and the
 * 'z' option are the caller's: the result starts with '-' for a negative value (including
 * -0.0) and with nothing otherwise.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** The "no presentation type" of format specs, e.g. format(x, '.3'). */
    public static final char NONE = '\0';

    /**
     * @param type      'e', 'E', 'f', 'F', 'g', 'G', '%' or {@link #NONE}
     * @param precision digits (after the point for e/f/%, significant for g/none); negative
     *                  means unspecified, i.e. 6, or repr() for {@link #NONE}
     * @param alternate the '#' flag: keep the decimal point and, for g, trailing zeros
     */
    public static String format(double x, char type, int precision, boolean alternate) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (type == NONE && precision < 0) return Repr.floatRepr(x);
        if (type == '%') x *= 100.0;   // a float multiplication, as CPython: 1.8e308 becomes inf%
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            String s = Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
            if (upper) s = s.toUpperCase(java.util.Locale.ROOT);
            return type == '%' ? s + "%" : s;
        }
        int p = precision < 0 ? 6 : precision;
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        BigDecimal exact = new BigDecimal(Math.abs(x));
        String body = switch (type) {
            case 'e', 'E' -> exponent(exact, p, alternate, upper);
            case 'f', 'F' -> fixed(exact, p, alternate);
            case '%' -> fixed(exact, p, alternate) + "%";
            case 'g', 'G' -> general(exact, p, alternate, upper, false);
            case NONE -> general(exact, p, alternate, false, true);
            default -> throw new IllegalArgumentException("float presentation type " + type);
        };
        return sign + body;
    }

    private static String fixed(BigDecimal v, int decimals, boolean alternate) {
        String s = v.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return decimals == 0 && alternate ? s + "." : s;
    }

    /** d.ddd e+XX with the given digits after the point. */
    private static String exponent(BigDecimal v, int decimals, boolean alternate, boolean upper) {
        String digits;
        int exp10;
        if (v.signum() == 0) {
            digits = "0".repeat(decimals + 1);
            exp10 = 0;
        } else {
            BigDecimal r = v.round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp10 = r.precision() - r.scale() - 1;
            if (digits.length() < decimals + 1) digits += "0".repeat(decimals + 1 - digits.length());
            else digits = digits.substring(0, decimals + 1);   // the unscaled value may carry zeros
        }
        StringBuilder sb = new StringBuilder(digits.length() + 6).append(digits.charAt(0));
        if (decimals > 0 || alternate) sb.append('.');
        sb.append(digits, 1, digits.length());
        sb.append(upper ? 'E' : 'e').append(exp10 < 0 ? '-' : '+');
        int a = Math.abs(exp10);
        if (a < 10) sb.append('0');
        return sb.append(a).toString();
    }

    /**
     * 'g': significant digits, fixed notation for exponents in [-4, p), else exponent
     * notation; trailing zeros dropped unless alternate. The "none" type is 'g' that switches
     * to exponent one place earlier and keeps a ".0" on integral results.
     */
    private static String general(BigDecimal v, int precision, boolean alternate, boolean upper, boolean addDot0) {
        int p = precision == 0 ? 1 : precision;
        int exp10 = 0;
        if (v.signum() != 0) {
            BigDecimal r = v.round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp10 = r.precision() - r.scale() - 1;
        }
        String s;
        boolean useExponent = exp10 < -4 || exp10 >= p - (addDot0 ? 1 : 0);
        if (useExponent) s = exponent(v, p - 1, alternate, upper);
        else s = fixed(v, p - 1 - exp10, alternate);
        if (!alternate) s = stripZeros(s);
        if (addDot0 && s.indexOf('.') < 0 && s.indexOf('e') < 0) s += ".0";
        return s;
    }

    /** Drops trailing zeros of the fraction, and the point if nothing is left after it. */
    private static String stripZeros(String s) {
        int e = s.indexOf('e') >= 0 ? s.indexOf('e') : s.indexOf('E');
        String mantissa = e >= 0 ? s.substring(0, e) : s, tail = e >= 0 ? s.substring(e) : "";
        if (mantissa.indexOf('.') < 0) return s;
        int end = mantissa.length();
        while (mantissa.charAt(end - 1) == '0') end--;
        if (mantissa.charAt(end - 1) == '.') end--;
        return mantissa.substring(0, end) + tail;
    }
}
