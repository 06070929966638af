package regpy.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import regpy.parse.PySyntaxError;

/**
 * Source text with newlines normalised to '\n' (as CPython's tokenizer reads it), plus a line
 * table for converting character offsets to (line, code point column, UTF-8 byte column).
 */
public final class SourceText {
    public final String text;
    public final String filename;
    private final int[] lineStarts;     // offset of the first char of each line; lineStarts[0] = 0
    private final boolean[] ascii;      // line holds only ASCII, so all three column kinds agree
    private final int lines;
    /** The text holds undecodable source bytes ({@link RawBytes}). */
    private final boolean rawBytes;

    public SourceText(String raw, String filename) {
        this.text = normalise(raw);
        this.filename = filename;
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        lineStarts = new int[n + 1];
        ascii = new boolean[n + 1];
        int k = 1;
        boolean asc = true, undecodable = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) { asc = false; undecodable |= RawBytes.isRaw(c); }
            if (c == '\n') { ascii[k - 1] = asc; asc = true; lineStarts[k++] = i + 1; }
        }
        ascii[k - 1] = asc;
        lines = k;
        lineStarts[k] = text.length();
        rawBytes = undecodable;
    }

    /** Whether the text holds undecodable source bytes (so literals and names must be checked for them). */
    public boolean hasRawBytes() { return rawBytes; }

    /** An error with CPython's columns and text on lines holding undecodable bytes (the error unchanged elsewhere). */
    public PySyntaxError withRawBytesShown(PySyntaxError e) {
        return rawBytes ? RawBytes.relocate(e, this) : e;
    }

    private static String normalise(String s) {
        if (s.indexOf('\r') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            } else sb.append(c);
        }
        return sb.toString();
    }

    public int lineCount() { return lines; }

    /** 1-based line number holding character offset pos (pos == length maps to the last line). */
    public int lineOf(int pos) {
        int i = Arrays.binarySearch(lineStarts, 0, lines, pos);
        if (i >= 0) return i + 1;
        return -i - 1;
    }

    public int lineStart(int line) { return lineStarts[Math.min(line, lines) - 1]; }

    /** The text of a line including its '\n' (empty past the end). */
    public String line(int line) {
        if (line < 1 || line > lines) return "";
        int s = lineStarts[line - 1];
        int e = line < lines ? lineStarts[line] : text.length();
        return text.substring(s, e);
    }

    /** Code point column of offset pos on its line. */
    public int cpCol(int line, int pos) {
        int s = lineStart(line);
        if (ascii[line - 1]) return pos - s;
        return text.codePointCount(s, pos);
    }

    /** UTF-8 byte column of offset pos on its line. */
    public int byteCol(int line, int pos) {
        int s = lineStart(line);
        if (ascii[line - 1]) return pos - s;
        return utf8Length(text, s, pos);
    }

    public static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }

    /** Code point column (0-based) of a UTF-8 byte column on a line. */
    public int cpColOfByteCol(int line, int bcol) {
        if (line < 1 || line > lines) return bcol;
        int s = lineStart(line);
        if (ascii[line - 1]) return bcol;
        String l = line(line);
        byte[] b = l.getBytes(StandardCharsets.UTF_8);
        return new String(b, 0, Math.min(bcol, b.length), StandardCharsets.UTF_8).codePointCount(0,
                new String(b, 0, Math.min(bcol, b.length), StandardCharsets.UTF_8).length());
    }

    /**
     * A SyntaxError raised by the tokenizer itself (CPython's syntaxerror()), at 0-based code point
     * columns; the text is the start line without its newline, as CPython reports these.
     */
    public PySyntaxError error(String kind, String msg, int line, int col, int endLine, int endCol) {
        String text = line(line);
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        return new PySyntaxError(kind, msg, filename, line, col + 1, endLine, endCol + 1, text);
    }

    /** A SyntaxError spanning character offsets [from, to). */
    public PySyntaxError errorAt(String kind, String msg, int from, int to) {
        int l = lineOf(from), el = lineOf(to);
        return error(kind, msg, l, cpCol(l, from), el, cpCol(el, to));
    }
}
