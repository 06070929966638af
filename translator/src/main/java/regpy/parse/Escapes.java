package regpy.parse;

import java.io.ByteArrayOutputStream;
import regpy.code.Const;
import regpy.code.ConstStr;
import regpy.tokenize.RawBytes;
import regpy.tokenize.Token;

/** Backslash escapes of str and bytes literals (CPython's decode_unicode_with_escapes / bytes). */
final class Escapes {
    private Escapes() {}

    /**
     * The value of a str literal's body: a String, or a {@link Const.Str} when escapes put a
     * high surrogate right before a low one ('\ud800\udc00' is two code points, as in CPython).
     */
    static Object decodeStr(ParserBase ps, String body, boolean raw, Token tok) {
        if (ps.src.hasRawBytes()) checkDecodable(ps, body, raw || body.indexOf('\\') < 0, tok);
        if (raw || body.indexOf('\\') < 0) return body;
        ConstStr.Builder sb = new ConstStr.Builder();
        int n = body.length();
        for (int i = 0; i < n; i++) {
            int c = body.codePointAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.appendCodePoint(c);
                if (c > 0xFFFF) i++;
                continue;
            }
            char d = body.charAt(++i);
            switch (d) {
                case '\n' -> { }
                case '\\' -> sb.appendCodePoint('\\');
                case '\'' -> sb.appendCodePoint('\'');
                case '"' -> sb.appendCodePoint('"');
                case 'a' -> sb.appendCodePoint(7);
                case 'b' -> sb.appendCodePoint('\b');
                case 'f' -> sb.appendCodePoint('\f');
                case 'n' -> sb.appendCodePoint('\n');
                case 'r' -> sb.appendCodePoint('\r');
                case 't' -> sb.appendCodePoint('\t');
                case 'v' -> sb.appendCodePoint(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0', k = 1;
                    while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                        v = v * 8 + body.charAt(++i) - '0';
                        k++;
                    }
                    sb.appendCodePoint(v);
                }
                case 'x' -> { sb.appendCodePoint(hex(ps, body, i + 1, 2, tok, "\\xXX", i - 1)); i += 2; }
                case 'u' -> { sb.appendCodePoint(hex(ps, body, i + 1, 4, tok, "\\uXXXX", i - 1)); i += 4; }
                case 'U' -> {
                    int cp = hex(ps, body, i + 1, 8, tok, "\\UXXXXXXXX", i - 1);
                    if (cp > 0x10FFFF) throw unicodeError(ps, tok, "illegal Unicode character", i - 1, i + 8);
                    sb.appendCodePoint(cp);
                    i += 8;
                }
                case 'N' -> {
                    int close = i + 1 < n && body.charAt(i + 1) == '{' ? body.indexOf('}', i + 2) : -1;
                    if (close < 0) throw unicodeError(ps, tok, "malformed \\N character escape", i - 1, Math.min(n, i + 1) - 1);
                    String name = body.substring(i + 2, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException e) {
                        throw unicodeError(ps, tok, "unknown Unicode character name", i - 1, close);
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> {
                    int dc = body.codePointAt(i);     // '\\' then any character, astral ones whole
                    sb.appendCodePoint('\\').appendCodePoint(dc);
                    if (dc > 0xFFFF) i++;
                }
            }
        }
        return sb.build();
    }

    /**
     * A literal holding undecodable source bytes ({@link RawBytes}) fails as CPython's decoding of
     * it does: the whole body when nothing is escaped, else each run of non-ASCII bytes apart.
     */
    private static void checkDecodable(ParserBase ps, String body, boolean whole, Token tok) {
        if (!RawBytes.hasRaw(body)) return;
        String why = null;
        if (whole) {
            why = RawBytes.utf8Error(RawBytes.toBytes(body, 0, body.length()));
        } else {
            for (int i = 0; i < body.length() && why == null; ) {
                if (body.charAt(i) < 0x80) { i++; continue; }
                int j = i;
                while (j < body.length() && body.charAt(j) >= 0x80) j++;
                why = RawBytes.utf8Error(RawBytes.toBytes(body, i, j));
                i = j;
            }
        }
        if (why != null) throw ps.errorAtToken("(unicode error) " + why, tok);
    }

    private static int hex(ParserBase ps, String body, int from, int len, Token tok, String what, int escStart) {
        int v = 0;
        for (int k = 0; k < len; k++) {
            int d = from + k < body.length() ? Character.digit(body.charAt(from + k), 16) : -1;
            if (d < 0) throw unicodeError(ps, tok, "truncated " + what + " escape", escStart, from + k - 1);
            v = v * 16 + d;
        }
        return v;
    }

    private static PySyntaxError unicodeError(ParserBase ps, Token tok, String what, int from, int to) {
        String codec = "unicodeescape";
        return ps.errorAtToken("(unicode error) '" + codec + "' codec can't decode bytes in position "
                + from + "-" + to + ": " + what, tok);
    }

    static byte[] decodeBytes(ParserBase ps, String body, boolean raw, Token tok) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c >= 0x80) throw ps.errorAtToken("bytes can only contain ASCII literal characters", tok);
            if (raw || c != '\\' || i + 1 >= n) { out.write(c); continue; }
            char d = body.charAt(++i);
            switch (d) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0', k = 1;
                    while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                        v = v * 8 + body.charAt(++i) - '0';
                        k++;
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int h1 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    int h2 = i + 2 < n ? Character.digit(body.charAt(i + 2), 16) : -1;
                    if (h1 < 0 || h2 < 0)
                        throw ps.errorAtToken("(value error) invalid \\x escape at position " + (i - 1), tok);
                    out.write(h1 * 16 + h2);
                    i += 2;
                }
                default -> { out.write('\\'); if (d >= 0x80) throw ps.errorAtToken("bytes can only contain ASCII literal characters", tok); out.write(d); }
            }
        }
        return out.toByteArray();
    }
}
