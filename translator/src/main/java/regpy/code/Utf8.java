package regpy.code;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 with CPython's "surrogatepass" handling: lone surrogates (which Python strs may hold)
 * are encoded as their three-byte sequences instead of being replaced, so marshal round-trips
 * every str. Java's own codec would turn them into '?'.
 */
public final class Utf8 {
    private Utf8() {}

    public static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            put(out, cp);
        }
        return out.toByteArray();
    }

    /**
     * A str from surrogatepass UTF-8 (what marshal writes): a String, or a {@link Const.Str}
     * when two encoded surrogates form a pair that a String would read as one code point.
     */
    public static Object decodeStr(byte[] b) {
        for (int i = 0; i + 5 < b.length; i++) {
            // an encoded high surrogate (ED A0..AF xx) directly followed by an encoded low one (ED B0..BF xx)
            if ((b[i] & 0xff) == 0xED && (b[i + 1] & 0xf0) == 0xA0 && (b[i + 3] & 0xff) == 0xED && (b[i + 4] & 0xf0) == 0xB0) {
                return ConstStr.of(decodeCodePoints(b));
            }
        }
        return decode(b);
    }

    private static int[] decodeCodePoints(byte[] b) {
        int[] cps = new int[b.length];
        int n = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            if (c < 0x80) { cps[n++] = c; i++; }
            else if (c < 0xe0) { cps[n++] = (c & 31) << 6 | b[i + 1] & 63; i += 2; }
            else if (c < 0xf0) { cps[n++] = (c & 15) << 12 | (b[i + 1] & 63) << 6 | b[i + 2] & 63; i += 3; }
            else { cps[n++] = (c & 7) << 18 | (b[i + 1] & 63) << 12 | (b[i + 2] & 63) << 6 | b[i + 3] & 63; i += 4; }
        }
        return java.util.Arrays.copyOf(cps, n);
    }

    /** Surrogatepass UTF-8 of code points (a {@link Const.Str}'s). */
    public static byte[] encode(int[] codePoints) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(codePoints.length + 8);
        for (int cp : codePoints) put(out, cp);
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) out.write(cp);
        else if (cp < 0x800) { out.write(0xc0 | cp >> 6); out.write(0x80 | cp & 63); }
        else if (cp < 0x10000) { out.write(0xe0 | cp >> 12); out.write(0x80 | cp >> 6 & 63); out.write(0x80 | cp & 63); }
        else {
            out.write(0xf0 | cp >> 18); out.write(0x80 | cp >> 12 & 63);
            out.write(0x80 | cp >> 6 & 63); out.write(0x80 | cp & 63);
        }
    }

    public static String decode(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            if (c < 0x80) { sb.append((char) c); i++; }
            else if (c < 0xe0) { sb.append((char) ((c & 31) << 6 | b[i + 1] & 63)); i += 2; }
            else if (c < 0xf0) { sb.append((char) ((c & 15) << 12 | (b[i + 1] & 63) << 6 | b[i + 2] & 63)); i += 3; }
            else {
                sb.appendCodePoint((c & 7) << 18 | (b[i + 1] & 63) << 12 | (b[i + 2] & 63) << 6 | b[i + 3] & 63);
                i += 4;
            }
        }
        return sb.toString();
    }
}
