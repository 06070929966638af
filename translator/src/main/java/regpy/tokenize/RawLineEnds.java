package regpy.tokenize;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer reads newline-normalised text (CPython's parser does too), but the tokenize
 * module reports the source's own line ends: NEWLINE and NL of a CRLF line are '\r\n' (two
 * columns wide), and a token spanning lines keeps the line ends inside it.
 */
public final class RawLineEnds {
    private RawLineEnds() {}

    /** The tokens with the line ends of raw (the text the tokens were made from, before normalising). */
    public static List<Token> restore(List<Token> tokens, String raw) {
        if (raw.indexOf('\r') < 0) return tokens;
        List<Integer> starts = new ArrayList<>();       // raw offset of each line's first char
        starts.add(0);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') i++;
            if (c == '\r' || c == '\n') starts.add(i + 1);
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            boolean lineEnd = (t.type == TokenType.NEWLINE || t.type == TokenType.NL) && t.string.equals("\n");
            if (!lineEnd && t.line == t.endLine || t.line < 1 || t.line > starts.size()) {
                out.add(t);
                continue;
            }
            int from = offset(raw, starts, t.line, t.col);
            String s;
            int endCol = t.endCol;
            if (lineEnd) {
                int next = t.line < starts.size() ? starts.get(t.line) : raw.length();
                s = raw.substring(from, next);
                endCol = t.col + s.length();
            } else {
                s = raw.substring(from, offset(raw, starts, t.endLine, t.endCol));
            }
            Token r = new Token(t.type, s, t.line, t.col, t.endLine, endCol, t.bcol, t.bendCol + (endCol - t.endCol), t.start, t.end);
            r.level = t.level;
            out.add(r);
        }
        return out;
    }

    private static int offset(String raw, List<Integer> starts, int line, int col) {
        int s = starts.get(Math.min(line, starts.size()) - 1);
        return raw.offsetByCodePoints(s, Math.min(col, raw.codePointCount(s, raw.length())));
    }
}
