package regpy.code;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python's repr() of the constant types, in one place: the AST dumper, the disassembler and
 * the VM's own {@code __repr__} methods all call these, so the text cannot drift apart.
 */
public final class Repr {
    private Repr() {}

    /** repr() of any value of {@link Const}'s domain. */
    public static String of(Object v) {
        if (v instanceof String s) return str(s);
        if (v instanceof Const.Str s) return str(s.codePoints());
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) return v.toString();
        if (v instanceof Double d) return floatRepr(d);
        if (v instanceof Const.Complex c) return complex(c.real(), c.imag());
        if (v instanceof Const.Bytes b) return bytes(b.data());
        if (v instanceof Const.Singleton s) return s.toString();
        if (v instanceof Const.Tuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(of(t.items().get(i)));
            }
            if (t.items().size() == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (v instanceof Const.FrozenSet f) {
            if (f.items().isEmpty()) return "frozenset()";
            StringBuilder sb = new StringBuilder("frozenset({");
            for (int i = 0; i < f.items().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(of(f.items().get(i)));
            }
            return sb.append("})").toString();
        }
        return String.valueOf(v);
    }

    // ---- float ------------------------------------------------------------------------------

    /** Shortest round-trip digits of a finite, non-zero |x|, and the decimal point position. */
    public record Digits(String digits, int decpt) {}

    /**
     * The shortest decimal digits that round-trip to x (Python's 'r' mode). Java's
     * Double.toString is shortest too, except that where one digit would do it may choose a
     * closer two-digit decimal (5e-324 prints as 4.9E-324); that case is narrowed here.
     */
    public static Digits shortestDigits(double x) {
        double ax = Math.abs(x);
        BigDecimal bd = new BigDecimal(Double.toString(ax)).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        if (digits.length() == 2) {
            // Try the one-digit decimals next to it; keep the closest one that round-trips.
            BigDecimal exact = new BigDecimal(ax);
            int lead = digits.charAt(0) - '0';
            String best = null;
            BigDecimal bestErr = null;
            for (int d = lead; d <= lead + 1; d++) {
                BigDecimal cand = BigDecimal.valueOf(d).scaleByPowerOfTen(decpt - 1);
                if (cand.doubleValue() == ax) {
                    BigDecimal err = cand.subtract(exact).abs();
                    if (bestErr == null || err.compareTo(bestErr) < 0) { best = String.valueOf(d); bestErr = err; }
                }
            }
            if (best != null) {
                if (best.equals("10")) return new Digits("1", decpt + 1);
                return new Digits(best, decpt);
            }
        }
        return new Digits(digits, decpt);
    }

    /** repr(float): '1.0', '0.1', '1e+16', '1e-05', 'inf', 'nan', '-0.0'. */
    public static String floatRepr(double x) {
        return formatR(x, true);
    }

    /** Python's 'r' formatting; addDot0 appends ".0" to integral values in fixed notation. */
    public static String formatR(double x, boolean addDot0) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        if (x == 0) return sign + (addDot0 ? "0.0" : "0");
        Digits d = shortestDigits(x);
        String digits = d.digits();
        int decpt = d.decpt();
        StringBuilder sb = new StringBuilder(sign);
        if (decpt > 16 || decpt < -3) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDot0) sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /** repr(complex): '1j', '(1+2j)', '(-0-1j)', '(nan+infj)'. */
    public static String complex(double real, double imag) {
        if (real == 0 && 1 / real > 0) return formatR(imag, false) + "j";
        String re = formatR(real, false);
        String im = formatR(imag, false);
        if (!im.startsWith("-")) im = "+" + im;
        return "(" + re + im + "j)";
    }

    // ---- str and bytes -----------------------------------------------------------------------

    /** repr(str): quotes chosen as CPython chooses them, non-printable characters escaped. */
    public static String str(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            strChar(sb, cp, q);
        }
        return sb.append(q).toString();
    }

    /** repr() of the str of these code points (a {@link Const.Str}, whose surrogates stay apart). */
    public static String str(int[] codePoints) {
        boolean hasSingle = false, hasDouble = false;
        for (int cp : codePoints) { if (cp == '\'') hasSingle = true; else if (cp == '"') hasDouble = true; }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(codePoints.length + 2).append(q);
        for (int cp : codePoints) strChar(sb, cp, q);
        return sb.append(q).toString();
    }

    private static void strChar(StringBuilder sb, int cp, char q) {
        if (cp == q || cp == '\\') sb.append('\\').append((char) cp);
        else if (cp == '\t') sb.append("\\t");
        else if (cp == '\n') sb.append("\\n");
        else if (cp == '\r') sb.append("\\r");
        else if (cp < 0x20 || cp == 0x7f) hex(sb, "\\x", cp, 2);
        else if (cp < 0x7f) sb.append((char) cp);
        else if (isPrintable(cp)) sb.appendCodePoint(cp);
        else if (cp <= 0xff) hex(sb, "\\x", cp, 2);
        else if (cp <= 0xffff) hex(sb, "\\u", cp, 4);
        else hex(sb, "\\U", cp, 8);
    }

    /** repr(bytes): b'...' with CPython's escapes. */
    public static String bytes(byte[] data) {
        return bytesBody("b", data);
    }

    /** prefix + quoted bytes body, shared with bytearray's repr. */
    public static String bytesBody(String prefix, byte[] data) {
        boolean hasSingle = false, hasDouble = false;
        for (byte b : data) { if (b == '\'') hasSingle = true; else if (b == '"') hasDouble = true; }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(data.length + 3).append(prefix).append(q);
        for (byte b : data) {
            int c = b & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) hex(sb, "\\x", c, 2);
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    private static void hex(StringBuilder sb, String prefix, int v, int width) {
        String h = Integer.toHexString(v);
        sb.append(prefix).append("0".repeat(width - h.length())).append(h);
    }

    /** Python's str.isprintable() for one code point (Unicode categories C* and Z* but space are not). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> cp < NEWER_UNICODE[0] || !newerUnicode(cp);
        };
    }

    /**
     * Code point ranges (first, last) that Java 25's Unicode 16.0 assigns but CPython 3.13's
     * Unicode 15.1 does not: unassigned, hence not printable, for Python. Made by comparing
     * Character.getType with python3.13's str.isprintable over all code points.
     */
    private static final int[] NEWER_UNICODE = {
        0x897, 0x897, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A, 0x2427, 0x2429, 0x31E4, 0x31E5,
        0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC, 0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85,
        0x10D8E, 0x10D8F, 0x10EC2, 0x10EC4, 0x10EFC, 0x10EFC, 0x11380, 0x11389, 0x1138B, 0x1138B,
        0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5,
        0x113C7, 0x113CA, 0x113CC, 0x113D5, 0x113D7, 0x113D8, 0x113E1, 0x113E2, 0x116D0, 0x116E3,
        0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9, 0x11F5A, 0x11F5A, 0x13460, 0x143FA, 0x16100, 0x16139,
        0x16D40, 0x16D79, 0x18CFF, 0x18CFF, 0x1CC00, 0x1CCF9, 0x1CD00, 0x1CEB3, 0x1E5D0, 0x1E5FA,
        0x1E5FF, 0x1E5FF, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA89, 0x1FA89, 0x1FA8F, 0x1FA8F,
        0x1FABE, 0x1FABE, 0x1FAC6, 0x1FAC6, 0x1FADC, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE9, 0x1FAE9,
        0x1FBCB, 0x1FBEF
    };

    private static boolean newerUnicode(int cp) {
        int lo = 0, hi = NEWER_UNICODE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < NEWER_UNICODE[2 * mid]) hi = mid - 1;
            else if (cp > NEWER_UNICODE[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
