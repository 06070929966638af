package regpy.tokenize;

import java.util.ArrayList;
import java.util.List;
import regpy.parse.PySyntaxError;

/**
 * Python 3.13's tokenizer: indentation, implicit line joining inside brackets, explicit joining
 * with backslash, numbers, strings, and f-strings split per PEP 701 into FSTRING_START /
 * FSTRING_MIDDLE / FSTRING_END around ordinary tokens for the replacement fields.
 *
 * <p>Tokenization is eager, but errors behave as in CPython's lazy tokenizer: the first error
 * ends the token list with an ERRORTOKEN that carries it, and the parser raises it only if it
 * reaches that token (see {@link #error()}). In "extra" mode (the tokenize module) COMMENT and
 * NL tokens are produced as well.
 */
public final class Tokenizer {
    private static final int MAX_INDENT = 100;

    private final SourceText src;
    private final String s;
    private final int n;
    private final boolean extra;
    private final boolean typeComments;
    private final List<Token> out = new ArrayList<>();
    private final List<TypeIgnore> typeIgnores = new ArrayList<>();

    private int pos;
    private boolean atBol = true;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;                              // indents[0] = 0
    private final List<Paren> parens = new ArrayList<>();
    private final List<FString> fstrings = new ArrayList<>();
    private PySyntaxError error;
    private boolean errorInFString;
    private boolean eofInParens;
    private int unclosed = -1;
    private int commentStart = -1;          // start of a comment just skipped (parser mode)

    /** An open bracket; for '{' opening an f-string replacement field, the f-string it belongs to. */
    private static final class Paren {
        final char ch;
        final int pos;
        final FString field;
        boolean inSpec;                                // after the ':' of a replacement field
        Paren(char ch, int pos, FString field) { this.ch = ch; this.pos = pos; this.field = field; }
    }

    /** An f-string being tokenized. */
    static final class FString {
        final String quote;            // ', ", ''' or """
        final boolean raw;
        final int start;
        final int parenBase;           // parens.size() when it started
        boolean middle = true;         // scanning literal text (or a format spec), not an expression
        FString(String quote, boolean raw, int start, int parenBase) {
            this.quote = quote; this.raw = raw; this.start = start; this.parenBase = parenBase;
        }
    }

    public Tokenizer(SourceText src, boolean extra) {
        this(src, extra, false);
    }

    /**
     * typeComments: as CPython's PyCF_TYPE_COMMENTS (parser mode only), "# type: X" comments
     * become TYPE_COMMENT tokens and "# type: ignore..." ones are collected as {@link #typeIgnores()}.
     */
    public Tokenizer(SourceText src, boolean extra, boolean typeComments) {
        this.src = src;
        this.s = src.text;
        this.n = s.length();
        this.extra = extra;
        this.typeComments = typeComments && !extra;
    }

    /** A "# type: ignore" comment: its line and the text after "ignore" (the AST's TypeIgnore). */
    public record TypeIgnore(int line, String tag) {}

    /** The type: ignore comments seen, in order (only with typeComments). */
    public List<TypeIgnore> typeIgnores() { return typeIgnores; }

    /** Tokenizes the whole source; the list ends with ENDMARKER or with an ERRORTOKEN. */
    public static List<Token> tokenize(SourceText src, boolean extra) {
        Tokenizer t = new Tokenizer(src, extra);
        t.run();
        return t.out;
    }

    public List<Token> tokens() { return out; }

    /** The tokenizer error ending the token list, or null (also null for EOF inside brackets). */
    public PySyntaxError error() { return error; }

    /** True when the error was raised inside an f-string (it then never replaces a parser error). */
    public boolean errorInFString() { return errorInFString; }

    /** True when the input ended inside an open bracket (the parser then reports it as never closed). */
    public boolean eofInParens() { return eofInParens; }

    public SourceText source() { return src; }

    /** Character offset of the innermost bracket left open at end of input, or -1. */
    public int unclosedBracket() { return unclosed; }

    public void run() {
        int nul = s.indexOf('\0');
        try {
            if (nul >= 0) checkNul(nul);
            while (true) {
                int before = out.size();
                next();
                if (!out.isEmpty() && out.get(out.size() - 1).type == TokenType.ENDMARKER && out.size() > before) break;
            }
        } catch (PySyntaxError e) {
            error = e;
            errorInFString = !fstrings.isEmpty();
            int p = Math.min(pos, n);
            add(TokenType.ERRORTOKEN, p, p, "");
        } catch (EofInParens e) {
            eofInParens = true;
            unclosed = parens.get(parens.size() - 1).pos;
            add(TokenType.ERRORTOKEN, n, n, "");
        }
    }

    private void checkNul(int at) {
        // CPython refuses the whole source before tokenizing.
        // compile() of a str says "source code string ..."; bytes are refused by SourceDecoder first.
        throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", src.filename, 0, 0, 0, 0, null);
    }

    private static final class EofInParens extends RuntimeException {
        EofInParens() { super(null, null, false, false); }
    }

    // ---- token construction ---------------------------------------------------------------------

    private void add(int type, int start, int end, String string) {
        int l = src.lineOf(start);
        int el = end == start ? l : src.lineOf(end);
        Token t = new Token(type, string, l, src.cpCol(l, start), el, src.cpCol(el, end),
                src.byteCol(l, start), src.byteCol(el, end), start, end);
        t.level = parens.size();
        out.add(t);
    }

    /** NEWLINE and NL: one column wide on their own line, even when the newline is implicit. */
    private void addNewline(int type, int start, String string) {
        int l = src.lineOf(start);
        int c = src.cpCol(l, start), b = src.byteCol(l, start);
        out.add(new Token(type, string, l, c, l, c + 1, b, b + 1, start, start + string.length()));
    }

    private PySyntaxError err(String msg, int from, int to) {
        return src.errorAt("SyntaxError", msg, from, to);
    }

    /** Most tokenizer errors point at one character and report end_offset == offset. */
    private PySyntaxError errAt(String msg, int at) {
        return err(msg, at, at);
    }

    private char peek(int k) { return pos + k < n ? s.charAt(pos + k) : '\0'; }

    private boolean eof() { return pos >= n; }

    private FString fstringTop() { return fstrings.isEmpty() ? null : fstrings.get(fstrings.size() - 1); }

    // ---- main loop --------------------------------------------------------------------------------

    private void next() {
        if (commentStart >= 0 && (pos >= n || s.charAt(pos) != '\n')) commentStart = -1;
        FString fs = fstringTop();
        if (fs != null && fs.middle) { FStringScanner.middle(this, fs); return; }
        if (atBol) { if (indentation()) return; }
        skipBlanks();
        if (eof()) { endOfInput(); return; }
        char c = s.charAt(pos);
        int start = pos;
        if (c == '#') {
            while (pos < n && s.charAt(pos) != '\n') pos++;
            if (extra) add(TokenType.COMMENT, start, pos, s.substring(start, pos));
            else if (typeComment(start, false) == TokenType.COMMENT) commentStart = start;
            return;
        }
        if (c == '\n') {
            pos++;
            if (parens.isEmpty()) {
                if (commentStart >= 0) {
                    // CPython's parser sees a NEWLINE that begins at the comment before it
                    int l = src.lineOf(start);
                    Token t = new Token(TokenType.NEWLINE, "\n", l, src.cpCol(l, commentStart), l, src.cpCol(l, start) + 1,
                            src.byteCol(l, commentStart), src.byteCol(l, start) + 1, commentStart, start + 1);
                    out.add(t);
                } else addNewline(TokenType.NEWLINE, start, "\n");
                commentStart = -1;
                atBol = true;
            } else if (extra) addNewline(TokenType.NL, start, "\n");
            return;
        }
        if (c == '\\') { continuation(); return; }
        if (isIdentStart(c)) { nameOrString(); return; }
        if (c >= '0' && c <= '9' || c == '.' && peek(1) >= '0' && peek(1) <= '9') { NumberScanner.scan(this); return; }
        if (c == '"' || c == '\'') { string(start, start, false, false, false); return; }
        operator();
    }

    /**
     * With type comments on, classifies the comment from cs to pos (CPython's prefix "# type: ",
     * where each space stands for any run of spaces and tabs): a TYPE_COMMENT token holding the
     * text after the prefix, or a recorded TypeIgnore ("ignore" then the end or a non-alphanumeric
     * ASCII character; alone on its line, the tag keeps the newline CPython consumes with it).
     * Returns TYPE_COMMENT, TYPE_IGNORE, or COMMENT for an ordinary comment.
     */
    private int typeComment(int cs, boolean blankLine) {
        if (!typeComments) return TokenType.COMMENT;
        int p = skipSpacesAndTabs(cs + 1);
        if (!s.startsWith("type:", p) || p + 5 > pos) return TokenType.COMMENT;
        p = skipSpacesAndTabs(p + 5);
        int ignoreEnd = p + 6;
        if (s.startsWith("ignore", p) && ignoreEnd <= pos
                && !(ignoreEnd < pos && (s.charAt(ignoreEnd) >= 0x80 || Character.isLetterOrDigit(s.charAt(ignoreEnd))))) {
            String tag = s.substring(ignoreEnd, pos) + (blankLine ? "\n" : "");
            typeIgnores.add(new TypeIgnore(src.lineOf(cs), tag));
            return TokenType.TYPE_IGNORE;
        }
        add(TokenType.TYPE_COMMENT, p, pos, s.substring(p, pos));
        return TokenType.TYPE_COMMENT;
    }

    private int skipSpacesAndTabs(int p) {
        while (p < pos && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) p++;
        return p;
    }

    private void skipBlanks() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') pos++;
            else break;
        }
    }

    private void continuation() {
        int at = pos;
        if (peek(1) != '\n') {
            if (pos + 1 >= n) throw err("unexpected EOF while parsing", at, at + 1);
            int l = src.lineOf(pos + 1);
            // CPython counts the column from the start of its buffer, which begins on the first line
            // of a string that ran over lines into this one (and its text is all those lines)
            int first = bufferStartLine(l);
            int from = src.lineStart(first);
            throw new PySyntaxError("SyntaxError", "unexpected character after line continuation character", src.filename,
                    l, src.text.codePointCount(from, pos + 1) + 1, l, 0, src.text.substring(from, src.lineStart(l)) + src.line(l));
        }
        pos += 2;
        if (pos >= n) {
            int l = src.lineOf(at);
            String text = src.line(l);
            throw new PySyntaxError("SyntaxError", "unexpected EOF while parsing", src.filename, l,
                    text.codePointCount(0, text.length()), l, -1, text);
        }
    }

    /**
     * At the start of a logical line: measures indentation and emits INDENT/DEDENT, or skips a
     * blank/comment line. Returns true when it produced tokens for a blank line (or none needed).
     */
    private boolean indentation() {
        int col = 0, alt = 0, start = pos;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (c == '\f') { col = 0; alt = 0; }
            else break;
            pos++;
        }
        char c = pos < n ? s.charAt(pos) : '\0';
        if (c == '#' || c == '\n' || (c == '\\' && false)) {
            // Blank or comment-only line: no indentation change, no NEWLINE.
            if (c == '#') {
                int cs = pos;
                while (pos < n && s.charAt(pos) != '\n') pos++;
                if (extra) add(TokenType.COMMENT, cs, pos, s.substring(cs, pos));
                else if (typeComment(cs, true) == TokenType.TYPE_COMMENT) {
                    // A type comment alone on its line still ends with a NEWLINE (outside brackets).
                    if (pos < n) {
                        if (parens.isEmpty()) addNewline(TokenType.NEWLINE, pos, "\n");
                        pos++;
                    }
                    return true;
                }
            }
            if (pos < n) {
                if (extra) addNewline(TokenType.NL, pos, "\n");
                pos++;
            } else if (extra && c == '#') {
                addNewline(TokenType.NL, pos, "");
            }
            return true;
        }
        if (pos >= n) { atBol = false; return false; }
        atBol = false;
        if (!parens.isEmpty()) return false;
        if (col == indents[indentTop]) {
            if (alt != altIndents[indentTop]) throw tabError();
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAX_INDENT) {
                // reported through the parser in CPython (E_TOODEEP): column 0, end -1, the line as read
                int l = src.lineOf(pos);
                throw new PySyntaxError("IndentationError", "too many levels of indentation", src.filename, l, 1, l, 0, src.line(l));
            }
            if (alt <= altIndents[indentTop]) throw tabError();
            indents[++indentTop] = col;
            altIndents[indentTop] = alt;
            add(TokenType.INDENT, start, pos, s.substring(start, pos));
        } else {
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                add(TokenType.DEDENT, pos, pos, "");
            }
            if (col != indents[indentTop]) {
                int l = src.lineOf(pos);
                String text = src.line(l);
                throw new PySyntaxError("IndentationError", "unindent does not match any outer indentation level",
                        src.filename, l, text.codePointCount(0, text.length()), l, -1, text);
            }
            if (alt != altIndents[indentTop]) throw tabError();
        }
        return false;
    }

    private PySyntaxError tabError() {
        int l = src.lineOf(pos);
        return new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
                src.filename, l, 1, l, 0, src.line(l));
    }

    private void endOfInput() {
        if (!fstrings.isEmpty()) {
            FString fs = fstringTop();
            if (!fs.middle && parens.size() > fs.parenBase) throw new EofInParens();
            throw unterminatedFString(fs);
        }
        if (!parens.isEmpty()) throw new EofInParens();
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.type != TokenType.NEWLINE && last.type != TokenType.NL
                && last.type != TokenType.DEDENT && last.type != TokenType.INDENT
                && !(last.type == TokenType.COMMENT && atBol)) {
            addNewline(TokenType.NEWLINE, n, "");
        }
        // After a last line without '\n' the end tokens sit on the following line, column 0.
        boolean open = n > 0 && s.charAt(n - 1) != '\n';
        int l = open ? src.lineCount() + 1 : src.lineOf(n);
        while (indentTop > 0) { indentTop--; out.add(new Token(TokenType.DEDENT, "", l, 0, l, 0, 0, 0, n, n)); }
        out.add(new Token(TokenType.ENDMARKER, "", l, 0, l, 0, 0, 0, n, n));
    }

    PySyntaxError unterminatedFString(FString fs) {
        int l = src.lineOf(fs.start);
        String what = fs.quote.length() == 3 ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal";
        int detected = fs.quote.length() == 3 ? lastLine() : src.lineOf(pos);
        return src.error("SyntaxError", what + " (detected at line " + detected + ")", l, src.cpCol(l, fs.start), l,
                src.cpCol(l, fs.start));
    }

    /** The last line holding text (a final '\n' does not start another line here). */
    private int lastLine() {
        return n > 0 && s.charAt(n - 1) == '\n' ? src.lineCount() - 1 : src.lineCount();
    }

    // ---- names and strings ------------------------------------------------------------------------

    static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isIdentPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9' || c >= 0x80;
    }

    private void nameOrString() {
        int start = pos;
        boolean ascii = true;
        while (pos < n && isIdentPart(s.charAt(pos))) { if (s.charAt(pos) >= 0x80) ascii = false; pos++; }
        char q = peek(0);
        if ((q == '"' || q == '\'') && pos - start <= 2) {
            boolean r = false, b = false, u = false, f = false, ok = true;
            for (int i = start; i < pos; i++) {
                switch (Character.toLowerCase(s.charAt(i))) {
                    case 'r' -> { ok &= !r; r = true; }
                    case 'b' -> { ok &= !b; b = true; }
                    case 'u' -> { ok &= !u; u = true; }
                    case 'f' -> { ok &= !f; f = true; }
                    default -> ok = false;
                }
            }
            ok &= !(u && (r || b || f)) && !(b && f);
            if (ok) { string(start, pos, r, b, f); return; }
        }
        if (!ascii && !extra) checkIdentifier(start, pos);
        add(TokenType.NAME, start, pos, s.substring(start, pos));
    }

    /** Non-ASCII identifiers: every code point must be XID_Start/XID_Continue (after NFKC, as CPython checks). */
    private void checkIdentifier(int start, int end) {
        if (src.hasRawBytes()) checkDecodable(start, end);
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            boolean ok = i == start ? Character.isUnicodeIdentifierStart(cp) || cp == '_'
                    : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
            if (!ok) {
                String norm = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
                int ncp = norm.isEmpty() ? cp : norm.codePointAt(0);
                ok = i == start ? Character.isUnicodeIdentifierStart(ncp) || ncp == '_' : Character.isUnicodeIdentifierPart(ncp);
            }
            if (!ok) {
                pos = i;
                throw invalidCharacter(cp, i);
            }
            i += Character.charCount(cp);
        }
    }

    /** A name holding undecodable bytes fails as CPython's decoding of it does ({@link RawBytes#nameError}). */
    private void checkDecodable(int start, int end) {
        PySyntaxError e = RawBytes.nameError(src, start, end);
        if (e == null) return;
        pos = start;
        throw e;
    }

    /** The first line of the run of lines read inside tokens (strings) spanning lines, that ends with line l. */
    private int bufferStartLine(int l) {
        int first = l;
        for (int i = out.size() - 1; i >= 0; i--) {
            Token t = out.get(i);
            if (t.endLine < first) break;
            if (t.line < first && t.endLine == first) first = t.line;
        }
        return first;
    }

    PySyntaxError invalidCharacter(int cp, int at) {
        String hex = String.format("U+%04X", cp);
        String msg = regpy.code.Repr.isPrintable(cp)
                ? "invalid character '" + new String(Character.toChars(cp)) + "' (" + hex + ")"
                : "invalid non-printable character " + hex;
        return err(msg, at, at);
    }

    /** A string literal starting at start whose quote is at qpos. */
    private void string(int start, int qpos, boolean raw, boolean bytes, boolean f) {
        char q = s.charAt(qpos);
        int qlen = (qpos + 2 < n && s.charAt(qpos + 1) == q && s.charAt(qpos + 2) == q) ? 3 : 1;
        pos = qpos + qlen;
        if (f) {
            add(TokenType.FSTRING_START, start, pos, s.substring(start, pos));
            fstrings.add(new FString(s.substring(qpos, qpos + qlen), raw, start, parens.size()));
            return;
        }
        boolean escapedQuote = false;
        while (true) {
            if (pos >= n) {
                int l = src.lineOf(start);
                if (qlen == 3)
                    throw src.error("SyntaxError", "unterminated triple-quoted string literal (detected at line "
                            + lastLine() + ")", l, src.cpCol(l, start), l, src.cpCol(l, start));
                throw src.error("SyntaxError", "unterminated string literal (detected at line " + l + ")",
                        l, src.cpCol(l, start), l, src.cpCol(l, start));
            }
            char c = s.charAt(pos);
            if (c == q) {
                if (qlen == 1) { pos++; break; }
                if (pos + 2 < n && s.charAt(pos + 1) == q && s.charAt(pos + 2) == q) { pos += 3; break; }
                pos++;
            } else if (c == '\\') {
                if (pos + 1 < n && s.charAt(pos + 1) == q) escapedQuote = true;
                pos += 2;
                if (pos > n) pos = n;
            } else if (c == '\n' && qlen == 1) {
                int l = src.lineOf(start);
                FString fs = fstringTop();
                if (fs != null && !fs.middle && s.startsWith(fs.quote, qpos))
                    throw src.error("SyntaxError", "f-string: expecting '}'", l, src.cpCol(l, start), l, src.cpCol(l, start));
                throw src.error("SyntaxError", "unterminated string literal (detected at line " + src.lineOf(pos) + ")"
                        + (escapedQuote ? "; perhaps you escaped the end quote?" : ""), l, src.cpCol(l, start), l, src.cpCol(l, start));
            } else pos++;
        }
        add(TokenType.STRING, start, pos, s.substring(start, pos));
    }

    // ---- operators and brackets ------------------------------------------------------------------

    private void operator() {
        int start = pos;
        char c = s.charAt(pos);
        FString fs = fstringTop();
        if (c == ':' && fs != null && parens.size() > fs.parenBase && parens.get(parens.size() - 1).field == fs) {
            // Directly inside a replacement field ':' starts the format spec (even before '=').
            pos++;
            add(TokenType.COLON, start, pos, ":");
            parens.get(parens.size() - 1).inSpec = true;
            fs.middle = true;
            return;
        }
        for (int i = 0; i < TokenType.OPS.length; i++) {
            String op = TokenType.OPS[i];
            if (s.startsWith(op, pos)) {
                int type = TokenType.OP_TYPES[i];
                pos += op.length();
                if (c == '(' || c == '[' || c == '{') {
                    if (parens.size() >= 200) throw errAt("too many nested parentheses", start);
                    parens.add(new Paren(c, start, null));
                } else if (c == ')' || c == ']' || c == '}') {
                    closeBracket(c, start);
                    if (c == '}' && fs != null && parens.size() == fs.parenBase) fs.middle = true;
                    else if (c == '}' && fs != null && parens.size() > fs.parenBase) {
                        // closed a nested field inside a format spec: back to the spec text
                        Paren p = parens.get(parens.size() - 1);
                        if (p.field == fs && p.inSpec) fs.middle = true;
                    }
                }
                add(type, start, pos, op);
                return;
            }
        }
        int cp = s.codePointAt(pos);
        if (cp < 128) {
            // CPython hands unknown ASCII characters ('$', '?', '`') to the parser as OP tokens.
            pos++;
            add(TokenType.OP, start, pos, s.substring(start, pos));
            return;
        }
        throw invalidCharacter(cp, pos);
    }

    private void closeBracket(char c, int at) {
        FString fs = fstringTop();
        int base = fs == null ? 0 : fs.parenBase;
        if (parens.size() <= base) {
            if (fs != null) throw errAt("f-string: single '}' is not allowed", at);
            throw errAt("unmatched '" + c + "'", at);
        }
        Paren open = parens.remove(parens.size() - 1);
        char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
        if (c != want) {
            if (open.field != null) throw errAt("f-string: unmatched '" + c + "'", at);
            int ol = src.lineOf(open.pos), cl = src.lineOf(at);
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open.ch + "'";
            if (ol != cl) msg += " on line " + ol;
            throw errAt(msg, at);
        }
    }

    // ---- hooks for the scanners -------------------------------------------------------------------

    String text() { return s; }
    int length() { return n; }
    int pos() { return pos; }
    void pos(int p) { pos = p; }
    SourceText src() { return src; }
    void emit(int type, int start, int end, String string) { add(type, start, end, string); }
    PySyntaxError syntaxError(String msg, int from, int to) { return err(msg, from, to); }

    /** An error CPython raises from its parser, not its tokenizer: SyntaxError.text keeps the newline. */
    PySyntaxError parserError(String msg, int from, int to) {
        PySyntaxError e = err(msg, from, to);
        return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, src.line(e.lineno));
    }

    /** A tokenizer error reported at the cursor (CPython's offset is the cursor column). */
    PySyntaxError syntaxErrorAtCursor(String msg, int cursor) {
        int l = src.lineOf(cursor);
        int c = src.cpCol(l, cursor);
        return src.error("SyntaxError", msg, l, c - 1 < 0 ? 0 : c - 1, l, c - 1 < 0 ? 0 : c - 1);
    }

    /** Called by the f-string scanner on '{' in literal text: opens a replacement field. */
    void openField(FString fs, int at) {
        parens.add(new Paren('{', at, fs));
        fs.middle = false;
    }

    /** Called by the f-string scanner on '}' ending a format spec (or an empty field). */
    void closeField(FString fs, int at) {
        Paren p = parens.remove(parens.size() - 1);
        fs.middle = true;
        if (parens.size() > fs.parenBase) {
            Paren outer = parens.get(parens.size() - 1);
            fs.middle = outer.field == fs && outer.inSpec;
        }
    }

    /** True while the innermost open bracket of fs is one of its replacement fields in its spec. */
    boolean inFormatSpec(FString fs) {
        if (parens.size() <= fs.parenBase) return false;
        Paren p = parens.get(parens.size() - 1);
        return p.field == fs && p.inSpec;
    }

    void endFString() { fstrings.remove(fstrings.size() - 1); }
}
