package regpy.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * str.encode / bytes.decode for the built-in codecs utf-8, ascii and latin-1, with the error
 * handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace (encode), namereplace
 * (encode), surrogateescape and surrogatepass (utf-8). Other encodings raise LookupError; the
 * VM may route them to a Python-level codec registry first.
 */
public final class Codecs {
    private Codecs() {}

    /** The codec's canonical name ("utf-8", "ascii", "latin-1"), or null when not built in. */
    public static String canonical(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> "utf-8";
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                 "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6" -> "ascii";
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
                 "csisolatin1", "ibm819", "iso_8859_1_1987" -> "latin-1";
            default -> null;
        };
    }

    private static String codec(String encoding) {
        String c = canonical(encoding);
        if (c == null) throw new TextError("LookupError", "unknown encoding: " + encoding);
        return c;
    }

    private static TextError unknownHandler(String errors) {
        return new TextError("LookupError", "unknown error handler name '" + errors + "'");
    }

    // ---- encode --------------------------------------------------------------------------------

    /** s.encode(encoding, errors) */
    public static byte[] encode(String s, String encoding, String errors) {
        String codec = codec(encoding);
        // fast paths: nothing to escape
        if (codec.equals("ascii") && isAscii(s)) return s.getBytes(StandardCharsets.ISO_8859_1);
        if (codec.equals("latin-1") && maxChar(s) < 0x100) return s.getBytes(StandardCharsets.ISO_8859_1);
        if (codec.equals("utf-8") && !hasSurrogate(s)) return s.getBytes(StandardCharsets.UTF_8);
        int[] cps = s.codePoints().toArray();
        int limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : 0x110000;
        String reason = codec.equals("utf-8") ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        for (int i = 0; i < cps.length; ) {
            int c = cps[i];
            boolean bad = codec.equals("utf-8") ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
            if (!bad) {
                if (codec.equals("utf-8")) putUtf8(out, c); else out.write(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (codec.equals("utf-8") ? (cps[end] >= 0xD800 && cps[end] <= 0xDFFF) : cps[end] >= limit)) end++;
            switch (errors) {
                case "strict" -> throw CodecError.encode(codec, s, cps, i, end, reason);
                case "ignore" -> {}
                case "replace" -> { for (int k = i; k < end; k++) out.write('?'); }
                case "backslashreplace" -> { for (int k = i; k < end; k++) ascii(out, backslash(cps[k])); }
                case "xmlcharrefreplace" -> { for (int k = i; k < end; k++) ascii(out, "&#" + cps[k] + ";"); }
                case "namereplace" -> {
                    for (int k = i; k < end; k++) {
                        String name = unicodeName(cps[k]);
                        ascii(out, name == null ? backslash(cps[k]) : "\\N{" + name + "}");
                    }
                }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) throw CodecError.encode(codec, s, cps, i, end, reason);
                    }
                    for (int k = i; k < end; k++) out.write(cps[k] - 0xDC00);
                }
                case "surrogatepass" -> {
                    if (!codec.equals("utf-8")) throw CodecError.encode(codec, s, cps, i, end, reason);
                    for (int k = i; k < end; k++) putUtf8(out, cps[k]);
                }
                default -> throw unknownHandler(errors);
            }
            i = end;
        }
        return out.toByteArray();
    }

    /**
     * unicodedata.name(c) as far as Java knows it: Java falls back to block names (and aliases)
     * where UnicodeData.txt has none, which Python does not, so those categories get no name.
     */
    static String unicodeName(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> { return null; }
            default -> {}
        }
        if (Character.isIdeographic(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && Character.getType(c) == Character.OTHER_LETTER) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
        }
        if (c >= 0xAC00 && c <= 0xD7A3) {
            // Hangul syllables are named by the Unicode algorithm (Java names them by block)
            int i = c - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[i / 588] + JAMO_V[i % 588 / 28] + JAMO_T[i % 28];
        }
        return Character.getName(c);
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
            "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
            "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
            "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static String backslash(int c) {
        String h = Integer.toHexString(c);
        if (c <= 0xff) return "\\x" + "0".repeat(2 - h.length()) + h;
        if (c <= 0xffff) return "\\u" + "0".repeat(4 - h.length()) + h;
        return "\\U" + "0".repeat(8 - h.length()) + h;
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) out.write(s.charAt(i));
    }

    private static void putUtf8(ByteArrayOutputStream out, int c) {
        if (c < 0x80) out.write(c);
        else if (c < 0x800) { out.write(0xC0 | c >> 6); out.write(0x80 | c & 0x3F); }
        else if (c < 0x10000) { out.write(0xE0 | c >> 12); out.write(0x80 | c >> 6 & 0x3F); out.write(0x80 | c & 0x3F); }
        else {
            out.write(0xF0 | c >> 18); out.write(0x80 | c >> 12 & 0x3F);
            out.write(0x80 | c >> 6 & 0x3F); out.write(0x80 | c & 0x3F);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static int maxChar(String s) {
        int m = 0;
        for (int i = 0; i < s.length(); i++) m = Math.max(m, s.charAt(i));
        return m;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) { i++; continue; }
                return true;
            }
            if (Character.isLowSurrogate(c)) return true;
        }
        return false;
    }

    // ---- decode --------------------------------------------------------------------------------

    /** b.decode(encoding, errors) */
    public static String decode(byte[] b, String encoding, String errors) {
        String codec = codec(encoding);
        if (codec.equals("latin-1")) return new String(b, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(b.length);
        int n = b.length, i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) { sb.append((char) c); i++; continue; }
            int end;
            String reason;
            if (codec.equals("ascii")) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                if (need < 0) {
                    end = i + 1;
                    reason = "invalid start byte";
                } else {
                    int k = 1;
                    while (k <= need && i + k < n) {
                        int d = b[i + k] & 0xff;
                        int lo = 0x80, hi = 0xBF;
                        if (k == 1) {
                            if (c == 0xE0) lo = 0xA0;
                            else if (c == 0xED) hi = 0x9F;
                            else if (c == 0xF0) lo = 0x90;
                            else if (c == 0xF4) hi = 0x8F;
                        }
                        if (d < lo || d > hi) break;
                        k++;
                    }
                    if (k > need) {
                        int cp = c & (0x3F >> need);
                        for (int j = 1; j <= need; j++) cp = cp << 6 | (b[i + j] & 0x3F);
                        sb.appendCodePoint(cp);
                        i += need + 1;
                        continue;
                    }
                    end = i + k;
                    reason = i + k >= n ? "unexpected end of data" : "invalid continuation byte";
                }
            }
            switch (errors) {
                case "strict" -> throw CodecError.decode(codec, b, i, end, reason);
                case "ignore" -> {}
                case "replace" -> sb.append('\uFFFD');
                case "backslashreplace" -> { for (int k = i; k < end; k++) sb.append(backslash(b[k] & 0xff)); }
                case "surrogateescape" -> { for (int k = i; k < end; k++) sb.append((char) (0xDC00 + (b[k] & 0xff))); }
                case "surrogatepass" -> {
                    // an encoded surrogate (ED A0..BF 80..BF) is let through as that code point
                    if (!codec.equals("utf-8") || i + 2 >= n || c != 0xED || (b[i + 1] & 0xE0) != 0xA0 || (b[i + 2] & 0xC0) != 0x80) {
                        throw CodecError.decode(codec, b, i, end, reason);
                    }
                    sb.append((char) (0xD000 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F)));
                    end = i + 3;
                }
                case "xmlcharrefreplace", "namereplace" ->
                    throw TextError.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default -> throw unknownHandler(errors);
            }
            i = end;
        }
        return sb.toString();
    }
}
