package regpy.code;

import java.util.Arrays;

/**
 * str constants in their two forms: a String (all but a few), or a {@link Const.Str} of code
 * points when a lone high surrogate directly precedes a lone low surrogate. The parser builds
 * literals with {@link Builder}, which stays on a StringBuilder until such a pair would form.
 */
public final class ConstStr {
    private ConstStr() {}

    /** Whether v is a str constant in either form. */
    public static boolean isStr(Object v) { return v instanceof String || v instanceof Const.Str; }

    /** The str of these code points: a String unless it needs {@link Const.Str}. */
    public static Object of(int[] cps, int n) {
        for (int i = 1; i < n; i++) {
            if (isHigh(cps[i - 1]) && isLow(cps[i])) return new Const.Str(Arrays.copyOf(cps, n));
        }
        return new String(cps, 0, n);
    }

    public static Object of(int[] cps) { return of(cps, cps.length); }

    /** The code points of a str constant (String or Const.Str). */
    public static int[] codePoints(Object str) {
        return str instanceof Const.Str s ? s.codePoints() : ((String) str).codePoints().toArray();
    }

    /** len() of a str constant. */
    public static int length(Object str) {
        return str instanceof Const.Str s ? s.codePoints().length : ((String) str).codePointCount(0, ((String) str).length());
    }

    /** a + b for str constants, keeping apart surrogates that meet at the seam. */
    public static Object concat(Object a, Object b) {
        if (a instanceof String x && b instanceof String y && !(endsWithHigh(x) && startsWithLow(y))) return x + y;
        return new Builder().append(a).append(b).build();
    }

    /** str * times for str constants ('\\udc00\\ud800' * 2 keeps its inner pair apart). */
    public static Object repeat(Object str, int times) {
        if (str instanceof String s && !(endsWithHigh(s) && startsWithLow(s))) return s.repeat(times);
        Builder b = new Builder();
        for (int i = 0; i < times; i++) b.append(str);
        return b.build();
    }

    static boolean isHigh(int c) { return c >= 0xD800 && c <= 0xDBFF; }
    static boolean isLow(int c) { return c >= 0xDC00 && c <= 0xDFFF; }
    private static boolean endsWithHigh(String s) { return !s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1)); }
    private static boolean startsWithLow(String s) { return !s.isEmpty() && Character.isLowSurrogate(s.charAt(0)); }

    /**
     * Appends code points and str constants. Works on a StringBuilder while the text is one a
     * String holds; a low surrogate code point appended after a lone high one switches it to an
     * int[] of code points for good.
     */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] cps;       // non-null once switched
        private int n;

        public Builder appendCodePoint(int cp) {
            if (cps == null) {
                // a high surrogate ending the builder is always lone: an astral code point ends with its low half
                if (!isLow(cp) || sb.isEmpty() || !Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                    sb.appendCodePoint(cp);
                    return this;
                }
                cps = sb.codePoints().toArray();
                n = cps.length;
            }
            if (n == cps.length) cps = Arrays.copyOf(cps, Math.max(16, n * 2));
            cps[n++] = cp;
            return this;
        }

        /** Appends a str constant (String or Const.Str). */
        public Builder append(Object str) {
            if (cps == null && str instanceof String s && !(startsWithLow(s) && endsWithHigh(sb))) {
                sb.append(s);
                return this;
            }
            for (int cp : codePoints(str)) appendCodePoint(cp);
            return this;
        }

        private static boolean endsWithHigh(StringBuilder b) {
            return !b.isEmpty() && Character.isHighSurrogate(b.charAt(b.length() - 1));
        }

        public boolean isEmpty() { return cps == null ? sb.isEmpty() : n == 0; }

        /** A String, or a Const.Str when the text holds a lone high surrogate before a lone low one. */
        public Object build() { return cps == null ? sb.toString() : of(cps, n); }
    }
}
