package regpy.text;

/**
 * Python str indexing over java.lang.String. Python indexes by code point; a String holds
 * UTF-16, so characters outside the BMP take two chars. Every helper takes the string's code
 * point length {@code cpLen} (the VM caches it with the str object, since len() needs it anyway):
 * when {@code cpLen == s.length()} the string has no surrogate pairs and char index = code point
 * index, the O(1) fast path.
 */
public final class CodePoints {
    private CodePoints() {}

    /** len(s) in code points. */
    public static int length(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) return s.codePointCount(0, n);
        }
        return n;
    }

    /** The char offset of code point index cpIndex (0 <= cpIndex <= cpLen). */
    public static int offset(String s, int cpLen, int cpIndex) {
        if (cpLen == s.length()) return cpIndex;
        return s.offsetByCodePoints(0, cpIndex);
    }

    /** The code point index of char offset off. */
    public static int index(String s, int cpLen, int off) {
        if (cpLen == s.length()) return off;
        return s.codePointCount(0, off);
    }

    /** s[i] as a code point, with Python's negative indices and its IndexError. */
    public static int codePointAt(String s, int cpLen, long i) {
        if (i < 0) i += cpLen;
        if (i < 0 || i >= cpLen) throw TextError.indexError("string index out of range");
        if (cpLen == s.length()) return s.charAt((int) i);
        return s.codePointAt(s.offsetByCodePoints(0, (int) i));
    }

    /** s[i] as a str. */
    public static String getItem(String s, int cpLen, long i) {
        return fromCodePoint(codePointAt(s, cpLen, i));
    }

    public static String fromCodePoint(int cp) {
        return cp < 0x10000 ? String.valueOf((char) cp) : new String(Character.toChars(cp));
    }

    /**
     * s[start:stop:step] for indices already normalised by slice.indices(len) (so
     * 0 <= start, stop <= cpLen, or -1 for a negative step running off the front).
     */
    public static String slice(String s, int cpLen, int start, int stop, int step) {
        if (step == 1) {
            if (stop <= start) return "";
            if (cpLen == s.length()) return s.substring(start, stop);
            int a = s.offsetByCodePoints(0, start);
            return s.substring(a, s.offsetByCodePoints(a, stop - start));
        }
        StringBuilder sb = new StringBuilder();
        if (cpLen == s.length()) {
            if (step > 0) for (int i = start; i < stop; i += step) sb.append(s.charAt(i));
            else for (int i = start; i > stop; i += step) sb.append(s.charAt(i));
            return sb.toString();
        }
        int[] cps = s.codePoints().toArray();
        if (step > 0) for (int i = start; i < stop; i += step) sb.appendCodePoint(cps[i]);
        else for (int i = start; i > stop; i += step) sb.appendCodePoint(cps[i]);
        return sb.toString();
    }

    /**
     * Python's clamping of optional start/end arguments (find, count, startswith...): negative
     * values count from the end, then both are clamped into [0, len]. Returns {start, end};
     * start may exceed end, which callers treat as an empty range.
     */
    public static long[] adjust(long start, long end, int len) {
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
        return new long[] {start, end};
    }

    /** Compares two strings by code point, as Python's str comparison does (not by UTF-16 unit). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                // Surrogates (astral code points) sort above every BMP char, which UTF-16 order breaks
                // only for chars U+E000..U+FFFF; fix those up by comparing full code points.
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** str * n: "" for n <= 0, OverflowError-free for sizes a String can hold. */
    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) return "";
        if ((long) s.length() * n > Integer.MAX_VALUE - 16) throw new TextError("MemoryError", "");
        return s.repeat((int) n);
    }
}
