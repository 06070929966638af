package regpy.parse;

import static regpy.tokenize.TokenType.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import regpy.ast.Expr;
import regpy.code.Const;
import regpy.code.ConstStr;
import regpy.tokenize.Token;
import regpy.tokenize.Tokenizer;

/**
 * Literals: numbers, string concatenation, bytes, and f-strings built into JoinedStr /
 * FormattedValue with CPython 3.13's positions (literal parts carry their FSTRING_MIDDLE or
 * STRING token positions; adjacent parts merge into one Constant spanning them).
 */
abstract class LiteralParser extends DisplayParser {
    LiteralParser(Tokenizer t) { super(t); }

    // ---- numbers ------------------------------------------------------------------------------------

    @Override
    final Expr number() {
        int s = p;
        Token t = expect(NUMBER);
        return new Expr.Constant(numberValue(t.string), null, ln(s), co(s), eln(), eco());
    }

    static Object numberValue(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char lastc = t.charAt(t.length() - 1);
        if (lastc == 'j' || lastc == 'J') return new Const.Complex(0.0, Double.parseDouble(t.substring(0, t.length() - 1)));
        if (t.length() > 1 && t.charAt(0) == '0') {
            char k = Character.toLowerCase(t.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) return Const.integer(new BigInteger(t.substring(2), radix));
        }
        boolean isFloat = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') { isFloat = true; break; }
        }
        if (isFloat) return Double.parseDouble(t);
        if (t.length() < 19) return Long.parseLong(t);
        return Const.integer(new BigInteger(t));
    }

    // ---- strings --------------------------------------------------------------------------------------

    /** A literal piece of a (possibly f-) string: decoded text (a str constant) and its source span in byte columns. */
    private record Piece(Object text, int line, int col, int endLine, int endCol) {}

    @Override
    final Expr strings() {
        int s = p;
        boolean bytes = false, text = false, fstring = false;
        String kind = null;
        List<Object> parts = new ArrayList<>();       // Piece or Expr.FormattedValue
        ConstStr.Builder plain = new ConstStr.Builder();
        java.io.ByteArrayOutputStream bytesOut = null;
        while (at(STRING) || at(FSTRING_START)) {
            Token t = tok();
            if (t.type == FSTRING_START) {
                text = true;
                fstring = true;
                fstringParts(parts);
                continue;
            }
            p++;
            int q = 0;
            boolean raw = false, isBytes = false;
            while (t.string.charAt(q) != '\'' && t.string.charAt(q) != '"') {
                char c = Character.toLowerCase(t.string.charAt(q));
                if (c == 'r') raw = true;
                else if (c == 'b') isBytes = true;
                else if (c == 'u' && p - 1 == s) kind = "u";
                q++;
            }
            char qc = t.string.charAt(q);
            int ql = t.string.length() - q >= 6 && t.string.charAt(q + 1) == qc && t.string.charAt(q + 2) == qc ? 3 : 1;
            String body = t.string.substring(q + ql, t.string.length() - ql);
            if (isBytes) {
                bytes = true;
                if (bytesOut == null) bytesOut = new java.io.ByteArrayOutputStream();
                byte[] b = Escapes.decodeBytes(this, body, raw, t);
                bytesOut.write(b, 0, b.length);
            } else {
                text = true;
                Object v = Escapes.decodeStr(this, body, raw, t);
                plain.append(v);
                parts.add(new Piece(v, t.line, t.bcol, t.endLine, t.bendCol));
            }
        }
        if (bytes && text) throw errorAtToken("cannot mix bytes and nonbytes literals", tok());
        if (bytes) return new Expr.Constant(new Const.Bytes(bytesOut.toByteArray()), null, ln(s), co(s), eln(), eco());
        if (!fstring) return new Expr.Constant(plain.build(), kind, ln(s), co(s), eln(), eco());
        return new Expr.JoinedStr(merge(parts), ln(s), co(s), eln(), eco());
    }

    /** Adjacent literal pieces become one Constant; empty pieces vanish. */
    private static List<Expr> merge(List<Object> parts) {
        List<Expr> values = new ArrayList<>();
        ConstStr.Builder sb = null;
        Piece first = null, lastPiece = null;
        for (Object o : parts) {
            if (o instanceof Piece pc) {
                if ("".equals(pc.text())) continue;
                if (sb == null) { sb = new ConstStr.Builder(); first = pc; }
                sb.append(pc.text());
                lastPiece = pc;
            } else {
                if (sb != null) {
                    values.add(new Expr.Constant(sb.build(), null, first.line(), first.col(), lastPiece.endLine(), lastPiece.endCol()));
                    sb = null;
                }
                values.add((Expr) o);
            }
        }
        if (sb != null) values.add(new Expr.Constant(sb.build(), null, first.line(), first.col(), lastPiece.endLine(), lastPiece.endCol()));
        return values;
    }

    /** FSTRING_START (FSTRING_MIDDLE | replacement field)* FSTRING_END, appended to parts. */
    private void fstringParts(List<Object> parts) {
        Token start = next();
        boolean raw = start.string.toLowerCase().indexOf('r') >= 0;
        while (true) {
            Token t = tok();
            if (t.type == FSTRING_END) { p++; return; }
            if (t.type == FSTRING_MIDDLE) {
                p++;
                parts.add(middlePiece(t, raw));
            } else if (t.type == LBRACE) {
                replacementField(parts, raw);
            } else {
                throw fail();
            }
        }
    }

    /** An FSTRING_MIDDLE's text; one ending in an escaped brace spans both brace characters, as in CPython. */
    private Piece middlePiece(Token t, boolean raw) {
        int end = t.bendCol;
        String str = t.string;
        if (!str.isEmpty()) {
            char last = str.charAt(str.length() - 1);
            if ((last == '{' || last == '}') && t.end < src.text.length() && src.text.charAt(t.end) == last) end++;
        }
        return new Piece(Escapes.decodeStr(this, str, raw, t), t.line, t.bcol, t.endLine, end);
    }

    /**
     * The source of a self-documenting expression ('{x = }') as CPython keeps it: each line cut
     * at its first '#' (naively, even inside a string, as CPython does), newlines kept.
     */
    static String withoutComments(String text) {
        if (text.indexOf('#') < 0) return text;
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int hash = text.indexOf('#', i);
            sb.append(text, i, hash >= 0 && hash < end ? hash : end);
            if (nl < 0) break;
            sb.append('\n');
            i = nl + 1;
        }
        return sb.toString();
    }

    /** Parses as long a primary (atom and trailers) as possible; false when not even the atom parses. */
    private boolean longestPrimary() {
        try {
            atom();
        } catch (Fail f) {
            return false;
        }
        while (at(DOT) || at(LPAR) || at(LSQB)) {
            int m = p;
            try {
                trailers(m, null);
            } catch (Fail f) {
                p = m;
                return true;
            }
        }
        return true;
    }

    /** '{' annotated_rhs ['='] ['!' NAME] [':' spec*] '}' */
    private void replacementField(List<Object> parts, boolean raw) {
        int s = p;
        Token open = expect(LBRACE);
        if (at(RBRACE) || at(EXCLAMATION) || at(COLON) || at(EQUAL))
            throw errorAtToken("f-string: valid expression required before '" + tok().string + "'", tok());
        if (atKw("lambda")) {
            int m = p++;
            try {
                lambdaParameters();
            } catch (Fail f) { /* fall through */ }
            if (at(COLON)) {
                throw errorFromTo("f-string: lambda expressions are not allowed without parentheses", tokens.get(m), tok());
            }
            p = m;
        }
        fstringDepth++;
        Expr value;
        try {
            // '{' !annotated_rhs: CPython's message names the token after the brace
            if (!startsExpression() && !at(STAR)) throw errorAtToken("f-string: expecting a valid expression after '{'", tok());
            int vs = p;
            try {
                value = atKw("yield") ? yieldExpr() : starExpressions();
            } catch (Fail f) {
                // PEG would have taken the longest expression that parses ('a' of 'a +'): report what follows it
                p = vs;
                if (!longestPrimary()) throw errorAtToken("f-string: expecting a valid expression after '{'", tokens.get(vs));
                throw errorAtToken("f-string: expecting '=', or '!', or ':', or '}'", tok());
            }
        } finally {
            fstringDepth--;
        }
        if (!at(EQUAL) && !at(EXCLAMATION) && !at(COLON) && !at(RBRACE) && !at(FSTRING_END) && !at(NEWLINE)
                && !at(ENDMARKER)) {
            throw errorAtToken("f-string: expecting '=', or '!', or ':', or '}'", tok());
        }
        int conversion = -1;
        boolean debug = at(EQUAL);
        if (debug) {
            next();
            Token after = tok();
            if (after.type != EXCLAMATION && after.type != COLON && after.type != RBRACE && after.type != FSTRING_END)
                throw errorAtToken("f-string: expecting '!', or ':', or '}'", after);
            String text = withoutComments(src.text.substring(open.end, after.start));
            parts.add(new Piece(text, open.endLine, open.bendCol, after.line, after.bcol));
        }
        if (at(EXCLAMATION)) {
            Token bang = next();
            Token c = tok();
            if (c.type != NAME && c.type != COLON && c.type != RBRACE || c.type == NAME && KEYWORDS.contains(c.string))
                throw errorAtToken("f-string: invalid conversion character", c);   // '!' !NAME
            if (c.type != NAME || c.start != bang.end) {
                throw errorAtToken("f-string: missing conversion character", c.type == NAME ? bang : c);
            }
            p++;
            conversion = switch (c.string) {
                case "r" -> 'r';
                case "s" -> 's';
                case "a" -> 'a';
                default -> throw errorAtToken("f-string: invalid conversion character '" + c.string
                        + "': expected 's', 'r', or 'a'", c);
            };
            if (!at(COLON) && !at(RBRACE) && !at(FSTRING_END)) throw errorAtToken("f-string: expecting ':' or '}'", tok());
        }
        Expr spec = null;
        if (at(COLON)) {
            int cs = p++;
            List<Object> specParts = new ArrayList<>();
            while (!at(RBRACE)) {
                Token t = tok();
                if (t.type == FSTRING_MIDDLE) {
                    p++;
                    specParts.add(middlePiece(t, raw));
                } else if (t.type == LBRACE) {
                    replacementField(specParts, raw);
                } else throw fail();
            }
            spec = new Expr.JoinedStr(merge(specParts), ln(cs), co(cs), eln(), eco());
        }
        if (!at(RBRACE)) {
            Token t = tok();
            if (t.type == FSTRING_END || t.type == NEWLINE || t.type == ENDMARKER)
                throw errorAtToken("f-string: expecting '}'", t);
            throw fail();
        }
        p++;
        if (debug && conversion == -1 && spec == null) conversion = 'r';
        parts.add(new Expr.FormattedValue(value, conversion, spec, ln(s), co(s), eln(), eco()));
    }
}
