package regpy.text;

/** ascii(): a repr with every non-ASCII character escaped (\xhh, \\uhhhh, \\Uhhhhhhhh). */
public final class Ascii {
    private Ascii() {}

    /** Escapes the non-ASCII characters of repr text (as produced by regpy.code.Repr or a __repr__). */
    public static String escape(String repr) {
        int n = repr.length(), i = 0;
        while (i < n && repr.charAt(i) < 128) i++;
        if (i == n) return repr;
        StringBuilder sb = new StringBuilder(n + 16).append(repr, 0, i);
        while (i < n) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) sb.append((char) cp);
            else appendEscape(sb, cp);
        }
        return sb.toString();
    }

    /** Appends Python's backslash escape of one code point: \xhh, \\uhhhh or \Uhhhhhhhh by size. */
    public static StringBuilder appendEscape(StringBuilder sb, int cp) {
        if (cp <= 0xff) hex(sb, 'x', cp, 2);
        else if (cp <= 0xffff) hex(sb, 'u', cp, 4);
        else hex(sb, 'U', cp, 8);
        return sb;
    }

    /** The backslash escape of one code point as a string. */
    public static String escape(int cp) { return appendEscape(new StringBuilder(10), cp).toString(); }

    private static void hex(StringBuilder sb, char kind, int v, int width) {
        String h = Integer.toHexString(v);
        sb.append('\\').append(kind).repeat('0', width - h.length()).append(h);
    }
}
