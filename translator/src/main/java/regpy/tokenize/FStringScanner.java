package regpy.tokenize;

import regpy.tokenize.Tokenizer.FString;

/**
 * The literal parts of an f-string (PEP 701): text up to a replacement field, an escaped brace,
 * the closing quote, or, inside a format spec, up to a nested field or the closing '}'.
 * Token strings are source slices; a doubled brace ends the FSTRING_MIDDLE after its first
 * character and the second is skipped, as CPython does.
 */
final class FStringScanner {
    private FStringScanner() {}

    static void middle(Tokenizer t, FString fs) {
        String s = t.text();
        int n = t.length();
        int start = t.pos(), pos = start;
        boolean spec = t.inFormatSpec(fs);
        boolean single = fs.quote.length() == 1;
        while (true) {
            if (pos >= n) { t.pos(pos); throw t.unterminatedFString(fs); }
            char c = s.charAt(pos);
            if (s.startsWith(fs.quote, pos)) {
                if (spec) {
                    t.pos(pos);
                    throw t.parserError("f-string: expecting '}', or format specs", pos, pos + 1);
                }
                if (pos > start) t.emit(TokenType.FSTRING_MIDDLE, start, pos, s.substring(start, pos));
                t.emit(TokenType.FSTRING_END, pos, pos + fs.quote.length(), fs.quote);
                t.pos(pos + fs.quote.length());
                t.endFString();
                return;
            }
            if (c == '\n' && single) {
                t.pos(pos);
                if (spec) throw t.syntaxError("f-string: newlines are not allowed in format specifiers for single quoted f-strings", pos, pos + 1);
                throw t.unterminatedFString(fs);
            }
            if (c == '\\') {
                char d = pos + 1 < n ? s.charAt(pos + 1) : '\0';
                if (d == '{' || d == '}') { pos++; continue; }
                if (!fs.raw && d == 'N' && pos + 2 < n && s.charAt(pos + 2) == '{') {
                    // CPython ends the FSTRING_MIDDLE after a named escape.
                    int close = s.indexOf('}', pos + 3);
                    pos = close < 0 ? n : close + 1;
                    t.emit(TokenType.FSTRING_MIDDLE, start, pos, s.substring(start, pos));
                    t.pos(pos);
                    return;
                }
                if (fs.raw && d != '\\' && d != fs.quote.charAt(0) && d != '\n') { pos++; continue; }
                pos = Math.min(n, pos + 2);
                continue;
            }
            if (c == '{') {
                boolean doubled = pos + 1 < n && s.charAt(pos + 1) == '{';
                if (!spec && doubled) {
                    t.emit(TokenType.FSTRING_MIDDLE, start, pos + 1, s.substring(start, pos + 1));
                    t.pos(pos + 2);
                    return;
                }
                if (pos > start || (spec && doubled)) t.emit(TokenType.FSTRING_MIDDLE, start, pos, s.substring(start, pos));
                t.emit(TokenType.LBRACE, pos, pos + 1, "{");
                t.openField(fs, pos);
                t.pos(pos + 1);
                return;
            }
            if (c == '}') {
                if (!spec) {
                    if (pos + 1 < n && s.charAt(pos + 1) == '}') {
                        t.emit(TokenType.FSTRING_MIDDLE, start, pos + 1, s.substring(start, pos + 1));
                        t.pos(pos + 2);
                        return;
                    }
                    t.pos(pos);
                    throw t.syntaxError("f-string: single '}' is not allowed", pos, pos);
                }
                t.emit(TokenType.FSTRING_MIDDLE, start, pos, s.substring(start, pos));
                t.emit(TokenType.RBRACE, pos, pos + 1, "}");
                t.closeField(fs, pos);
                t.pos(pos + 1);
                return;
            }
            pos++;
        }
    }
}
