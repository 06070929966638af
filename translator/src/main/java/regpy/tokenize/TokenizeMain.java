package regpy.tokenize;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import regpy.code.Repr;
import regpy.parse.PySyntaxError;

/** {@code python -m tokenize [-e] [FILE]}: prints every token as CPython 3.13's tokenize module does. */
public final class TokenizeMain {
    private TokenizeMain() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        boolean exact = false;
        String file = null;
        for (String a : args) {
            if (a.equals("-e") || a.equals("--exact")) exact = true;
            else file = a;
        }
        byte[] data = file == null ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        String name = file == null ? "<stdin>" : file;
        StringBuilder sb = new StringBuilder();
        try {
            SourceDecoder.Decoded d = SourceDecoder.decode(data, name);
            line(sb, 0, 0, 0, 0, "ENCODING", d.encoding());
            Tokenizer t = new Tokenizer(new SourceText(d.text(), name), true);
            t.run();
            for (Token k : RawLineEnds.restore(t.tokens(), d.text())) {
                if (k.type == TokenType.ERRORTOKEN) break;
                String type = TokenType.isOperator(k.type) && !exact ? "OP" : TokenType.name(k.type);
                line(sb, k.line, k.col, k.endLine, k.endCol, type, k.string);
            }
            out.print(sb);
            PySyntaxError e = t.error();
            if (e == null && t.eofInParens()) {
                err.println(name + ":" + t.source().lineCount() + ":0: error: unexpected EOF in multi-line statement");
                return 1;
            }
            if (e != null) {
                if (e.kind.equals("SyntaxError")) err.println(name + ": error: " + e.msg + " (" + name + ", line " + e.lineno + ")");
                else err.println(name + ":" + e.lineno + ":" + e.offset + ": error: " + e.msg);
                return 1;
            }
        } catch (PySyntaxError e) {
            out.print(sb);
            err.println(name + ": error: " + e.msg);
            return 1;
        }
        return 0;
    }

    private static void line(StringBuilder sb, int l, int c, int el, int ec, String type, String string) {
        String range = l + "," + c + "-" + el + "," + ec + ":";
        pad(sb, range, 20);
        pad(sb, type, 15);
        pad(sb, Repr.str(string), 15);
        sb.append('\n');
    }

    private static void pad(StringBuilder sb, String s, int w) {
        sb.append(s);
        for (int i = s.codePointCount(0, s.length()); i < w; i++) sb.append(' ');
    }
}
