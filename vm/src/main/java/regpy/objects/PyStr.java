package regpy.objects;

/**
 * str: a Java String (UTF-16) indexed by code point. Strings without surrogates (the common,
 * BMP-only case) index chars directly; others go through regpy.text.CodePoints.
 */
public class PyStr extends PyObject {
    public final String value;
    /** Length in code points, or -1 until computed. */
    private int cpLen = -1;
    private long hash;
    private boolean hashed;

    private static final PyStr[] LATIN1 = new PyStr[256];
    public static final PyStr EMPTY = new PyStr("");

    static {
        for (int i = 0; i < 256; i++) LATIN1[i] = new PyStr(String.valueOf((char) i));
    }

    public PyStr(String value) { this.value = value; }

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
        if (!hashed) { hash = hashOf(value); hashed = true; }
        return hash;
    }

    /** hash(str): Java's cached String hash, spread to 64 bits; never -1. */
    public static long hashOf(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= (h >>> 29);
        return h == -1 ? -2 : h;
    }

    @Override public String toString() { return value; }

    /** An instance of a str subclass. */
    public static final class Sub extends PyStr {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type, String value) {
            super(value);
            this.type = type;
            this.dict = type.instanceDict ? new PyDict() : null;
        }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }
}
