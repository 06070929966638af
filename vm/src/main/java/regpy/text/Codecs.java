package regpy.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * str.encode / bytes.decode for the built-in codecs utf-8, ascii, latin-1, utf-16 and utf-32
 * (with -le/-be variants), with the error handlers strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace and namereplace (encode), surrogateescape and surrogatepass. Other
 * encodings raise LookupError; the VM may route them to a Python-level codec registry first.
 */
public final class Codecs {
    private Codecs() {}

    /** How a codec writes one code point. */
    enum Kind { UTF8, ASCII, LATIN1, UTF16LE, UTF16BE, UTF32LE, UTF32BE }

    /** A built-in codec: its name in messages, its encoding, and whether it starts with a BOM. */
    record Codec(String name, Kind kind, boolean bom) {
        boolean utf16() { return kind == Kind.UTF16LE || kind == Kind.UTF16BE; }
        boolean utf32() { return kind == Kind.UTF32LE || kind == Kind.UTF32BE; }
        boolean unicode() { return kind != Kind.ASCII && kind != Kind.LATIN1; }
    }

    /** The canonical codec name ("utf-8", "ascii", "latin-1", "utf-16", ...), or null when not built in. */
    public static String canonical(String encoding) {
        Codec c = lookup(encoding);
        return c == null ? null : c.name();
    }

    static Codec lookup(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> new Codec("utf-8", Kind.UTF8, false);
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                 "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6" -> new Codec("ascii", Kind.ASCII, false);
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
                 "csisolatin1", "ibm819", "iso_8859_1_1987" -> new Codec("latin-1", Kind.LATIN1, false);
            case "utf_16", "utf16", "u16" -> new Codec("utf-16", Kind.UTF16LE, true);
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> new Codec("utf-16-le", Kind.UTF16LE, false);
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> new Codec("utf-16-be", Kind.UTF16BE, false);
            case "utf_32", "utf32", "u32" -> new Codec("utf-32", Kind.UTF32LE, true);
            case "utf_32_le", "utf_32le" -> new Codec("utf-32-le", Kind.UTF32LE, false);
            case "utf_32_be", "utf_32be" -> new Codec("utf-32-be", Kind.UTF32BE, false);
            default -> null;
        };
    }

    private static Codec codec(String encoding) {
        Codec c = lookup(encoding);
        if (c == null) throw new TextError("LookupError", "unknown encoding: " + encoding);
        return c;
    }

    private static TextError unknownHandler(String errors) {
        return new TextError("LookupError", "unknown error handler name '" + errors + "'");
    }

    // ---- encode --------------------------------------------------------------------------------

    /** s.encode(encoding, errors) */
    public static byte[] encode(String s, String encoding, String errors) {
        Codec codec = codec(encoding);
        // fast paths: nothing to escape
        switch (codec.kind()) {
            case ASCII -> { if (CaseMapping.isascii(s)) return s.getBytes(StandardCharsets.ISO_8859_1); }
            case LATIN1 -> { if (maxChar(s) < 0x100) return s.getBytes(StandardCharsets.ISO_8859_1); }
            case UTF8 -> { if (!hasSurrogate(s)) return s.getBytes(StandardCharsets.UTF_8); }
            default -> {}
        }
        return encode(codec, s, s.codePoints().toArray(), errors);
    }

    /**
     * The encoding of a str given as code points: a split str ('\\ud800\\udc00', whose surrogates
     * are two code points though its UTF-16 chars read as one) cannot be passed as a String.
     */
    public static byte[] encodeCodePoints(int[] cps, String encoding, String errors) {
        return encode(codec(encoding), new String(cps, 0, cps.length), cps, errors);
    }

    private static byte[] encode(Codec codec, String s, int[] cps, String errors) {
        String reason = switch (codec.kind()) {
            case ASCII -> "ordinal not in range(128)";
            case LATIN1 -> "ordinal not in range(256)";
            default -> "surrogates not allowed";
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        if (codec.bom()) put(out, codec.kind(), 0xFEFF);
        for (int i = 0; i < cps.length; ) {
            if (!unencodable(codec, cps[i])) {
                put(out, codec.kind(), cps[i++]);
                continue;
            }
            int end = i + 1;
            while (end < cps.length && unencodable(codec, cps[end])) end++;
            switch (errors) {
                case "strict" -> throw CodecError.encode(codec.name(), s, cps, i, end, reason);
                case "ignore" -> {}
                case "replace" -> { for (int k = i; k < end; k++) put(out, codec.kind(), "?"); }
                case "backslashreplace" -> { for (int k = i; k < end; k++) put(out, codec.kind(), Ascii.escape(cps[k])); }
                case "xmlcharrefreplace" -> { for (int k = i; k < end; k++) put(out, codec.kind(), "&#" + cps[k] + ";"); }
                case "namereplace" -> {
                    for (int k = i; k < end; k++) {
                        String name = unicodeName(cps[k]);
                        put(out, codec.kind(), name == null ? Ascii.escape(cps[k]) : "\\N{" + name + "}");
                    }
                }
                case "surrogateescape" -> {
                    // bytes 0x80..0xff smuggled as U+DC80..U+DCFF; a wide codec cannot take them back
                    for (int k = i; k < end; k++) {
                        if (cps[k] < 0xDC80 || cps[k] > 0xDCFF || codec.utf16() || codec.utf32()) {
                            throw CodecError.encode(codec.name(), s, cps, i, end, reason);
                        }
                    }
                    for (int k = i; k < end; k++) out.write(cps[k] - 0xDC00);
                }
                case "surrogatepass" -> {
                    if (!codec.unicode()) throw CodecError.encode(codec.name(), s, cps, i, end, reason);
                    for (int k = i; k < end; k++) put(out, codec.kind(), cps[k]);
                }
                default -> throw unknownHandler(errors);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean unencodable(Codec codec, int c) {
        return switch (codec.kind()) {
            case ASCII -> c >= 0x80;
            case LATIN1 -> c >= 0x100;
            default -> c >= 0xD800 && c <= 0xDFFF;
        };
    }

    /** Writes one code point (a lone surrogate too, for surrogatepass). */
    private static void put(ByteArrayOutputStream out, Kind kind, int c) {
        switch (kind) {
            case UTF8 -> putUtf8(out, c);
            case ASCII, LATIN1 -> out.write(c);
            case UTF16LE, UTF16BE -> {
                if (c >= 0x10000) {
                    put16(out, kind, Character.highSurrogate(c));
                    put16(out, kind, Character.lowSurrogate(c));
                } else {
                    put16(out, kind, c);
                }
            }
            case UTF32LE -> { out.write(c); out.write(c >> 8); out.write(c >> 16); out.write(c >> 24); }
            case UTF32BE -> { out.write(c >> 24); out.write(c >> 16); out.write(c >> 8); out.write(c); }
        }
    }

    private static void put16(ByteArrayOutputStream out, Kind kind, int u) {
        if (kind == Kind.UTF16LE) { out.write(u); out.write(u >> 8); }
        else { out.write(u >> 8); out.write(u); }
    }

    /** Writes ASCII replacement text through the codec. */
    private static void put(ByteArrayOutputStream out, Kind kind, String ascii) {
        for (int i = 0; i < ascii.length(); i++) put(out, kind, ascii.charAt(i));
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


    private static void putUtf8(ByteArrayOutputStream out, int c) {
        if (c < 0x80) out.write(c);
        else if (c < 0x800) { out.write(0xC0 | c >> 6); out.write(0x80 | c & 0x3F); }
        else if (c < 0x10000) { out.write(0xE0 | c >> 12); out.write(0x80 | c >> 6 & 0x3F); out.write(0x80 | c & 0x3F); }
        else {
            out.write(0xF0 | c >> 18); out.write(0x80 | c >> 12 & 0x3F);
            out.write(0x80 | c >> 6 & 0x3F); out.write(0x80 | c & 0x3F);
        }
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
        Codec cd = codec(encoding);
        if (cd.kind() == Kind.LATIN1) return new String(b, StandardCharsets.ISO_8859_1);
        if (cd.utf16() || cd.utf32()) return WideDecoder.decode(b, cd, errors);
        String codec = cd.name();
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
            final int at = i;
            i = decodeError(sb, b, i, end, codec, reason, errors, () -> {
                // an encoded surrogate (ED A0..BF 80..BF) is let through as that code point
                if (!codec.equals("utf-8") || at + 2 >= n || (b[at] & 0xff) != 0xED || (b[at + 1] & 0xE0) != 0xA0
                        || (b[at + 2] & 0xC0) != 0x80) return -1;
                sb.append((char) (0xD000 | (b[at + 1] & 0x3F) << 6 | (b[at + 2] & 0x3F)));
                return at + 3;
            });
        }
        return sb.toString();
    }

    /** A codec's surrogatepass: decodes an encoded surrogate at the error position; the resume index or -1. */
    interface SurrogatePass { int pass(); }

    /**
     * Applies a decode error handler to the bad bytes b[start:end] and returns where decoding
     * resumes. Shared by every decoder, so the handlers behave alike.
     */
    static int decodeError(StringBuilder sb, byte[] b, int start, int end, String codec, String reason, String errors,
                           SurrogatePass surrogatePass) {
        switch (errors) {
            case "strict" -> throw CodecError.decode(codec, b, start, end, reason);
            case "ignore" -> {}
            case "replace" -> sb.append('\uFFFD');
            case "backslashreplace" -> { for (int k = start; k < end; k++) sb.append(Ascii.escape(b[k] & 0xff)); }
            case "surrogateescape" -> {
                // smuggles the leading run (at most 4) of bytes >= 0x80 as U+DC80..U+DCFF, resumes after it
                int k = start;
                while (k < end && k - start < 4 && (b[k] & 0xff) >= 0x80) sb.append((char) (0xDC00 + (b[k++] & 0xff)));
                if (k == start) throw CodecError.decode(codec, b, start, end, reason);
                return k;
            }
            case "surrogatepass" -> {
                int resume = surrogatePass.pass();
                if (resume < 0) throw CodecError.decode(codec, b, start, end, reason);
                return resume;
            }
            case "xmlcharrefreplace", "namereplace" ->
                throw TextError.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> throw unknownHandler(errors);
        }
        return end;
    }
}
