package regpy.tokenize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import regpy.parse.PySyntaxError;

/**
 * Bytes of a UTF-8 source that are not valid UTF-8. CPython parses such bytes sources (ast.parse,
 * compile of bytes without a coding declaration) and only complains where it decodes them: a str
 * literal or a name holding one raises "(unicode error) 'utf-8' codec can't decode byte 0x..";
 * in a comment they pass. So the decoder keeps each such byte b as the char U+DC00+b (as the
 * surrogateescape error handler does; valid UTF-8 never decodes to a lone surrogate), and this
 * class turns them back into bytes and words CPython's errors, including the odd columns it
 * reports on such lines (it converts byte offsets against the line with U+FFFD put in).
 */
public final class RawBytes {
    private RawBytes() {}

    /** Whether c stands for an undecodable byte. */
    public static boolean isRaw(char c) { return c >= 0xDC80 && c <= 0xDCFF; }

    /** Whether s holds an undecodable byte. */
    public static boolean hasRaw(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (isRaw(s.charAt(i))) return true;
        return false;
    }

    /** UTF-8 decoding that keeps invalid bytes as raw chars; the strict decoding when all is valid. */
    static String decode(byte[] d, int off) { return decode(d, off, false); }

    /** UTF-8 decoding with Python's "replace" error handler (one U+FFFD per maximal invalid prefix). */
    static String decodeReplacing(byte[] d, int off) { return decode(d, off, true); }

    /**
     * UTF-8 decoding; an invalid sequence becomes raw chars (one per byte), or with replace one
     * U+FFFD per maximal invalid prefix, as Python's "replace" error handler gives.
     */
    private static String decode(byte[] d, int off, boolean replace) {
        StringBuilder sb = new StringBuilder(d.length - off);
        for (int i = off; i < d.length; ) {
            int len = validSequence(d, i, d.length);
            if (len > 0) {
                sb.append(new String(d, i, len, StandardCharsets.UTF_8));
                i += len;
            } else if (!replace) {
                sb.append((char) (0xDC00 + (d[i] & 0xff)));
                i++;
            } else {
                sb.append('\uFFFD');
                i = len == 0 ? d.length : i - len;
            }
        }
        return sb.toString();
    }

    /**
     * The length of the valid UTF-8 sequence at i (1 to 4), or -k when it is invalid, k being
     * the bytes CPython's decoder reports (the maximal invalid prefix); 0 for a truncated one.
     */
    private static int validSequence(byte[] d, int i, int end) {
        int b = d[i] & 0xff;
        if (b < 0x80) return 1;
        int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
        if (need < 0) return -1;                                     // invalid start byte
        for (int k = 1; k <= need; k++) {
            if (i + k >= end) return 0;                              // unexpected end of data
            int c = d[i + k] & 0xff;
            int lo = 0x80, hi = 0xBF;
            if (k == 1) {
                if (b == 0xE0) lo = 0xA0;
                else if (b == 0xED) hi = 0x9F;
                else if (b == 0xF0) lo = 0x90;
                else if (b == 0xF4) hi = 0x8F;
            }
            if (c < lo || c > hi) return -k;                         // invalid continuation byte
        }
        return need + 1;
    }

    /** The source bytes of s[from, to): raw chars as their byte, the rest as UTF-8. */
    public static byte[] toBytes(CharSequence s, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isRaw(c)) out.write(c - 0xDC00);
            else if (Character.isHighSurrogate(c) && i + 1 < to) {
                out.writeBytes(s.subSequence(i, i + 2).toString().getBytes(StandardCharsets.UTF_8));
                i++;
            } else out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** CPython's UnicodeDecodeError text for the first invalid sequence of b, or null when b is valid UTF-8. */
    public static String utf8Error(byte[] b) {
        for (int i = 0; i < b.length; ) {
            int len = validSequence(b, i, b.length);
            if (len > 0) { i += len; continue; }
            int end = len == 0 ? b.length : i - len;
            String reason = len == 0 ? "unexpected end of data" : len == -1 && !startsSequence(b[i]) ? "invalid start byte"
                    : "invalid continuation byte";
            String what = end - i == 1 ? String.format("byte 0x%02x in position %d", b[i] & 0xff, i)
                    : "bytes in position " + i + "-" + (end - 1);
            return "'utf-8' codec can't decode " + what + ": " + reason;
        }
        return null;
    }

    private static boolean startsSequence(byte b) {
        int v = b & 0xff;
        return v >= 0xC2 && v <= 0xF4;
    }

    /** The line as CPython shows it in SyntaxError.text: decoded with U+FFFD for each invalid sequence. */
    public static String shown(String line) {
        if (line == null || !hasRaw(line)) return line;
        return decode(toBytes(line, 0, line.length()), 0, true);
    }

    /**
     * An error located on lines holding undecodable bytes, with CPython's columns: it takes the
     * (1-based) byte offset in the original line and counts the characters of that many bytes of
     * the shown line (U+FFFD being three bytes there, the count shifts after each bad byte).
     */
    static PySyntaxError relocate(PySyntaxError e, SourceText src) {
        // an error whose text no longer holds raw chars was located this way already (see nameError)
        if (e.lineno < 1 || e.lineno > src.lineCount() || e.text == null || !hasRaw(e.text)) return e;
        String line = src.line(e.lineno);
        byte[] shownLine = shown(line).getBytes(StandardCharsets.UTF_8);
        int offset = e.offset < 1 ? e.offset : column(shownLine, byteCol(line, e.offset - 1) + 1);
        int endOffset = e.end_offset;
        if (endOffset > 0 && e.end_lineno >= 1 && e.end_lineno <= src.lineCount())
            endOffset = column(shownLine, byteCol(src.line(e.end_lineno), endOffset - 1) + 1);
        return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, offset, e.end_lineno, endOffset, shown(e.text));
    }

    /**
     * A name holding undecodable bytes, s[start, end) on line l: CPython decodes the name's bytes
     * and reports the error at its tokenizer's cursor (the name's end), with end_offset -1.
     */
    static PySyntaxError nameError(SourceText src, int start, int end) {
        String why = utf8Error(toBytes(src.text, start, end));
        if (why == null) return null;
        int l = src.lineOf(start);
        String line = src.line(l);
        if (!line.endsWith("\n")) line += "\n";
        byte[] shownLine = shown(line).getBytes(StandardCharsets.UTF_8);
        int endByte = toBytes(src.text, src.lineStart(l), end).length;
        return new PySyntaxError("SyntaxError", "(unicode error) " + why, src.filename, l, column(shownLine, endByte), l, -1, shown(line));
    }

    /** The byte column of code point column cp in a line (raw chars one byte). */
    private static int byteCol(String line, int cp) {
        int b = 0;
        for (int i = 0, k = 0; i < line.length() && k < cp; k++) {
            char c = line.charAt(i);
            if (isRaw(c) || c < 0x80) b++;
            else if (c < 0x800) b += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) { b += 4; i++; }
            else b += 3;
            i++;
        }
        return b;
    }

    /** CPython's _PyPegen_byte_offset_to_character_offset: characters in the first off bytes (capped at len + 1). */
    private static int column(byte[] line, int off) {
        if (off >= line.length + 1) return new String(line, StandardCharsets.UTF_8).codePointCount(0, new String(line, StandardCharsets.UTF_8).length()) + 1;
        String s = new String(line, 0, off, StandardCharsets.UTF_8);
        return s.codePointCount(0, s.length());
    }
}
