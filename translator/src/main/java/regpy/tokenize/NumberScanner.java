package regpy.tokenize;

import regpy.parse.PySyntaxError;

/** Numeric literals with CPython's tokenizer checks and messages (underscores, prefixes, suffixes). */
final class NumberScanner {
    private final Tokenizer t;
    private final String s;
    private final int n;
    private int pos;

    private NumberScanner(Tokenizer t) {
        this.t = t;
        this.s = t.text();
        this.n = t.length();
        this.pos = t.pos();
    }

    static void scan(Tokenizer t) {
        NumberScanner ns = new NumberScanner(t);
        int start = ns.pos;
        ns.number();
        t.pos(ns.pos);
        t.emit(TokenType.NUMBER, start, ns.pos, ns.s.substring(start, ns.pos));
    }

    private char next() { return pos < n ? s.charAt(pos++) : (char) (pos++ * 0 + 0xFFFF); }
    private void backup() { pos--; }
    private static boolean digit(char c) { return c >= '0' && c <= '9'; }
    private static boolean hex(char c) { return digit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'; }

    /** Error located at the cursor, as CPython's tokenizer reports it. */
    private PySyntaxError error(String msg) {
        if (pos > n) pos = n;
        t.pos(pos);
        return t.syntaxErrorAtCursor(msg, pos);
    }

    private void number() {
        char c = next();
        if (c == '0') {
            c = next();
            if (c == 'x' || c == 'X') { radix(16, "hexadecimal"); return; }
            if (c == 'o' || c == 'O') { radix(8, "octal"); return; }
            if (c == 'b' || c == 'B') { radix(2, "binary"); return; }
            boolean nonzero = false;
            while (true) {
                if (c == '_') {
                    c = next();
                    if (!digit(c)) { backup(); throw error("invalid decimal literal"); }
                }
                if (c != '0') break;
                c = next();
            }
            int zerosEnd = pos - 1;
            if (digit(c)) { nonzero = true; c = decimalTail(); }
            if (c == '.') { fraction(); return; }
            if (c == 'e' || c == 'E') { exponent(c); return; }
            if (c == 'j' || c == 'J') { imaginary(); return; }
            if (nonzero) {
                backup();
                throw t.syntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        t.pos(), zerosEnd);
            }
            verifyEnd(c, "decimal");
            return;
        }
        if (c == '.') { fraction(); return; }
        c = decimalTail();
        if (c == '.') { fraction(); return; }
        if (c == 'e' || c == 'E') { exponent(c); return; }
        if (c == 'j' || c == 'J') { imaginary(); return; }
        verifyEnd(c, "decimal");
    }

    private void radix(int radix, String kind) {
        char c = next();
        do {
            if (c == '_') c = next();
            if (!inRadix(c, radix)) {
                if (radix != 16 && digit(c)) throw error("invalid digit '" + c + "' in " + kind + " literal");
                backup();
                throw error("invalid " + kind + " literal");
            }
            do { c = next(); } while (inRadix(c, radix));
        } while (c == '_');
        if (radix != 16 && digit(c)) throw error("invalid digit '" + c + "' in " + kind + " literal");
        verifyEnd(c, kind);
    }

    private static boolean inRadix(char c, int radix) {
        return radix == 16 ? hex(c) : c >= '0' && c < '0' + radix;
    }

    /** Digits with single underscores between them; returns the first char after them. */
    private char decimalTail() {
        char c;
        while (true) {
            do { c = next(); } while (digit(c));
            if (c != '_') break;
            c = next();
            if (!digit(c)) { backup(); throw error("invalid decimal literal"); }
        }
        return c;
    }

    /** After the '.': optional digits, exponent, imaginary suffix. */
    private void fraction() {
        char c = next();
        if (digit(c)) { backup(); c = decimalTail(); }
        if (c == 'e' || c == 'E') { exponent(c); return; }
        if (c == 'j' || c == 'J') { imaginary(); return; }
        verifyEnd(c, "decimal");
    }

    private void exponent(char e) {
        char c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!digit(c)) { backup(); throw error("invalid decimal literal"); }
        } else if (!digit(c)) {
            backup();
            verifyEnd(e, "decimal");
            return;
        }
        backup();
        c = decimalTail();
        if (c == 'j' || c == 'J') { imaginary(); return; }
        verifyEnd(c, "decimal");
    }

    private void imaginary() {
        verifyEnd(next(), "imaginary");
    }

    /**
     * The char after a number: keywords that may legally follow (1if x else y) are accepted,
     * other identifier characters are an error. Leaves pos before c.
     */
    private void verifyEnd(char c, String kind) {
        backup();
        if (c == 0xFFFF) return;
        boolean keyword = switch (c) {
            case 'a' -> s.startsWith("and", pos);
            case 'e' -> s.startsWith("else", pos);
            case 'f' -> s.startsWith("for", pos);
            case 'i' -> s.startsWith("if", pos) || s.startsWith("in", pos) || s.startsWith("is", pos);
            case 'o' -> s.startsWith("or", pos);
            case 'n' -> s.startsWith("not", pos);
            default -> false;
        };
        if (keyword) return;
        if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
            throw error("invalid " + kind + " literal");
        }
    }
}
