package regpy.text;

import java.math.BigInteger;

import regpy.code.Repr;

/**
 * int(s, base), float(s) and complex(s) from text, with CPython's rules: surrounding
 * whitespace, Unicode decimal digits, '_' only between digits, 0x/0o/0b prefixes, inf/nan.
 * Errors quote the original argument's repr, as CPython does.
 */
public final class NumberParsing {
    private NumberParsing() {}

    /**
     * Maps every Unicode whitespace to ' ' and every Unicode decimal digit to its ASCII digit;
     * other non-ASCII characters become '?' so that they fail any syntax check.
     */
    static String toAscii(String s) {
        int n = s.length(), i = 0;
        while (i < n && s.charAt(i) < 128) i++;
        if (i == n) return s;
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) sb.append((char) cp);
            else if (UnicodeProps.isSpace(cp)) sb.append(' ');
            else if (UnicodeProps.isDecimal(cp)) sb.append((char) ('0' + UnicodeProps.decimalValue(cp)));
            else sb.append('?');
        }
        return sb.toString();
    }

    /** Latin-1 view of bytes: int(b'..') and float(b'..') parse bytes as ASCII, no Unicode digits. */
    static String bytesToAscii(byte[] b) {
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) c[i] = (b[i] & 0x80) != 0 ? '?' : (char) b[i];
        return new String(c);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    // ---- int -----------------------------------------------------------------------------------

    /** int(s, base) for a str argument. */
    public static BigInteger parseInt(String s, int base) {
        return parseInt(toAscii(s), base, () -> Repr.str(s));
    }

    /** int(b, base) for bytes or bytearray: CPython's message shows b'...' for both. */
    public static BigInteger parseInt(byte[] b, int base) {
        return parseInt(bytesToAscii(b), base, () -> Repr.bytes(b));
    }

    private static String bytesRepr(byte[] b, boolean bytearray) {
        return bytearray ? "bytearray(" + Repr.bytes(b) + ")" : Repr.bytes(b);
    }

    private static BigInteger parseInt(String s, int base, java.util.function.Supplier<String> repr) {
        if ((base != 0 && base < 2) || base > 36) throw TextError.valueError("int() base must be >= 2 and <= 36, or 0");
        final int givenBase = base; // errors quote the base as given, 0 included
        int n = s.length(), i = 0;
        while (i < n && isAsciiSpace(s.charAt(i))) i++;
        int end = n;
        while (end > i && isAsciiSpace(s.charAt(end - 1))) end--;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) negative = s.charAt(i++) == '-';
        boolean onlyZeros = false;
        boolean prefixed = false;
        if (i + 1 < end && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) { base = pb; i += 2; prefixed = true; }
        }
        if (base == 0) {
            // A decimal literal may not start with 0 unless it is all zeros ("00", "0_0").
            base = 10;
            onlyZeros = i < end && s.charAt(i) == '0';
        }
        int digitsStart = i;
        if (prefixed && i < end && s.charAt(i) == '_') i++; // 0x_1f: one underscore after the prefix
        StringBuilder digits = new StringBuilder(end - i);
        boolean lastUnderscore = prefixed && i > digitsStart;
        if (i >= end) throw invalidInt(givenBase, repr);
        if (s.charAt(i) == '_') throw invalidInt(givenBase, repr);
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) throw invalidInt(givenBase, repr);
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (c >= 128 || d < 0) throw invalidInt(givenBase, repr);
            if (onlyZeros && d != 0) throw invalidInt(givenBase, repr);
            digits.append(c);
            lastUnderscore = false;
        }
        if (lastUnderscore) throw invalidInt(givenBase, repr);
        int max = IntFormat.maxStrDigits;
        if ((base & (base - 1)) != 0 && max > 0 && digits.length() > max) {
            throw TextError.valueError("Exceeds the limit (" + max + " digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = digits.length() <= 18 && base == 10
                ? BigInteger.valueOf(Long.parseLong(digits, 0, digits.length(), 10))
                : base == 10 ? decimal(digits.toString(), 0, digits.length())
                : new BigInteger(digits.toString(), base);
        return negative ? v.negate() : v;
    }

    /**
     * Decimal digits to BigInteger by halves (high * 10**k + low), so that the work is in
     * BigInteger's sub-quadratic multiplication; new BigInteger(String) is quadratic.
     */
    static BigInteger decimal(String d, int from, int to) {
        int len = to - from;
        if (len <= 2000) return new BigInteger(d.substring(from, to));
        int lowLen = len / 2;
        BigInteger high = decimal(d, from, to - lowLen);
        BigInteger low = decimal(d, to - lowLen, to);
        return high.multiply(BigInteger.TEN.pow(lowLen)).add(low);
    }

    private static TextError invalidInt(int base, java.util.function.Supplier<String> repr) {
        // CPython formats the repr with %.200R: at most 200 code points of it.
        String r = repr.get();
        int len = CodePoints.length(r);
        if (len > 200) r = r.substring(0, CodePoints.offset(r, len, 200));
        return TextError.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    // ---- float ---------------------------------------------------------------------------------

    /** float(s) for a str argument. */
    public static double parseFloat(String s) {
        return parseFloat(toAscii(s), () -> Repr.str(s));
    }

    /** float(b) for bytes. */
    public static double parseFloat(byte[] b) {
        return parseFloat(b, false);
    }

    /** float(b) for bytes, or for a bytearray (the message then shows bytearray(b'...')). */
    public static double parseFloat(byte[] b, boolean bytearray) {
        return parseFloat(bytesToAscii(b), () -> bytesRepr(b, bytearray));
    }

    private static double parseFloat(String s, java.util.function.Supplier<String> repr) {
        String t = removeUnderscores(strip(s));
        if (t != null) {
            double[] out = new double[1];
            if (scanDouble(t, 0, out) == t.length() && !t.isEmpty()) return out[0];
        }
        throw TextError.valueError("could not convert string to float: " + repr.get());
    }

    private static String strip(String s) {
        int i = 0, j = s.length();
        while (i < j && isAsciiSpace(s.charAt(i))) i++;
        while (j > i && isAsciiSpace(s.charAt(j - 1))) j--;
        return s.substring(i, j);
    }

    /** Drops underscores that sit between two digits; null when any other underscore appears. */
    static String removeUnderscores(String s) {
        if (s.indexOf('_') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) return null;
            } else {
                if (prev == '_' && !(c >= '0' && c <= '9')) return null;
                sb.append(c);
            }
            prev = c;
        }
        return prev == '_' ? null : sb.toString();
    }

    /**
     * strtod: scans [sign] (digits[.digits] | .digits) [e[sign]digits] | inf | infinity | nan
     * at s[from], stores the value in out[0] and returns the end index (from when nothing parsed).
     */
    static int scanDouble(String s, int from, double[] out) {
        int n = s.length(), i = from;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        if (s.regionMatches(true, i, "infinity", 0, 8)) { out[0] = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY; return i + 8; }
        if (s.regionMatches(true, i, "inf", 0, 3)) { out[0] = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY; return i + 3; }
        if (s.regionMatches(true, i, "nan", 0, 3)) { out[0] = Double.NaN; return i + 3; }
        int mant = i;
        int intDigits = 0, fracDigits = 0;
        while (i < n && isDigit(s.charAt(i))) { i++; intDigits++; }
        if (i < n && s.charAt(i) == '.') {
            int dot = i++;
            while (i < n && isDigit(s.charAt(i))) { i++; fracDigits++; }
            if (intDigits + fracDigits == 0) i = dot;
        }
        if (intDigits + fracDigits == 0) return from;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            int ds = j;
            while (j < n && isDigit(s.charAt(j))) j++;
            if (j > ds) i = j;
        }
        // Java's parser is correctly rounded; the syntax was checked above (it would accept 'd', hex...).
        double v = Double.parseDouble(s.substring(mant, i));
        out[0] = neg ? -v : v;
        return i;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    // ---- complex -------------------------------------------------------------------------------

    /** complex(s): {real, imag}. */
    public static double[] parseComplex(String s) {
        String t = removeUnderscores(toAscii(s));
        if (t == null) throw TextError.valueError("could not convert string to complex: " + Repr.str(s));
        double[] r = scanComplex(t);
        if (r == null) throw TextError.valueError("complex() arg is a malformed string");
        return r;
    }

    private static double[] scanComplex(String s) {
        int n = s.length(), i = 0;
        while (i < n && isAsciiSpace(s.charAt(i))) i++;
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < n && isAsciiSpace(s.charAt(i))) i++;
        }
        double x = 0, y = 0;
        double[] out = new double[1];
        int end = scanDouble(s, i, out);
        if (end != i) {
            double z = out[0];
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                end = scanDouble(s, i, out);
                if (end != i) { y = out[0]; i = end; }
                else { y = s.charAt(i) == '+' ? 1 : -1; i++; }
                if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) return null;
                i++;
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) { y = s.charAt(i) == '+' ? 1 : -1; i++; }
            else y = 1;
            if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) return null;
            i++;
        }
        while (i < n && isAsciiSpace(s.charAt(i))) i++;
        if (bracket) {
            if (!(i < n && s.charAt(i) == ')')) return null;
            i++;
            while (i < n && isAsciiSpace(s.charAt(i))) i++;
        }
        return i == n ? new double[] {x, y} : null;
    }
}
