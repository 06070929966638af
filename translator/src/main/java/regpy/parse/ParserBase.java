package regpy.parse;

import java.util.List;
import java.util.Set;
import regpy.ast.Located;
import regpy.tokenize.SourceText;
import regpy.tokenize.Token;
import regpy.tokenize.TokenType;
import regpy.tokenize.Tokenizer;

/**
 * Token-stream plumbing shared by the parser layers: lookahead, keywords, backtracking marks,
 * node locations, and raising SyntaxErrors at tokens or nodes. The parser is a hand-written
 * PEG-style recursive descent: alternatives that need it save {@code p} and restore it.
 */
abstract class ParserBase {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    final SourceText src;
    final Tokenizer tokenizer;
    final List<Token> tokens;
    final int last;          // index of the final token (ENDMARKER or ERRORTOKEN)
    int p;                   // current token index
    int furthest;            // furthest token index looked at, for "invalid syntax" locations
    int fetched;             // furthest token index ever looked at, diagnoses included (CPython's p->fill)
    /** Set by the f-string parser when parsing the expression of a replacement field. */
    int fstringDepth;

    ParserBase(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.src = tokenizer.source();
        this.tokens = tokenizer.tokens();
        this.last = tokens.size() - 1;
    }

    // ---- lookahead --------------------------------------------------------------------------------

    final Token tok() { return tok(p); }

    final Token tok(int i) {
        if (i > last) i = last;
        if (i > furthest) furthest = i;
        if (i > fetched) fetched = i;
        Token t = tokens.get(i);
        if (t.type == TokenType.ERRORTOKEN) reachedErrorToken();
        return t;
    }

    /** The tokenizer failed here: raise its error now, as CPython's lazy tokenizer would. */
    void reachedErrorToken() {
        if (tokenizer.error() != null) throw tokenizer.error();
        throw new UnclosedAtEof();
    }

    /** Raised when the parser reaches the end of input inside brackets. */
    static final class UnclosedAtEof extends RuntimeException {
        UnclosedAtEof() { super(null, null, false, false); }
    }

    final int type() { return tok().type; }

    final boolean at(int type) { return tok().type == type; }

    final boolean atAhead(int k, int type) { return tok(p + k).type == type; }

    final boolean atKw(String kw) {
        Token t = tok();
        return t.type == TokenType.NAME && t.string.equals(kw);
    }

    final boolean atKwAhead(int k, String kw) {
        Token t = tok(p + k);
        return t.type == TokenType.NAME && t.string.equals(kw);
    }

    /** A NAME that is not a keyword (soft keywords are names). */
    final boolean atName() {
        Token t = tok();
        return t.type == TokenType.NAME && !KEYWORDS.contains(t.string);
    }

    final boolean accept(int type) {
        if (tok().type == type) { p++; return true; }
        return false;
    }

    final boolean acceptKw(String kw) {
        if (atKw(kw)) { p++; return true; }
        return false;
    }

    final Token next() {
        Token t = tok();
        p++;
        return t;
    }

    /** Consumes a token of the given type or fails the current alternative. */
    final Token expect(int type) {
        Token t = tok();
        if (t.type != type) throw fail();
        p++;
        return t;
    }

    final void expectKw(String kw) {
        if (!acceptKw(kw)) throw fail();
    }

    /** An identifier (NFKC-normalised as CPython does for non-ASCII names). */
    final String name() {
        if (!atName()) throw fail();
        return identifier(next().string);
    }

    static String identifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        }
        return s;
    }

    /** An optional TYPE_COMMENT token here: its text, or null. */
    final String typeComment() {
        return at(TokenType.TYPE_COMMENT) ? next().string : null;
    }

    // ---- failure ------------------------------------------------------------------------------------

    /** "No alternative matched here": caught by callers that backtrack, else becomes invalid syntax. */
    static final class Fail extends RuntimeException {
        static final Fail INSTANCE = new Fail();
        private Fail() { super(null, null, false, false); }
    }

    static Fail fail() { return Fail.INSTANCE; }

    // ---- locations ------------------------------------------------------------------------------------

    final int ln(int ti) { return tokens.get(ti).line; }
    final int co(int ti) { return tokens.get(ti).bcol; }
    /** End line / column of the last consumed token. */
    final int eln() { return tokens.get(p - 1).endLine; }
    final int eco() { return tokens.get(p - 1).bendCol; }

    static int ln(Located n) { return n.lineno(); }
    static int co(Located n) { return n.col_offset(); }
    static int eln(Located n) { return n.end_lineno(); }
    static int eco(Located n) { return n.end_col_offset(); }

    // ---- errors ------------------------------------------------------------------------------------

    final PySyntaxError errorAtToken(String msg, Token t) {
        return errorAtToken("SyntaxError", msg, t);
    }

    /**
     * An error located at a token. The end-of-input tokens have no column in CPython, which then
     * reports the last line read, its length as offset and end_offset -1.
     */
    final PySyntaxError errorAtToken(String kind, String msg, Token t) {
        if (atEndOfInput(t)) {
            // CPython has read the last line (plus the newline it adds when missing)
            int line = src.text.isEmpty() ? 1 : src.lineOf(src.text.length() - 1);
            String text = parsedLine(line);
            String bare = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            return new PySyntaxError(kind, msg, src.filename, line, bare.codePointCount(0, bare.length()) + 1, line, -1, text);
        }
        if (t.type == regpy.tokenize.TokenType.DEDENT)   // no column either: the cursor is after the indentation
            return new PySyntaxError(kind, msg, src.filename, t.line, t.col, t.line, -1, parsedLine(t.line));
        if (t.type == regpy.tokenize.TokenType.INDENT)   // likewise, its cursor at the indentation's end
            return new PySyntaxError(kind, msg, src.filename, t.line, t.endCol, t.line, -1, parsedLine(t.line));
        return errorRange(kind, msg, t.line, t.col, t.endLine, t.endCol);
    }

    /** ENDMARKER, or a DEDENT followed only by DEDENTs and ENDMARKER. */
    final boolean atEndOfInput(Token t) {
        if (t.type == regpy.tokenize.TokenType.ENDMARKER) return true;
        if (t.type != regpy.tokenize.TokenType.DEDENT) return false;
        int i = tokens.indexOf(t);
        while (i >= 0 && i <= last && tokens.get(i).type == regpy.tokenize.TokenType.DEDENT) i++;
        return i <= last && tokens.get(i).type == regpy.tokenize.TokenType.ENDMARKER;
    }

    /** An error at a token's start with end_offset == offset. */
    final PySyntaxError errorAtPoint(String msg, Token t) {
        return errorRange("SyntaxError", msg, t.line, t.col, t.line, t.col);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: from a token to the end of the furthest token fetched. */
    final PySyntaxError errorStartingFrom(String msg, Token a) {
        Token t = tokens.get(Math.min(furthest, last));
        return errorRange("SyntaxError", msg, a.line, a.col, t.endLine, t.endCol - 1);
    }

    final PySyntaxError errorFromTo(String msg, Token a, Token b) {
        return errorRange("SyntaxError", msg, a.line, a.col, b.endLine, b.endCol);
    }

    /** An error spanning nodes (their byte columns converted to characters). */
    final PySyntaxError errorAtNodes(String msg, Located a, Located b) {
        return errorRange("SyntaxError", msg, a.lineno(), src.cpColOfByteCol(a.lineno(), a.col_offset()),
                b.end_lineno(), src.cpColOfByteCol(b.end_lineno(), b.end_col_offset()));
    }

    final PySyntaxError errorAtNode(String msg, Located a) { return errorAtNodes(msg, a, a); }

    /** CPython reports an unexpected indent at the indentation's width, with end_offset -1. */
    final PySyntaxError unexpectedIndent(Token t) {
        return new PySyntaxError("IndentationError", "unexpected indent", src.filename, t.line, t.endCol, t.line, -1, parsedLine(t.line));
    }

    /** Error at the furthest token fetched (CPython's RAISE_SYNTAX_ERROR without a location). */
    final PySyntaxError errorAtLastToken(String msg) {
        Token t = tokens.get(Math.min(furthest, last));
        return errorAtToken(msg, t);
    }

    final PySyntaxError errorRange(String kind, String msg, int line, int col, int endLine, int endCol) {
        return new PySyntaxError(kind, msg, src.filename, line, col + 1, endLine, endCol + 1, parsedLine(line));
    }

    /** As errorRange, but with the line's text exactly as the source has it (CPython's "never closed" errors). */
    final PySyntaxError errorRangeAsWritten(String kind, String msg, int line, int col, int endLine, int endCol) {
        return new PySyntaxError(kind, msg, src.filename, line, col + 1, endLine, endCol + 1, src.line(line));
    }

    /**
     * The text of a line as the parser saw it: CPython's tokenizer ends every line with a newline,
     * adding one to a last line that lacks it, so errors raised by the parser carry it in
     * SyntaxError.text (errors raised by the tokenizer itself do not).
     */
    final String parsedLine(int line) {
        String text = src.line(line);
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }
}
