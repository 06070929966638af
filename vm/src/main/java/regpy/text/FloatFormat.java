package regpy.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * float and complex formatting: format(x, spec), and the 'e'/'f'/'g'/'r' conversions shared
 * with %-formatting. Digits are rounded half-even on the exact binary value (BigDecimal of the
 * double), which is what CPython's dtoa produces; shortest digits come from {@link regpy.code.Repr}.
 */
public final class FloatFormat {
    private FloatFormat() {}

    // ---- the conversions (sign included) ------------------------------------------------------

    /** '%.{prec}f' */
    public static String formatFixed(double x, int prec) { return convert(x, 'f', prec, false, false, false); }

    /** '%.{prec}e' / 'E' */
    public static String formatExponent(double x, int prec, boolean upper) {
        return convert(x, upper ? 'E' : 'e', prec, false, false, false);
    }

    /** '%.{prec}g' / 'G', '#' keeps trailing zeros. */
    public static String formatGeneral(double x, int prec, boolean upper, boolean alt) {
        return convert(x, upper ? 'G' : 'g', prec, alt, false, false);
    }

    /**
     * One conversion of x: type e E f F g G or r (shortest, like repr), with '#' (alt),
     * addDot0 (append ".0" to integral results in fixed notation, as str(float) does),
     * and the 'z' flag (no negative zero after rounding).
     */
    public static String convert(double x, int type, int prec, boolean alt, boolean addDot0, boolean noNegZero) {
        boolean neg = isNegative(x);
        String body = body(Math.abs(x), type, prec, alt, addDot0);
        if (neg && noNegZero && isZero(body)) neg = false;
        return neg ? "-" + body : body;
    }

    private static boolean isNegative(double x) {
        return !Double.isNaN(x) && (x < 0 || (x == 0 && 1 / x < 0));
    }

    /** True when the mantissa of a formatted number has only zeros. */
    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
            if (c == 'i' || c == 'n' || c == 'I' || c == 'N') return false;
        }
        return true;
    }

    /** The formatted |x| (ax >= 0 or NaN). */
    private static String body(double ax, int type, int prec, boolean alt, boolean addDot0) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(ax)) return upper ? "NAN" : "nan";
        if (Double.isInfinite(ax)) return upper ? "INF" : "inf";
        String s = switch (type) {
            case 'f', 'F' -> fixed(ax, prec, alt);
            case 'e', 'E' -> exponent(ax, prec, alt);
            case 'g', 'G' -> general(ax, prec, alt, addDot0);
            case 'r' -> repr(ax, alt, addDot0);
            default -> throw new IllegalArgumentException("float conversion " + (char) type);
        };
        return upper ? s.toUpperCase() : s;
    }

    private static String fixed(double ax, int prec, boolean alt) {
        String s = null;
        if (prec <= 22) {
            long r = roundScaled(ax * POW10[prec]); // one rounding: 10**prec is exact
            if (r >= 0) s = placePoint(Long.toString(r), prec);
        }
        if (s == null) s = new BigDecimal(ax).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return prec == 0 && alt ? s + "." : s;
    }

    /** Powers of ten that doubles hold exactly. */
    private static final double[] POW10 = new double[23];
    static { double p = 1; for (int i = 0; i < POW10.length; i++) { POW10[i] = p; p *= 10; } }

    /**
     * The fast path of correct rounding: y is the exact scaled value rounded once, so the true
     * value lies within ulp(y)/2 of it. When y is far enough from a .5 tie, rounding y to an
     * integer gives the same answer as rounding the exact value; else -1 (use BigDecimal).
     */
    static long roundScaled(double y) {
        if (!(y < 0x1p52)) return -1;
        double fl = Math.floor(y), frac = y - fl;
        if (Math.abs(frac - 0.5) <= 2 * Math.ulp(y)) return -1;
        return (long) fl + (frac > 0.5 ? 1 : 0);
    }

    /** fixed() without the fast path, for tests that compare the two. */
    static String fixedExact(double ax, int prec) {
        return new BigDecimal(ax).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String fixedForTest(double ax, int prec) { return fixed(ax, prec, false); }

    static Significant significantForTest(double ax, int n) { return significant(ax, n); }

    /** n rounded significant digits of a value, and the decimal exponent of the first one. */
    record Significant(String digits, int exp) {}

    /** Integer digits r with the decimal point prec places from the right. */
    private static String placePoint(String r, int prec) {
        if (prec == 0) return r;
        if (r.length() <= prec) r = "0".repeat(prec - r.length() + 1) + r;
        int p = r.length() - prec;
        return r.substring(0, p) + "." + r.substring(p);
    }

    /** Rounded significant digits: {digits (exactly n of them), exponent of the first digit}. */
    private static Significant significant(double ax, int n) {
        if (ax == 0) return new Significant("0".repeat(n), 0);
        if (n <= 17) {
            Significant fast = significantFast(ax, n);
            if (fast != null) return fast;
        }
        return significantExact(ax, n);
    }

    /** significant() by one scaling by an exact power of ten, when that decides the rounding. */
    private static Significant significantFast(double ax, int n) {
        int e10 = (int) Math.floor(Math.log10(ax));
        for (int attempt = 0; attempt < 2; attempt++, e10--) {
            int k = n - 1 - e10;                      // scale so that n digits sit left of the point
            if (k > 22 || k < -22) return null;
            double y = k >= 0 ? ax * POW10[k] : ax / POW10[-k];
            long r = roundScaled(y);
            if (r < 0) return null;
            long lo = (long) POW10[n - 1], hi = lo * 10;
            if (r < lo) continue;                     // log10 overestimated the exponent
            if (r > hi) return null;
            if (r == hi) return new Significant("1" + "0".repeat(n - 1), e10 + 1);
            return new Significant(Long.toString(r), e10);
        }
        return null;
    }

    static Significant significantExact(double ax, int n) {
        if (ax == 0) return new Significant("0".repeat(n), 0);
        BigDecimal r = new BigDecimal(ax).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String d = r.unscaledValue().toString();
        int exp = d.length() - 1 - r.scale();
        if (d.length() < n) d = d + "0".repeat(n - d.length());
        else if (d.length() > n) d = d.substring(0, n); // only trailing zeros can be cut here
        return new Significant(d, exp);
    }

    private static String exponent(double ax, int prec, boolean alt) {
        Significant sig = significant(ax, prec + 1);
        String d = sig.digits();
        StringBuilder sb = new StringBuilder(d.length() + 6).append(d.charAt(0));
        if (prec > 0 || alt) sb.append('.');
        sb.append(d, 1, d.length());
        return appendExponent(sb, sig.exp()).toString();
    }

    private static StringBuilder appendExponent(StringBuilder sb, int exp) {
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) sb.append('0');
        return sb.append(a);
    }

    private static String general(double ax, int prec, boolean alt, boolean addDot0) {
        int p = prec == 0 ? 1 : prec;
        Significant sig = significant(ax, p);
        String d = sig.digits();
        int exp = sig.exp();
        if (ax == 0) { d = alt ? d : "0"; exp = 0; }
        if (!alt) {
            int end = d.length();
            while (end > 1 && d.charAt(end - 1) == '0') end--;
            d = d.substring(0, end);
        }
        int decpt = exp + 1;
        boolean useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
        return layoutDigits(d, decpt, useExp, alt, addDot0);
    }

    private static String repr(double ax, boolean alt, boolean addDot0) {
        if (ax == 0) return layoutDigits("0", 1, false, alt, addDot0);
        regpy.code.Repr.Digits r = regpy.code.Repr.shortestDigits(ax);
        boolean useExp = r.decpt() <= -4 || r.decpt() > 16;
        return layoutDigits(r.digits(), r.decpt(), useExp, alt, addDot0);
    }

    /** Places a decimal point into digits (value = 0.digits * 10**decpt), fixed or with exponent. */
    private static String layoutDigits(String d, int decpt, boolean useExp, boolean alt, boolean addDot0) {
        StringBuilder sb = new StringBuilder(d.length() + 8);
        if (useExp) {
            sb.append(d.charAt(0));
            if (d.length() > 1 || alt) sb.append('.');
            sb.append(d, 1, d.length());
            return appendExponent(sb, decpt - 1).toString();
        }
        if (decpt <= 0) {
            sb.append("0.").repeat('0', -decpt).append(d);
        } else if (decpt >= d.length()) {
            sb.append(d).repeat('0', decpt - d.length());
            if (addDot0) sb.append(".0");
            else if (alt) sb.append('.');
        } else {
            sb.append(d, 0, decpt).append('.').append(d, decpt, d.length());
        }
        return sb.toString();
    }

    // ---- format(float, spec) ------------------------------------------------------------------

    public static String format(double x, String spec, String typeName) {
        if (spec.isEmpty()) return regpy.code.Repr.floatRepr(x);
        return format(x, FormatSpec.parse(spec, typeName, '>', 0), typeName);
    }

    /** format() of a float with a parsed spec (also used for int with a float presentation type). */
    static String format(double x, FormatSpec f, String typeName) {
        int type = f.type();
        int defaultPrecision = 6;
        boolean addDot0 = false, percent = false;
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {}
            case 0 -> { type = 'r'; addDot0 = true; defaultPrecision = 0; }
            case 'n' -> type = 'g';
            case '%' -> { type = 'f'; x *= 100; percent = true; }
            default -> throw FormatSpec.unknownType(type, typeName);
        }
        int prec = precision(f, defaultPrecision);
        if (f.precision() >= 0 && type == 'r') type = 'g';
        String s = convert(x, type, prec, f.alternate(), addDot0, f.noNegZero());
        if (percent) s += "%";
        return layout(f, s);
    }

    private static int precision(FormatSpec f, int dflt) {
        if (f.precision() < 0) return dflt;
        if (f.precision() > Integer.MAX_VALUE / 2) throw TextError.valueError("precision too big");
        return (int) f.precision();
    }

    /** Splits a converted number into sign, integer digits and the rest, and lays it out. */
    private static String layout(FormatSpec f, String s) {
        boolean neg = s.startsWith("-");
        if (neg) s = s.substring(1);
        if (!s.isEmpty() && Character.isLetter(s.charAt(0)) && f.grouping() != 0) {
            // inf and nan: zero padding stays ungrouped
            f = new FormatSpec(f.fill(), f.align(), f.sign(), f.noNegZero(), f.alternate(), f.width(), (char) 0,
                    f.precision(), f.type());
        }
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return NumberLayout.layout(f, neg, "", s.substring(0, i), s.substring(i), 3);
    }

    // ---- complex ------------------------------------------------------------------------------

    /** format(complex(re, im), spec). */
    public static String formatComplex(double re, double im, String spec, String typeName) {
        if (spec.isEmpty()) return regpy.code.Repr.complex(re, im);
        FormatSpec f = FormatSpec.parse(spec, typeName, '>', 0);
        if (f.fill() == '0') throw TextError.valueError("Zero padding is not allowed in complex format specifier");
        if (f.align() == '=') throw TextError.valueError("'=' alignment flag is not allowed in complex format specifier");
        int type = f.type();
        int defaultPrecision = 6;
        boolean skipRe = false, parens = false;
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {}
            case 'n' -> type = 'g';
            case 0 -> {
                type = 'r';
                defaultPrecision = 0;
                if (re == 0 && 1 / re > 0) skipRe = true; else parens = true;
            }
            default -> throw FormatSpec.unknownType(type, typeName);
        }
        int prec = precision(f, defaultPrecision);
        if (f.precision() >= 0 && type == 'r') type = 'g';
        // The parts are laid out without width; the width then applies to the whole.
        FormatSpec part = new FormatSpec(' ', '>', f.sign(), false, false, -1, f.grouping(), -1, 0);
        FormatSpec imPart = skipRe ? part : new FormatSpec(' ', '>', '+', false, false, -1, f.grouping(), -1, 0);
        StringBuilder sb = new StringBuilder();
        if (parens) sb.append('(');
        if (!skipRe) sb.append(layout(part, convert(re, type, prec, f.alternate(), false, f.noNegZero())));
        sb.append(layout(imPart, convert(im, type, prec, f.alternate(), false, f.noNegZero()))).append('j');
        if (parens) sb.append(')');
        String s = sb.toString();
        return f.pad(s, s.length(), '>');
    }
}
