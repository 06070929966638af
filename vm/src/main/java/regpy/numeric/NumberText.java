package regpy.numeric;

import java.math.BigInteger;
import regpy.code.Repr;

/**
 * int(str, base), float(str), complex(str), str(int) and bin/oct/hex as Python 3.13 does them: Unicode
 * decimal digits and whitespace are accepted, single underscores may separate digits, and
 * decimal conversions of more than sys.get_int_max_str_digits() digits (4300 by default) are
 * refused. The limit is a parameter; 0 means unlimited.
 */
public final class NumberText {
    private NumberText() {}

    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /** Python's str.isspace() for one character. */
    static boolean isPythonSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /**
     * The string with non-ASCII decimal digits replaced by their ASCII digit and Unicode
     * whitespace by ' ', as CPython does before parsing a number; other characters unchanged.
     */
    private static String asciiDigitsAndSpaces(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            char repl = 0;
            if (cp >= 0x80) {
                if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) repl = (char) ('0' + Character.digit(cp, 10));
                else if (isPythonSpace(cp)) repl = ' ';
            }
            if (repl != 0 && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            if (sb != null) {
                if (repl != 0) sb.append(repl);
                else sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    private static String strip(String s) {
        int start = 0, end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) start++;
        while (end > start && isPythonSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    // ---- int(str, base) ---------------------------------------------------------------------

    /** int(s, base) for a str argument; base 0 means "as a Python literal". */
    public static Object parseInt(String s, int base, int maxDigits) {
        if (base != 0 && (base < 2 || base > 36)) throw NumericError.value("int() base must be >= 2 and <= 36, or 0");
        String t = strip(asciiDigitsAndSpaces(s));
        int i = 0, n = t.length();
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) negative = t.charAt(i++) == '-';
        int b = base;
        boolean prefixed = false;
        if (i + 1 < n && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                prefixed = true;
            }
        }
        if (b == 0) b = 10;
        StringBuilder digits = new StringBuilder(n - i);
        // An underscore must follow a digit (or the base prefix) and precede a digit.
        boolean prevDigit = false, atStart = true;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (!(prevDigit || (atStart && prefixed)) || i == n - 1) throw invalidInt(s, base);
                prevDigit = false;
            } else {
                if (c >= 0x80 || Character.digit(c, b) < 0) throw invalidInt(s, base);
                digits.append(c);
                prevDigit = true;
            }
            atStart = false;
        }
        if (digits.isEmpty()) throw invalidInt(s, base);
        if (base == 0 && b == 10 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) if (digits.charAt(k) != '0') throw invalidInt(s, base);
        }
        if (maxDigits > 0 && Integer.bitCount(b) != 1 && digits.length() > maxDigits)
            throw NumericError.value("Exceeds the limit (" + maxDigits + " digits) for integer string conversion: value has "
                                     + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        BigInteger v = digits.length() <= 18 && b == 10
            ? BigInteger.valueOf(Long.parseLong(digits.toString()))
            : new BigInteger(digits.toString(), b);
        return IntOps.normalize(negative ? v.negate() : v);
    }

    private static NumericError invalidInt(String s, int base) {
        String r = Repr.str(s);
        if (r.length() > 200) r = r.substring(0, 200);
        return NumericError.value("invalid literal for int() with base " + base + ": " + r);
    }

    // ---- float(str) -------------------------------------------------------------------------

    /** float(s) for a str argument. */
    public static double parseFloat(String s) {
        String t = strip(asciiDigitsAndSpaces(s));
        double[] value = new double[1];
        if (scanFloat(t, 0, value) != t.length()) throw invalidFloat(s);
        return value[0];
    }

    /**
     * Scans the longest float literal (sign, digits with underscores, fraction, exponent, or
     * inf/infinity/nan) at t[i..]; stores its value and returns the index after it, or -1.
     */
    private static int scanFloat(String t, int i, double[] value) {
        int n = t.length();
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) negative = t.charAt(i++) == '-';
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (t.regionMatches(true, i, word, 0, word.length())) {
                double v = word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
                value[0] = negative ? -v : v;
                return i + word.length();
            }
        }
        StringBuilder clean = new StringBuilder(n - i + 2);
        if (negative) clean.append('-');
        int mantissaDigits = digitRun(t, i, clean);
        i += mantissaDigits;
        if (i < n && t.charAt(i) == '.') {
            clean.append('.');
            int fraction = digitRun(t, i + 1, clean);
            mantissaDigits += fraction;
            i += 1 + fraction;
        }
        if (mantissaDigits == 0) return -1;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {   // consumed only if complete
            int j = i + 1;
            StringBuilder exp = new StringBuilder("e");
            if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) exp.append(t.charAt(j++));
            int expDigits = digitRun(t, j, exp);
            if (expDigits > 0) {
                clean.append(exp);
                i = j + expDigits;
            }
        }
        value[0] = Double.parseDouble(clean.toString());   // correctly rounded; overflow gives inf
        return i;
    }

    // ---- complex(str) -----------------------------------------------------------------------

    /** complex(s) for a str argument: '1', '2j', '1-2j', '+j', '(1+2j)', with blanks around. */
    public static Complex parseComplex(String s) {
        String t = asciiDigitsAndSpaces(s);
        int n = t.length(), i = skipSpaces(t, 0);
        boolean bracket = i < n && t.charAt(i) == '(';
        if (bracket) i = skipSpaces(t, i + 1);
        double re = 0.0, im = 0.0;
        double[] v = new double[1];
        int end = scanFloat(t, i, v);
        if (end >= 0) {
            i = end;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {   // real part, then imaginary
                re = v[0];
                int end2 = scanFloat(t, i, v);
                if (end2 >= 0) { im = v[0]; i = end2; }
                else { im = t.charAt(i) == '+' ? 1.0 : -1.0; i++; }
                if (!isJ(t, i)) throw malformedComplex();
                i++;
            } else if (isJ(t, i)) {
                im = v[0];
                i++;
            } else {
                re = v[0];
            }
        } else {   // 'j', '+j', '-j'
            double sign = 1.0;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) sign = t.charAt(i++) == '-' ? -1.0 : 1.0;
            if (!isJ(t, i)) throw malformedComplex();
            im = sign;
            i++;
        }
        i = skipSpaces(t, i);
        if (bracket) {
            if (i >= n || t.charAt(i) != ')') throw malformedComplex();
            i = skipSpaces(t, i + 1);
        }
        if (i != n) throw malformedComplex();
        return new Complex(re, im);
    }

    private static boolean isJ(String t, int i) {
        return i < t.length() && (t.charAt(i) == 'j' || t.charAt(i) == 'J');
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && isPythonSpace(t.charAt(i))) i++;
        return i;
    }

    private static NumericError malformedComplex() {
        return NumericError.value("complex() arg is a malformed string");
    }

    /**
     * Length of the run of ASCII digits with single inner underscores starting at i, copying
     * the digits to out; a misplaced underscore ends the run (and so fails the parse).
     */
    private static int digitRun(String t, int i, StringBuilder out) {
        int start = i;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                i++;
            } else if (c == '_' && i > start && i + 1 < t.length() && isAsciiDigit(t.charAt(i + 1))
                       && isAsciiDigit(t.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return i - start;
    }

    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    private static NumericError invalidFloat(String s) {
        return NumericError.value("could not convert string to float: " + Repr.str(s));
    }

    // ---- int to text ------------------------------------------------------------------------

    /** str(i) / repr(i), refusing more than maxDigits decimal digits (0: no limit). */
    public static String toDecimal(Object i, int maxDigits) {
        if (IntOps.isSmall(i)) return Long.toString(IntOps.small(i));
        BigInteger b = (BigInteger) i;
        // A cheap bound first: the decimal length is at least bitLength * log10(2).
        if (maxDigits > 0 && (long) ((b.bitLength() - 1) * 0.30102999566398) + 1 > maxDigits + 1L) throw tooManyDigits(maxDigits);
        String s = b.abs().toString();
        if (maxDigits > 0 && s.length() > maxDigits) throw tooManyDigits(maxDigits);
        return b.signum() < 0 ? "-" + s : s;
    }

    private static NumericError tooManyDigits(int maxDigits) {
        return NumericError.value("Exceeds the limit (" + maxDigits
            + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** bin(i), oct(i), hex(i): radix 2, 8 or 16 with its 0b/0o/0x prefix after any sign. */
    public static String toPrefixedRadix(Object i, int radix) {
        String prefix = switch (radix) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> throw new IllegalArgumentException("radix " + radix);
        };
        BigInteger b = IntOps.big(i);
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }
}
