package regpy.objects;

/**
 * str: a Java String (UTF-16) indexed by code point. Strings without surrogates (the common,
 * BMP-only case) index chars directly; others go through regpy.text.CodePoints.
 *
 * <p>A Python str may hold lone surrogates, and a lone high surrogate directly followed by a lone
 * low one ('\ud800\udc00', two code points) has the same UTF-16 chars as one astral code point
 * ('\U00010000'). Such a str is a "split" str: {@code value} holds its code points one char each
 * and {@link #isSplit()} says so. Its length is fixed at creation, so {@link #isBmp()} holds and
 * everything that indexes through {@link #length()}, {@link #codePointAt} and {@link #substring}
 * reads it right. Exact strs of this form are {@link Split} instances, so the interpreter's fast
 * paths (which test {@code getClass() == PyStr.class}) leave them to str's methods; they are made
 * only by {@link #ofChars}, {@link #ofCodePoints} and {@link #concat}. A split str cannot also hold
 * an astral code point; text mixing both is kept with its pairs joined (a documented limit).
 */
public class PyStr extends PyObject {
    public final String value;
    /** Length in code points, or -1 until computed (preset for split strs). */
    private int cpLen = -1;
    private long hash;
    private boolean hashed;
    private final boolean split;

    private static final PyStr[] LATIN1 = new PyStr[256];
    public static final PyStr EMPTY = new PyStr("");

    static {
        for (int i = 0; i < 256; i++) LATIN1[i] = new PyStr(String.valueOf((char) i));
    }

    public PyStr(String value) { this.value = value; this.split = false; }

    /** A str whose chars are each one code point; split when they hold a high-low surrogate pair. */
    PyStr(String chars, boolean split) {
        this.value = chars;
        this.split = split;
        if (split) cpLen = chars.length();
    }

    /** The str whose code points are the chars of {@code chars}, one each (a slice of a BMP-indexed str). */
    public static PyStr ofChars(String chars) {
        return hasSurrogatePair(chars) ? new Split(chars) : of(chars);
    }

    /** The str of these code points, keeping a high surrogate before a low one as two code points. */
    public static PyStr ofCodePoints(int[] cps) {
        boolean pair = false, astral = false;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] > 0xFFFF) astral = true;
            else if (i > 0 && Character.isLowSurrogate((char) cps[i]) && cps[i - 1] <= 0xFFFF
                    && Character.isHighSurrogate((char) cps[i - 1])) pair = true;
        }
        String s = new String(cps, 0, cps.length);
        return pair && !astral ? new Split(s) : of(s);
    }

    /** a + b, as str's + (two lone surrogates meeting at the seam stay two code points). */
    public static PyStr concat(PyStr a, PyStr b) {
        String x = a.value, y = b.value;
        if (!a.split && !b.split && !(endsWithHighSurrogate(x) && !y.isEmpty() && Character.isLowSurrogate(y.charAt(0))))
            return of(x.concat(y));
        return a.isBmp() && b.isBmp() ? ofChars(x.concat(y)) : of(x.concat(y));
    }

    /**
     * The concatenation of the strs s[from..from+n) (an f-string's BUILD_STRING): lone surrogates
     * meeting at a seam, and split parts, keep their code points apart.
     */
    public static PyStr concatAll(PyObject[] s, int from, int n) {
        StringBuilder sb = new StringBuilder();
        boolean surrogates = false;
        for (int i = from; i < from + n; i++) {
            PyStr p = (PyStr) s[i];
            sb.append(p.value);
            surrogates |= p.hasEdgeSurrogate();
        }
        if (!surrogates) return of(sb.toString());
        boolean bmp = true;
        for (int i = from; i < from + n; i++) bmp &= ((PyStr) s[i]).isBmp();
        return bmp ? ofChars(sb.toString()) : of(sb.toString());
    }

    /** Whether this str is split or starts or ends with a surrogate char (so joining it may need the split form). */
    public boolean hasEdgeSurrogate() {
        return split || !value.isEmpty() && (Character.isSurrogate(value.charAt(0)) || Character.isSurrogate(value.charAt(value.length() - 1)));
    }

    /** True when value's surrogate pairs stand for two code points each (see the class comment). */
    public boolean isSplit() { return split; }

    /** The str of these chars in this str's reading: a piece cut from this str (a slice, a split part). */
    public PyStr sameForm(String piece) { return split ? ofChars(piece) : of(piece); }

    /** The code points, in this str's reading. */
    public int[] codePoints() { return isBmp() ? value.chars().toArray() : value.codePoints().toArray(); }

    static boolean endsWithHighSurrogate(String s) {
        return !s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1));
    }

    private static boolean hasSurrogatePair(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) return true;
        }
        return false;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) return LATIN1[s.charAt(0)];
        if (s.isEmpty()) return EMPTY;
        return new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) return LATIN1[cp];
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override public PyType type() { return Types.STR; }

    /** Number of code points. */
    public int length() {
        int n = cpLen;
        if (n < 0) cpLen = n = value.codePointCount(0, value.length());
        return n;
    }

    /** True when every code point is one char, so char indexes are code point indexes. */
    public boolean isBmp() { return length() == value.length(); }

    public int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The substring of code points [start, stop). */
    public String substring(int start, int stop) {
        if (isBmp()) return value.substring(start, stop);
        int a = value.offsetByCodePoints(0, start);
        int b = value.offsetByCodePoints(a, stop - start);
        return value.substring(a, b);
    }

    public long hash() {
        if (!hashed) {
            long h = hashOf(value);
            // a split str must not find the astral str with the same chars in a dict or set
            if (split) { h = Long.rotateLeft(h, 17) ^ 0x5851F42D4C957F2DL; if (h == -1) h = -2; }
            hash = h;
            hashed = true;
        }
        return hash;
    }

    /** hash(str): Java's cached String hash, spread to 64 bits; never -1. */
    public static long hashOf(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= (h >>> 29);
        return h == -1 ? -2 : h;
    }

    @Override public String toString() { return value; }

    /** An exact str in the split form (see the class comment). */
    public static final class Split extends PyStr {
        Split(String chars) { super(chars, true); }
    }

    /** An instance of a str subclass. */
    public static final class Sub extends PyStr {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type, String value) { this(type, value, false); }
        /** With split: a subclass instance of a split str's value (see the class comment). */
        public Sub(PyType type, String value, boolean split) {
            super(value, split);
            this.type = type;
            this.dict = type.instanceDict ? new PyDict() : null;
        }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }
}
