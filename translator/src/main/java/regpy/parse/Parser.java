package regpy.parse;

import static regpy.tokenize.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.Expr;
import regpy.ast.Mod;
import regpy.ast.Stmt;
import regpy.ast.TypeIgnore;
import regpy.tokenize.SourceDecoder;
import regpy.tokenize.SourceText;
import regpy.tokenize.Token;
import regpy.tokenize.Tokenizer;

/**
 * The Python 3.13 parser's entry point: source to {@link Mod}. Errors are {@link PySyntaxError}s
 * chosen as CPython chooses them: a tokenizer error wins over a parser error; input ending
 * inside brackets reports the bracket as never closed; otherwise a specific message where the
 * parser recognised the mistake, else "invalid syntax" at the furthest token examined.
 */
public final class Parser extends StatementParser {
    private Parser(Tokenizer t) { super(t); }

    /** Parses text; mode is "exec", "eval", "single" or "func_type". */
    public static Mod parse(String source, String filename, String mode) {
        return parse(source, filename, mode, false);
    }

    /**
     * As {@link #parse(String, String, String)}; typeComments is CPython's PyCF_TYPE_COMMENTS
     * (ast.parse(..., type_comments=True)): type comments fill the type_comment fields and
     * "# type: ignore" comments Module.type_ignores, and a type comment anywhere else is a SyntaxError.
     */
    public static Mod parse(String source, String filename, String mode, boolean typeComments) {
        SourceText src = new SourceText(source, filename);
        try {
            Tokenizer t = new Tokenizer(src, false, typeComments);
            t.run();
            return new Parser(t).run(mode);
        } catch (PySyntaxError e) {
            throw src.withRawBytesShown(e);
        }
    }

    /** Parses bytes, honouring a UTF-8 BOM or a PEP 263 coding declaration. */
    public static Mod parse(byte[] source, String filename, String mode) {
        return parse(source, filename, mode, false);
    }

    public static Mod parse(byte[] source, String filename, String mode, boolean typeComments) {
        for (byte b : source) {
            if (b == 0) throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename, 0, 0, 0, 0, null);
        }
        return parse(SourceDecoder.decodeForParser(source, filename).text(), filename, mode, typeComments);
    }

    private Mod run(String mode) {
        try {
            return switch (mode) {
                case "exec" -> new Mod.Module(statements(ENDMARKER), typeIgnores());
                case "eval" -> evalInput();
                case "single" -> singleInput();
                case "func_type" -> funcTypeInput();
                default -> throw new IllegalArgumentException("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
            };
        } catch (Fail f) {
            PySyntaxError e = genericError();
            if (bareMatch >= 0) throw preferTokenizerError(bareMatchError());
            if (e.kind.equals("IndentationError")) throw e;
            throw preferTokenizerError(e);
        } catch (UnclosedAtEof u) {
            throw unclosedBracket();
        } catch (PySyntaxError e) {
            if (e == tokenizer.error()) throw e;
            if (bareMatch >= 0 && !raisedInFirstPass(e)) throw preferTokenizerError(bareMatchError());
            // CPython reports an unexpected indent without looking further into the file.
            if (e.msg.equals("unexpected indent") || e.msg.equals("unexpected unindent")) throw e;
            throw preferTokenizerError(e);
        } catch (StackOverflowError e) {
            throw new ParserOverflowError();
        }
    }

    /** CPython's invalid_match_stmt error (see {@link #bareMatch}): "expected ':'" at the last token fetched. */
    private PySyntaxError bareMatchError() {
        return errorAtToken("expected ':'", tokens.get(Math.min(furthest, last)));
    }

    /** Errors CPython raises while parsing normally (in actions), before the second pass could preempt them. */
    private static boolean raisedInFirstPass(PySyntaxError e) {
        return e.msg.startsWith("(unicode error)") || e.msg.startsWith("(value error)")
                || e.msg.equals("cannot mix bytes and nonbytes literals") || e.msg.startsWith("f-string: invalid conversion character '")
                || e.msg.equals("Cannot have two type comments on def");
    }

    /**
     * Tokenizer errors CPython signals through the tokenizer's state (E_DEDENT, E_TABSPACE,
     * E_TOODEEP, E_LINECONT, E_EOF) rather than by raising: they surface only when the parser
     * reaches them, so they never replace a parser error found earlier in the file.
     */
    private static final java.util.Set<String> STATE_ERRORS = java.util.Set.of(
            "unindent does not match any outer indentation level", "inconsistent use of tabs and spaces in indentation",
            "too many levels of indentation", "unexpected character after line continuation character",
            "unexpected EOF while parsing");

    /** A tokenizer error later in the file replaces a parser error, as in CPython. */
    private PySyntaxError preferTokenizerError(PySyntaxError e) {
        if (tokenizer.error() != null && !STATE_ERRORS.contains(tokenizer.error().msg)) {
            // CPython keeps the parser's error when the tokenizer failed inside an f-string
            return tokenizer.errorInFString() ? e : tokenizer.error();
        }
        // A bracket left open on an earlier line explains the error better (CPython does the same).
        int lastLine = tokens.get(Math.min(Math.max(furthest, fetched), last)).line;
        if (tokenizer.eofInParens() && src.lineOf(tokenizer.unclosedBracket()) < lastLine) {
            // The tokenizer has read past the bracket's line: CPython then takes the text from its
            // source buffer, without the newline.
            PySyntaxError u = unclosedBracket();
            String text = u.text.endsWith("\n") ? u.text.substring(0, u.text.length() - 1) : u.text;
            return new PySyntaxError(u.kind, u.msg, u.filename, u.lineno, u.offset, u.end_lineno, u.end_offset, text);
        }
        return e;
    }

    private PySyntaxError unclosedBracket() {
        int at = tokenizer.unclosedBracket();
        int l = src.lineOf(at);
        int c = src.cpCol(l, at);
        char ch = src.text.charAt(at);
        return errorRangeAsWritten("SyntaxError", "'" + ch + "' was never closed", l, c, l, -1);
    }

    private PySyntaxError genericError() {
        Token t = tokens.get(Math.min(furthest, last));
        if (t.type == INDENT) return unexpectedIndent(t);
        if (t.type == DEDENT) return errorAtToken("IndentationError", "unexpected unindent", t);
        if (t.type == ERRORTOKEN && tokenizer.eofInParens()) return unclosedBracket();
        if (t.type == ENDMARKER && src.text.isEmpty())
            return new PySyntaxError("SyntaxError", "invalid syntax", src.filename, 0, 0, 0, 0, null);
        if (t.type == ENDMARKER) {
            // CPython's ENDMARKER has column -1 and the line number of the last line read
            int l = src.lineOf(src.text.length() - 1);
            return new PySyntaxError("SyntaxError", "invalid syntax", src.filename, l, 0, l, 0, parsedLine(l));
        }
        return errorAtToken("invalid syntax", t);
    }

    private List<TypeIgnore> typeIgnores() {
        List<TypeIgnore> out = new ArrayList<>();
        for (Tokenizer.TypeIgnore t : tokenizer.typeIgnores()) out.add(new TypeIgnore(t.line(), t.tag()));
        return out;
    }

    private Mod evalInput() {
        while (accept(NEWLINE)) { }
        Expr body = expressions();
        while (accept(NEWLINE)) { }
        expect(ENDMARKER);
        return new Mod.Expression(body);
    }

    private Mod singleInput() {
        List<Stmt> body = new ArrayList<>();
        // A blank single-mode input is an error at column 0 of its first line (CPython's statement_newline).
        if (at(NEWLINE) || at(ENDMARKER) && !src.text.isEmpty())
            throw errorRange("SyntaxError", "invalid syntax", 1, -1, 1, -1);
        if (at(ENDMARKER)) return new Mod.Interactive(body);
        statement(body);
        if (tokens.get(p - 1).type == DEDENT && !at(NEWLINE) && !at(ENDMARKER)) throw fail();
        while (accept(NEWLINE)) { }
        if (!at(ENDMARKER)) {
            int i = p - 1;
            while (i > 0 && tokens.get(i).type != NEWLINE) i--;
            throw errorAtToken("multiple statements found while compiling a single statement", tokens.get(i));
        }
        return new Mod.Interactive(body);
    }

    private Mod funcTypeInput() {
        expect(LPAR);
        List<Expr> argtypes = new ArrayList<>();
        if (!at(RPAR)) {
            do {
                if (!accept(STAR)) accept(DOUBLESTAR);   // '*T' / '**T' keep just the expression, as CPython
                argtypes.add(expression());
            } while (accept(COMMA));
        }
        expect(RPAR);
        expect(RARROW);
        Expr returns = expression();
        while (accept(NEWLINE)) { }
        expect(ENDMARKER);
        return new Mod.FunctionType(argtypes, returns);
    }
}
